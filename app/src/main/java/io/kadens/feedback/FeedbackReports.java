package io.kadens.feedback;

import java.util.List;
import java.util.UUID;

/**
 * Abuse handling of feedback: its receiver or a manager of the receiver reports an item; for a reported
 * anonymous item one HR admin asks, with a reason, to unmask its author, another HR admin approves, and
 * only then the asking HR admin reads the author. Every step is enforced and audited by the database
 * (migration V93) and announced to every HR admin.
 */
public interface FeedbackReports {

    /** Whether the signed-in person may report the item: they see it as its receiver or a manager of the receiver. */
    boolean mayReport(UUID feedbackId);

    /**
     * Reports an item (once per person; reporting again changes nothing).
     *
     * @throws FeedbackNotFoundException                 the item is not visible to the caller, or is their own
     * @throws io.kadens.platform.InvalidInputException no reason, or a reason too long
     */
    FeedbackReport report(UUID feedbackId, String reason);

    /** HR admins: every reported item with its reports and unmask requests, newest report first. */
    List<ReportedFeedback> reported();

    /**
     * HR admins: asks to unmask the author of a reported anonymous item.
     *
     * @throws io.kadens.platform.InvalidInputException no reason, not reported, a request pending, or the
     *                                                  rate limit (3 requests per HR admin in 30 days) reached
     */
    UnmaskRequest requestUnmask(UUID feedbackId, String reason);

    /** HR admins other than the one who asked: approves (at most 5 approvals per tenant in 30 days). */
    UnmaskRequest approveUnmask(UUID requestId);

    /** HR admins other than the one who asked: declines. */
    UnmaskRequest declineUnmask(UUID requestId);

    /** The HR admin who asked: the author of an approved request; every call is audited. */
    AuthorReveal revealAuthor(UUID requestId);
}
