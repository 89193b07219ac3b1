package io.kadens.feedback;

import java.util.List;

/**
 * Anonymous feedback of one source ("from several colleagues", "from several of your reports"), shown
 * only because at least the tenant's threshold of distinct authors wrote it; in an order that says
 * nothing about who or when (sorted by a hash of the text).
 */
public record AnonymousGroup(FeedbackSource source, List<FeedbackItem> items) {

    public AnonymousGroup {
        items = List.copyOf(items);
    }
}
