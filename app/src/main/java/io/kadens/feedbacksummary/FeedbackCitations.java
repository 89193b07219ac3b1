package io.kadens.feedbacksummary;

import io.kadens.ai.CitationAccess;
import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.feedback.Feedback;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in requester may see a cited feedback item now, asked of the feedback
 * feature itself (anonymous items only within a group above the tenant's threshold). The grounding
 * verifier asks it for every citation of an AI statement about feedback.
 */
@Component
class FeedbackCitations implements CitationAccess {

    private final Feedback feedback;

    FeedbackCitations(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public String sourceType() {
        return FeedbackSummaries.SOURCE_TYPE;
    }

    @Override
    public boolean visibleToRequester(String sourceId) {
        UUID id;
        try {
            id = UUID.fromString(sourceId);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
        return feedback.find(id).isPresent();
    }
}
