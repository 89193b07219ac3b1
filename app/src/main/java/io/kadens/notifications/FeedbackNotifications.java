package io.kadens.notifications;

import io.kadens.feedback.FeedbackAuthorUnmasked;
import io.kadens.feedback.FeedbackRequestDue;
import io.kadens.feedback.FeedbackRequested;
import io.kadens.feedback.FeedbackRequests;
import io.kadens.feedback.FeedbackUnmaskRequested;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feedback requests become notifications in the request's own transaction (BEFORE_COMMIT): a
 * request that rolls back leaves no notification, one that commits always has its notifications.
 */
@Component
class FeedbackNotifications {

    private final Notifications notifications;
    private final OutboxRepository outbox;
    private final FeedbackRequests requests;

    FeedbackNotifications(Notifications notifications, OutboxRepository outbox, FeedbackRequests requests) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.requests = requests;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void requested(FeedbackRequested event) {
        String requester = name(event.requesterId());
        String about = event.subjectId().equals(event.requesterId()) ? requester : name(event.subjectId());
        for (UUID recipient : event.recipientIds()) {
            notifications.enqueue(NotificationKind.FEEDBACK_REQUESTED, recipient,
                    "feedback-requested:" + event.requestId() + ":" + recipient,
                    facts(requester, about, event.requestId(), event.question(), event.dueDate()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void due(FeedbackRequestDue event) {
        String question = requests.openDueOn(event.dueDate()).stream()
                .filter(d -> d.requestId().equals(event.requestId()) && d.recipientId().equals(event.recipientId()))
                .map(d -> d.question()).findFirst().orElse("");
        enqueueDue(event.requestId(), event.recipientId(), event.requesterId(), event.subjectId(), question,
                event.dueDate());
    }

    /** Every HR admin hears that someone asked to unmask an author (never who the author is). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void unmaskRequested(FeedbackUnmaskRequested event) {
        toEveryHrAdmin(NotificationKind.FEEDBACK_UNMASK_REQUESTED, "feedback-unmask-requested:" + event.requestId(),
                name(event.requestedBy()), event.requestId());
    }

    /** Every HR admin hears that a second HR admin approved unmasking an author. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void authorUnmasked(FeedbackAuthorUnmasked event) {
        toEveryHrAdmin(NotificationKind.FEEDBACK_AUTHOR_UNMASKED, "feedback-author-unmasked:" + event.requestId(),
                name(event.approvedBy()) + " / " + name(event.requestedBy()), event.requestId());
    }

    private void toEveryHrAdmin(NotificationKind kind, String dedupe, String counterpart, UUID requestId) {
        for (UUID admin : outbox.activeHrAdmins()) {
            notifications.enqueue(kind, admin, dedupe + ":" + admin, new NotificationFacts(counterpart, requestId,
                    null, null, null, java.util.List.of(), "admin/feedback"));
        }
    }

    /** One reminder per request and recipient, whichever path (event or scheduler) makes it first. */
    Optional<UUID> enqueueDue(UUID requestId, UUID recipientId, UUID requesterId, UUID subjectId, String question,
                              java.time.LocalDate dueDate) {
        String requester = name(requesterId);
        String about = subjectId.equals(requesterId) ? requester : name(subjectId);
        return notifications.enqueue(NotificationKind.FEEDBACK_REQUEST_DUE, recipientId,
                "feedback-request-due:" + requestId + ":" + recipientId,
                facts(requester, about, requestId, question, dueDate));
    }

    private static NotificationFacts facts(String requester, String about, UUID requestId, String question,
                                           java.time.LocalDate due) {
        // Counterpart: who asked; when a manager asks about a report, the question says whom it is about.
        String counterpart = requester.equals(about) ? requester : requester + " (" + about + ")";
        return new NotificationFacts(counterpart, requestId, null, due, question, java.util.List.of(), "feedback");
    }

    private String name(UUID personId) {
        return outbox.recipient(personId).map(r -> r.givenName() + " " + r.familyName()).orElse("");
    }
}
