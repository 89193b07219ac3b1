package io.kadens.ai.smart;

import java.util.List;

/**
 * One criterion's outcome.
 *
 * @param args words quoted from the goal (strings) or a {@link java.time.LocalDate}, for the reason's message
 */
public record SmartVerdict(boolean pass, SmartReason reason, List<Object> args) {

    public SmartVerdict {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static SmartVerdict pass(SmartReason reason, Object... args) {
        return new SmartVerdict(true, reason, List.of(args));
    }

    static SmartVerdict fail(SmartReason reason, Object... args) {
        return new SmartVerdict(false, reason, List.of(args));
    }
}
