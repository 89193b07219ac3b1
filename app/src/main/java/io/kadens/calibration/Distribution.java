package io.kadens.calibration;

import java.util.List;

/**
 * The session's final ratings against the guideline.
 *
 * @param bars    one per rating, lowest first
 * @param unrated people without a final rating yet
 */
public record Distribution(List<Bar> bars, int rated, int unrated) {

    /**
     * @param share          the actual share of rated people, in percent (one decimal)
     * @param guidelineShare the expected share in percent
     * @param expected       how many people the guideline expects at this rating (rounded)
     */
    public record Bar(int rating, String label, int count, double share, int guidelineShare, int expected) {
    }
}
