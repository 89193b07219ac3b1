package io.kadens.compensation;

import java.math.BigDecimal;

/** Where a salary sits in its range, by compa-ratio: below 0.9, 0.9 to 1.1 inclusive, above 1.1. */
public enum CompaBand {
    LOW, MID, HIGH;

    static final BigDecimal LOW_BELOW = new BigDecimal("0.9");
    static final BigDecimal HIGH_ABOVE = new BigDecimal("1.1");

    /** The band of a compa-ratio; null for none. */
    public static CompaBand of(BigDecimal compaRatio) {
        if (compaRatio == null) {
            return null;
        }
        if (compaRatio.compareTo(LOW_BELOW) < 0) {
            return LOW;
        }
        return compaRatio.compareTo(HIGH_ABOVE) > 0 ? HIGH : MID;
    }
}
