package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A drafted self review in a company's launched cycle ({@link ReviewsTestData}), whose text names the company's
 * slug so that a leak shows up. For the isolation suite and the API tests.
 */
@Component
public class ReviewWritingTestData {

    private final ReviewsTestData reviews;
    private final ReviewWriting writing;

    ReviewWritingTestData(ReviewsTestData reviews, ReviewWriting writing) {
        this.reviews = reviews;
        this.writing = writing;
    }

    /** The employee's self review and the manager's review of the employee, both drafted. */
    public record Seeded(UUID cycle, UUID selfReview, UUID managerReview) {
    }

    public Seeded seed(Company company) {
        return seed(company, reviews.seed(company).cycle());
    }

    /** Drafts in an already seeded cycle of the company. */
    public Seeded seed(Company company, UUID cycle) {
        UUID self = draft(company, company.employee(), cycle, ReviewForm.SELF);
        UUID manager = draft(company, company.manager(), cycle, ReviewForm.MANAGER);
        return new Seeded(cycle, self, manager);
    }

    /** Answers to every question of the form: texts, the given rating, criteria rated 3, goals rated 3 with equal weights. */
    public static List<ReviewAnswer> completeAnswers(ReviewDocument doc, int overall) {
        List<ReviewAnswer> answers = new java.util.ArrayList<>();
        for (ReviewDocument.FormQuestion q : doc.questions()) {
            switch (q.kind()) {
                case TEXT -> answers.add(ReviewAnswer.text(q.id(), "Shipped the billing migration on time."));
                case RATING -> answers.add(ReviewAnswer.rating(q.id(), overall, null));
                case COMPETENCY_RATING, LEADERSHIP -> answers.add(new ReviewAnswer(q.id(), null, null,
                        q.criteria().stream().map(c -> new ReviewAnswer.CriterionRating(c.key(), 3, null)).toList(),
                        null, null));
                case GOAL_RATING -> {
                    if (!q.goals().isEmpty()) {
                        int n = q.goals().size();
                        List<ReviewAnswer.GoalRating> goals = new java.util.ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            goals.add(new ReviewAnswer.GoalRating(q.goals().get(i).goalId(),
                                    i == 0 ? 100 - (100 / n) * (n - 1) : 100 / n, 3));
                        }
                        answers.add(new ReviewAnswer(q.id(), null, null, null, goals, null));
                    }
                }
            }
        }
        return answers;
    }

    private UUID draft(Company company, io.kadens.support.TestTenants.Person author, UUID cycle, ReviewForm form) {
        return signedIn(as(company, author), () -> {
            ReviewTask task = writing.myTasks().stream()
                    .filter(t -> t.cycleId().equals(cycle) && t.form() == form
                            && t.subjectId().equals(company.employee().id()))
                    .findFirst().orElseThrow();
            ReviewDocument doc = writing.review(task.reviewId());
            UUID text = doc.questions().stream().filter(q -> q.kind() == QuestionKind.TEXT).findFirst().orElseThrow().id();
            writing.saveDraft(task.reviewId(), List.of(ReviewAnswer.text(text, "Draft of " + company.slug())), doc.version());
            return task.reviewId();
        });
    }
}
