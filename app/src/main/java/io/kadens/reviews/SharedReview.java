package io.kadens.reviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A participant's review outcome as its reader may see it: the employee sees the manager review, the final rating and
 * the pooled 360 results only once the outcome is shared ({@code ratingsVisible}); the manager chain sees them always.
 *
 * @param version the outcome's version, for sharing and acknowledging (optimistic locking)
 * @param canAcknowledge the reader is the employee, the outcome is shared and not yet acknowledged (it is given once)
 */
public record SharedReview(UUID cycleId, String cycleName, UUID employeeId, String employeeName, String managerName,
                           boolean shared, Instant sharedAt, Instant acknowledgedAt, String employeeComment,
                           long version, boolean ratingsVisible, Integer finalRating, String finalRatingLabel,
                           boolean managerReviewSubmitted, List<Answer> managerReview, Pooled360 results360,
                           boolean viewerIsEmployee, boolean canShare, boolean canAcknowledge) {

    public SharedReview {
        managerReview = List.copyOf(managerReview);
    }

    /** One answered question of the manager review, in template order. */
    public record Answer(String section, String question, QuestionKind kind, String text, Integer rating,
                         String ratingLabel, List<CriterionAnswer> criteria, List<GoalAnswer> goals) {
        public Answer {
            criteria = List.copyOf(criteria);
            goals = List.copyOf(goals);
        }
    }

    public record CriterionAnswer(String name, Integer rating, String ratingLabel, String text) {
    }

    public record GoalAnswer(UUID goalId, Integer weight, Integer rating, String ratingLabel) {
    }

    /** A cycle the reader took part in, and where their outcome stands (no rating in it). */
    public record MyCycle(UUID cycleId, String cycleName, CycleStatus status, boolean shared, boolean acknowledged) {
    }
}
