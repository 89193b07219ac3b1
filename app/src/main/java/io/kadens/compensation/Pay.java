package io.kadens.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A person's current salary with the range of their job level and the compa-ratio (salary / range midpoint).
 *
 * @param range      the range of the person's level; null when the person has no level or it has no range
 * @param compaRatio salary / midpoint with three decimals; null without a range or when the currencies differ
 * @param version    for optimistic locking of changes to the salary
 */
public record Pay(UUID employeeId, BigDecimal salary, String currency, PayRange range, BigDecimal compaRatio,
                  long version) {

    /** Salary / midpoint, or null when there is no range to compare with or it is in another currency. */
    static BigDecimal compaRatio(BigDecimal salary, String currency, PayRange range) {
        if (range == null || !range.currency().equals(currency) || range.mid().signum() <= 0) {
            return null;
        }
        return salary.divide(range.mid(), 3, RoundingMode.HALF_UP);
    }

    /**
     * Where the salary sits between the range's minimum (0) and maximum (1), three decimals: below 0 under the
     * range, above 1 over it. Null without a range to compare with, in another currency, or with no width.
     */
    public BigDecimal positionInRange() {
        if (compaRatio == null || range.max().compareTo(range.min()) <= 0) {
            return null;
        }
        return salary.subtract(range.min()).divide(range.max().subtract(range.min()), 3, RoundingMode.HALF_UP);
    }
}
