package io.kadens.feedback;

import java.util.UUID;

/**
 * Feedback someone gives.
 *
 * @param receiverId whom it is for (anyone active in the tenant but the giver)
 * @param text       the feedback itself
 * @param competency optional competency identifier from the company's content
 * @param goalId     optional goal it is about (the giver must be able to see the goal; not with anonymous)
 * @param visibility who besides the receiver reads it; null means receiver and managers as configured
 * @param anonymous  whether the giver stays anonymous (peer and upward feedback, where the tenant allows it)
 */
public record NewFeedback(UUID receiverId, String text, String competency, UUID goalId,
                          FeedbackVisibility visibility, boolean anonymous) {

    public NewFeedback {
        visibility = visibility == null ? FeedbackVisibility.RECEIVER_AND_MANAGERS : visibility;
        competency = competency == null || competency.isBlank() ? null : competency.strip();
    }
}
