package io.kadens.feedback;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The home page's feedback items: requests the reader should answer, and praise they received since their last visit. */
@Component
class FeedbackNextSteps implements NextStepsSource {

    /** Praise items shown at most (the praise page has the rest). */
    static final int PRAISE_SHOWN = 5;

    private final FeedbackRequests requests;
    private final PraiseFeed praise;

    FeedbackNextSteps(FeedbackRequests requests, PraiseFeed praise) {
        this.requests = requests;
        this.praise = praise;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        LocalDate today = viewer.today();
        List<NextStep> steps = new ArrayList<>();
        for (FeedbackRequest request : requests.toAnswer()) {
            LocalDate due = request.dueDate();
            Urgency urgency = due == null ? Urgency.LATER
                    : due.isBefore(today) ? Urgency.OVERDUE
                    : due.isEqual(today) ? Urgency.TODAY
                    : due.isBefore(today.plusDays(7)) ? Urgency.SOON : Urgency.LATER;
            steps.add(new NextStep("feedback-request-" + request.id(), Audience.MINE, urgency,
                    due == null ? null : viewer.startOf(due),
                    request.subjectId().equals(request.requesterId()) ? "nextsteps.feedback.request.self"
                            : "nextsteps.feedback.request",
                    List.of(request.requesterName(), request.subjectName()), "feedback?section=requests"));
        }
        praise.about(viewer.personId(), PRAISE_SHOWN).stream()
                .filter(given -> given.givenAt().isAfter(viewer.since()))
                .filter(given -> !given.authorId().equals(viewer.personId()))
                .forEach(given -> steps.add(new NextStep("praise-" + given.id(), Audience.MINE, Urgency.LATER,
                        given.givenAt(), "nextsteps.praise.received", List.of(given.authorName()), "praise")));
        return steps;
    }
}
