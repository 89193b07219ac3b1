package io.kadens.feedbacksummary;

import io.kadens.ai.SearchAccessRule;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.feedback.Feedback;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in requester may see cited feedback items now, asked of the feedback feature
 * itself (anonymous items only within a group above the tenant's threshold). Feedback is cited by
 * summaries, not indexed. One batch per check, whatever the number of citations.
 */
@Component
class FeedbackCitations implements SearchAccessRule {

    private final Feedback feedback;

    FeedbackCitations(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public Set<String> sourceTypes() {
        return Set.of(SourceTypes.FEEDBACK);
    }

    @Override
    public Set<SourceRef> visibleToRequester(Collection<SourceRef> sources) {
        Map<UUID, SourceRef> byId = new HashMap<>();
        for (SourceRef source : sources) {
            try {
                byId.put(UUID.fromString(source.id()), source);
            } catch (IllegalArgumentException notAnId) {
                // not a feedback id: never visible
            }
        }
        Set<SourceRef> visible = new HashSet<>();
        for (UUID id : feedback.visibleIds(byId.keySet())) {
            visible.add(byId.get(id));
        }
        return visible;
    }
}
