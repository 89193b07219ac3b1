package io.kadens.calibration;

/**
 * The 9-box: performance (from the final rating) × potential, three bands each. The performance band of a rating
 * depends on the tenant's scale: on five points 1-2 low, 3 middle, 4-5 high; on four 1 low, 2-3 middle, 4 high; on
 * three, one rating per band.
 */
public final class NineBox {

    public static final int BANDS = 3;

    private NineBox() {
    }

    /** 1 low, 2 middle, 3 high; null for no rating. */
    public static Integer performance(Integer rating, int points) {
        if (rating == null) {
            return null;
        }
        return switch (points) {
            case 3 -> rating;
            case 4 -> rating == 1 ? 1 : rating == 4 ? 3 : 2;
            default -> rating <= 2 ? 1 : rating == 3 ? 2 : 3;
        };
    }

    /** The rating a move into a performance band gives when the person's rating is not already in it. */
    public static int ratingFor(int band, Integer current, int points) {
        if (current != null && performance(current, points) == band) {
            return current;
        }
        return switch (points) {
            case 3 -> band;
            case 4 -> band == 1 ? 1 : band == 3 ? 4 : 3;
            default -> band == 1 ? 2 : band == 2 ? 3 : 4;
        };
    }
}
