package io.kadens.feedbacksummary;

import io.kadens.ai.SearchAccessRule;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.feedback.Feedback;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in requester may see cited feedback items now, asked of the feedback feature
 * itself (anonymous items only within a group above the tenant's threshold). Feedback is cited by
 * summaries, not indexed. The feedback API answers one item at a time, so a batch here costs one
 * look-up per item; a summary cites a few dozen at most.
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
        Set<SourceRef> visible = new HashSet<>();
        for (SourceRef source : sources) {
            UUID id;
            try {
                id = UUID.fromString(source.id());
            } catch (IllegalArgumentException notAnId) {
                continue;
            }
            if (feedback.find(id).isPresent()) {
                visible.add(source);
            }
        }
        return visible;
    }
}
