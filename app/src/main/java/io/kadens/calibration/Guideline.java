package io.kadens.calibration;

import java.util.List;

/**
 * The tenant's expected share (percent) of each rating, lowest rating first, summing to 100.
 *
 * @param version 0 while the tenant has not set one and the default applies
 */
public record Guideline(List<Integer> shares, long version) {

    public Guideline {
        shares = List.copyOf(shares);
    }

    /** The usual bell for a scale of 3, 4 or 5 points: 10/20/40/20/10 on five. */
    public static List<Integer> defaultShares(int points) {
        return switch (points) {
            case 3 -> List.of(20, 60, 20);
            case 4 -> List.of(10, 40, 40, 10);
            default -> List.of(10, 20, 40, 20, 10);
        };
    }
}
