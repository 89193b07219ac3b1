package io.kadens.reviews;

/** The phases of a cycle, in order; each has a deadline. */
public enum CyclePhase {
    SELF_REVIEW, PEER_NOMINATION, PEER_REVIEWS, MANAGER_REVIEW, CALIBRATION, SIGN_OFF, SHARING;

    /** The phase whose deadline a review on this form must meet. */
    public static CyclePhase writingPhaseOf(ReviewForm form) {
        return switch (form) {
            case SELF -> SELF_REVIEW;
            case PEER, UPWARD -> PEER_REVIEWS;
            case MANAGER -> MANAGER_REVIEW;
        };
    }
}
