package io.kadens.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A check-in across several key results of one goal, saved all or nothing: every new value, one confidence
 * and one comment. Each key result's value becomes its own check-in entry in the goal's history.
 *
 * @param values        the key results' new values, each with the version the person started from
 *                      (optimistic locking: a key result changed meanwhile refuses the whole check-in)
 * @param goalProgress  for a goal without key results, its progress in percent 0..100 (null = unchanged)
 * @param confidence    1 (no chance) to 10 (certain)
 */
public record NewGoalCheckIn(List<KeyResultValue> values, BigDecimal goalProgress, int confidence, String comment) {

    public NewGoalCheckIn {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One key result's new value; {@code expectedVersion} is the version the value was read at. */
    public record KeyResultValue(UUID keyResultId, long expectedVersion, BigDecimal value) {
    }

    /** The field name of the i-th value in {@link io.kadens.platform.InvalidInputException#fieldErrors()}. */
    public static String valueField(int index) {
        return "values[" + index + "].value";
    }
}
