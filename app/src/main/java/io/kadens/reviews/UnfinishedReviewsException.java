package io.kadens.reviews;

import java.util.List;

/** Closing a cycle that still has unfinished reviews, without confirming: nothing changed; here they are. */
public class UnfinishedReviewsException extends RuntimeException {

    private final transient List<UnfinishedReview> unfinished;

    public UnfinishedReviewsException(List<UnfinishedReview> unfinished) {
        super(unfinished.size() + " reviews are not submitted");
        this.unfinished = List.copyOf(unfinished);
    }

    public List<UnfinishedReview> unfinished() {
        return unfinished;
    }
}
