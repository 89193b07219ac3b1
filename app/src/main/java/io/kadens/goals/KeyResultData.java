package io.kadens.goals;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a person enters for a key result. For BOOLEAN only {@code currentValue} (0/1, null = 0) counts;
 * for MILESTONES the values are ignored and {@code milestones} (titles) create the checklist on creation.
 *
 * @param weight null means 1
 */
public record KeyResultData(String title, KeyResultType type, BigDecimal startValue, BigDecimal targetValue,
                            BigDecimal currentValue, String unit, BigDecimal weight, List<String> milestones) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_UNIT = 30;

    public KeyResultData {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
