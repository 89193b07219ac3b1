package io.kadens.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One review as its form shows it: the cycle's template questions for this form, resolved for the subject
 * (competencies, goals of the window, leadership only about people who manage others), and the answers.
 *
 * @param editable      whether the caller may change it now (the author, not submitted, the cycle running)
 * @param refusal       why it cannot be submitted now (i18n key: paused, closed, late), or null
 * @param ratingsHidden the caller is the subject reading someone else's review before the outcome was shared:
 *                      ratings are left out of {@code answers} and {@code overallRating}
 * @param ratingLabels  the tenant's scale, lowest first; a rating is 1..size
 * @param version       optimistic-locking version: send it back with every save
 */
public record ReviewDocument(UUID id, UUID cycleId, String cycleName, CycleKind cycleKind, CycleStatus cycleStatus,
                             LocalDate windowStart, LocalDate windowEnd, UUID subjectId, String subjectName,
                             UUID authorId, String authorName, ReviewForm form, ReviewStatus status,
                             LocalDate deadline, Instant submittedAt, boolean editable, String refusal,
                             boolean ratingsHidden, List<String> ratingLabels, List<FormQuestion> questions,
                             List<ReviewAnswer> answers, Integer overallRating, long version) {

    /** A question of the form with what it rates for this subject. */
    public record FormQuestion(TemplateQuestion question, String sectionTitleEn, String sectionTitleSv,
                               List<Criterion> criteria, List<GoalOption> goals) {

        public UUID id() {
            return question.id();
        }

        public QuestionKind kind() {
            return question.kind();
        }
    }

    /** A goal of the subject in the review window, as a goal question rates it. */
    public record GoalOption(UUID goalId, String title, double progress, String status, LocalDate endsOn) {
    }

    public ReviewAnswer answer(UUID questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst().orElse(null);
    }
}
