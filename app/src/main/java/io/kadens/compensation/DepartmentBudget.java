package io.kadens.compensation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A department's raise budget in a cycle: an amount, or a percentage of the payroll when it was set ({@code amount}
 * is then what it came to); {@code used} is the sum of the raises proposed for the department's people.
 */
public record DepartmentBudget(UUID departmentId, String departmentName, Kind kind, BigDecimal percent,
                               BigDecimal amount, BigDecimal used, long version) {

    public enum Kind { AMOUNT, PERCENT }

    public BigDecimal left() {
        return amount.subtract(used);
    }

    public boolean overspent() {
        return used.compareTo(amount) > 0;
    }
}
