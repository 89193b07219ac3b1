package io.kadens.feedback;

import java.util.List;
import java.util.UUID;

/**
 * Feedback about one person as the caller may see it.
 *
 * @param named            items with their author, newest first
 * @param anonymousGroups  anonymous items, only in groups that reach the threshold
 * @param hiddenAnonymous  how many anonymous items wait for enough authors; given only for the unfiltered
 *                         list (null when a filter narrows it, so that narrowing reveals nothing)
 */
public record ReceivedFeedback(UUID employeeId, String employeeName, List<FeedbackItem> named,
                               List<AnonymousGroup> anonymousGroups, Integer hiddenAnonymous) {

    public ReceivedFeedback {
        named = List.copyOf(named);
        anonymousGroups = List.copyOf(anonymousGroups);
    }
}
