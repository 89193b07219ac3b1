package io.kadens.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback between people of a tenant: giving, reading what one may, replies, and the evidence the AI
 * summary builds on. Every method acts as the signed-in user and enforces who may see what.
 */
public interface Feedback {

    /**
     * Gives feedback as the signed-in user.
     *
     * @throws io.kadens.platform.InvalidInputException empty text, oneself, unknown or inactive receiver,
     *                                                  anonymity not allowed, goal not visible; nothing saved
     */
    FeedbackItem give(NewFeedback feedback);

    /** The source feedback from the signed-in user to {@code receiverId} would have. */
    FeedbackSource sourceFor(UUID receiverId);

    /** Whether the signed-in user may give anonymous feedback to {@code receiverId}. */
    boolean anonymousAllowedFor(UUID receiverId);

    /**
     * Feedback about {@code employeeId} as the caller may see it: their own, or (for a manager, as the
     * tenant configures) a report's.
     *
     * @throws FeedbackNotFoundException the person does not exist or the caller may not see their feedback
     */
    ReceivedFeedback received(UUID employeeId, FeedbackFilter filter);

    /** Feedback about the signed-in user. */
    ReceivedFeedback receivedByMe(FeedbackFilter filter);

    /** Whether the caller may read feedback about {@code employeeId} (themselves, or a report per settings). */
    boolean mayRead(UUID employeeId);

    /**
     * Of these people, those whose feedback the caller may read ({@link #mayRead} of each), with their full names,
     * in the order given: one transaction and two queries, whatever the number of people.
     */
    java.util.Map<UUID, String> readableAmong(List<UUID> employeeIds);

    /** Feedback the signed-in user gave, newest first (anonymous ones included: they are the author). */
    List<FeedbackItem> given(FeedbackFilter filter);

    /** One item, if the caller may see it (anonymous items only within a group above the threshold). */
    Optional<FeedbackItem> find(UUID feedbackId);

    /**
     * Of these items, the ids the caller may see by the rule of {@link #find}, in one batch: for checking
     * the citations of a summary without a look-up per item.
     */
    java.util.Set<UUID> visibleIds(java.util.Collection<UUID> feedbackIds);

    /** The thread of an item the caller may see. */
    List<FeedbackReply> replies(UUID feedbackId);

    /** Replies on an item the caller may see. */
    FeedbackReply reply(UUID feedbackId, String text);

    /**
     * The feedback about {@code employeeId} given between {@code from} and {@code to} (inclusive) that the
     * current user may see, for the AI summary: named items with author and date; anonymous items only in
     * groups of at least the tenant's threshold distinct authors, without author or date, sorted by a hash
     * of their text. Empty when the caller may not read the person's feedback.
     */
    List<FeedbackEvidence> evidenceAbout(UUID employeeId, LocalDate from, LocalDate to);

    /** Today in the organisation's time zone: the day feedback given now is dated by. */
    LocalDate today();

    /** Feedback linked to a goal, only what the caller may see (anonymous items never link goals). */
    List<FeedbackItem> aboutGoal(UUID goalId);

    /** The tenant's competency identifiers (from its competency frameworks), for the competency picker. */
    List<String> competencies();
}
