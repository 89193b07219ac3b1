package io.kadens.feedback;

import io.kadens.goals.GoalFeedbackLinks;
import io.kadens.goals.LinkedFeedback;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The goals module's SPI: named feedback linked to a goal that the signed-in user may read (anonymous
 * feedback never links a goal), newest first, as short excerpts.
 */
@Component
class FeedbackGoalLinks implements GoalFeedbackLinks {

    static final int EXCERPT = 200;

    private final Feedback feedback;

    FeedbackGoalLinks(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public List<LinkedFeedback> forGoal(UUID goalId) {
        return feedback.aboutGoal(goalId).stream()
                .map(item -> new LinkedFeedback(item.id(), item.authorName(), excerpt(item.text()),
                        item.givenAt() != null ? item.givenAt()
                                : item.givenOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .sorted(java.util.Comparator.comparing(LinkedFeedback::givenAt, java.util.Comparator
                        .nullsLast(java.util.Comparator.<Instant>naturalOrder())).reversed())
                .toList();
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).strip() + "…";
    }
}
