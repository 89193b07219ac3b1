package io.kadens.reviews;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The home page's review items: each review the reader still has to write in a running cycle, linking to its
 * form. Self, peer and upward reviews are the reader's own; reviews of their reports are the team's.
 */
@Component
class ReviewNextSteps implements NextStepsSource {

    static final int DAYS_AHEAD = 7;

    private final ReviewWriting writing;

    ReviewNextSteps(ReviewWriting writing) {
        this.writing = writing;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        LocalDate today = viewer.today();
        return writing.myOpenTasks().stream().map(task -> {
            LocalDate deadline = task.deadline();
            Urgency urgency = deadline == null ? Urgency.LATER
                    : deadline.isBefore(today) ? Urgency.OVERDUE
                    : deadline.isEqual(today) ? Urgency.TODAY
                    : deadline.isAfter(today.plusDays(DAYS_AHEAD)) ? Urgency.LATER : Urgency.SOON;
            Audience audience = task.form() == ReviewForm.MANAGER ? Audience.TEAM : Audience.MINE;
            String key = "nextsteps.reviews." + task.form().name().toLowerCase(java.util.Locale.ROOT);
            return new NextStep("review-" + task.reviewId(), audience, urgency,
                    deadline == null ? null : viewer.startOf(deadline), key,
                    List.of(String.valueOf(task.subjectName()), task.cycleName()), "reviews/" + task.reviewId());
        }).toList();
    }
}
