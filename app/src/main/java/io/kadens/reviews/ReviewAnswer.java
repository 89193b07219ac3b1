package io.kadens.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One answered question of a review, in the shape of {@code review.answers} that every review feature reads
 * (docs/decisions/2026-12-06-review-outcomes.md): a text, a rating with an optional comment, a rating per
 * criterion, a rating per goal with its weight, and the evidence the writer attached. Absent parts are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReviewAnswer(UUID questionId, String text, Integer rating, List<CriterionRating> criteria,
                           List<GoalRating> goals, List<EvidenceRef> evidence) {

    public ReviewAnswer {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        goals = goals == null ? List.of() : List.copyOf(goals);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static ReviewAnswer text(UUID questionId, String text) {
        return new ReviewAnswer(questionId, text, null, null, null, null);
    }

    public static ReviewAnswer rating(UUID questionId, int rating, String text) {
        return new ReviewAnswer(questionId, text, rating, null, null, null);
    }

    public ReviewAnswer withEvidence(List<EvidenceRef> refs) {
        return new ReviewAnswer(questionId, text, rating, criteria, goals, refs);
    }

    /** A rating of one competency or leadership criterion ({@link Criterion#key()}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CriterionRating(String criterionId, Integer rating, String text) {
    }

    /** A rating of one goal of the review window; {@code weight} in percent (weights of a question add up to 100). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record GoalRating(UUID goalId, Integer weight, Integer rating) {
    }

    /** A piece of evidence from the panel that the answer rests on. */
    public record EvidenceRef(EvidenceType type, UUID id) {
    }

    /** Where a piece of evidence comes from. */
    public enum EvidenceType {
        GOAL, FEEDBACK, CHECK_IN, PRAISE, ONE_ON_ONE, DEVELOPMENT_PLAN
    }
}
