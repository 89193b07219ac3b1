package io.kadens.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests for feedback: asking, answering, declining, and the due reminders. */
public interface FeedbackRequests {

    /**
     * Asks people for feedback about oneself, or (as a manager) about a report; publishes
     * {@link FeedbackRequested}.
     *
     * @throws io.kadens.platform.InvalidInputException no recipients, someone outside the tenant or inactive,
     *                                                  the subject among them, empty question, past due date
     */
    FeedbackRequest request(NewFeedbackRequest request);

    /** Open requests addressed to the signed-in user, soonest due first. */
    List<FeedbackRequest> toAnswer();

    /** Requests the signed-in user made, newest first, with every recipient's status. */
    List<FeedbackRequest> askedByMe();

    /** One request the caller made or was asked in. */
    FeedbackRequest find(UUID requestId);

    /** Answers an open request addressed to the signed-in user with named feedback about its subject. */
    FeedbackItem answer(UUID requestId, AnswerToRequest answer);

    /** Declines an open request addressed to the signed-in user. */
    void decline(UUID requestId);

    /** Open recipients of the bound tenant whose request is due on {@code dueDate} (background work too). */
    List<DueFeedbackRequest> openDueOn(LocalDate dueDate);

    /**
     * Publishes {@link FeedbackRequestDue} once for each open recipient of the bound tenant whose request is
     * due on {@code dueDate}; returns how many were published.
     */
    int publishDueReminders(LocalDate dueDate);
}
