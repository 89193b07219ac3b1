package io.kadens.ai;

/**
 * Why the offline engine answered although the tenant's mode is LLM; the UI shows it
 * (message key {@code ai.answer.fallback.<NAME>}).
 */
public enum FallbackReason {
    /** The deployment offers an LLM but names no server or model. */
    NOT_CONFIGURED,
    /** The model did not answer in time, on every attempt. */
    TIMEOUT,
    /** The model's server failed (5xx, refused connection, rate limit) on every attempt. */
    UNAVAILABLE,
    /** Recent answers failed so often that the model is not asked for a while. */
    CIRCUIT_OPEN,
    /** The model answered, but not in the structure asked for. */
    INVALID_OUTPUT;

    public String messageKey() {
        return "ai.answer.fallback." + name();
    }
}
