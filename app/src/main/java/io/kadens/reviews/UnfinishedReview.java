package io.kadens.reviews;

import java.util.UUID;

/** A review not yet submitted, as listed before a cycle is closed. */
public record UnfinishedReview(UUID reviewId, UUID subjectId, String subjectName, UUID authorId, String authorName,
                               ReviewForm form, ReviewStatus status) {
}
