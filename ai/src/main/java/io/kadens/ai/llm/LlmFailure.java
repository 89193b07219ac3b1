package io.kadens.ai.llm;

import io.kadens.ai.FallbackReason;

/** The language model gave no usable answer; the reason decides what the person is told. */
public class LlmFailure extends RuntimeException {

    private final FallbackReason reason;
    private final boolean retryable;

    public LlmFailure(FallbackReason reason, boolean retryable, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryable = retryable;
    }

    public FallbackReason reason() {
        return reason;
    }

    /** Whether another attempt could help (a time-out or a server error, not a refused request). */
    public boolean retryable() {
        return retryable;
    }
}
