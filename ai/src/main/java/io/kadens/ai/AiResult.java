package io.kadens.ai;

/**
 * An AI answer with who gave it: the UI says "answered offline because the language model failed"
 * when {@link #fallbackReason()} is set.
 *
 * @param value          null only when AI is off
 * @param mode           who answered
 * @param fallbackReason why the offline engine answered in LLM mode; null otherwise
 */
public record AiResult<T>(T value, AnswerMode mode, FallbackReason fallbackReason) {

    public static <T> AiResult<T> off() {
        return new AiResult<>(null, AnswerMode.OFF, null);
    }

    public boolean fellBack() {
        return fallbackReason != null;
    }

    /** The message key that tells the person how this was answered. */
    public String messageKey() {
        return fallbackReason != null ? fallbackReason.messageKey() : "ai.answer.mode." + mode.name();
    }

    public <R> AiResult<R> map(java.util.function.Function<T, R> mapping) {
        return new AiResult<>(value == null ? null : mapping.apply(value), mode, fallbackReason);
    }
}
