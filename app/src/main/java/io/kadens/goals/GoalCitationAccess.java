package io.kadens.goals;

import io.kadens.ai.CitationAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * AI statements and similar-goal hits may cite a goal only when the requester may see it: a private
 * goal found by vector search is dropped for everyone outside its circle.
 */
@Component
class GoalCitationAccess implements CitationAccess {

    private final GoalQueries goals;

    GoalCitationAccess(GoalQueries goals) {
        this.goals = goals;
    }

    @Override
    public String sourceType() {
        return Goals.SOURCE_TYPE;
    }

    @Override
    public boolean visibleToRequester(String sourceId) {
        UUID id;
        try {
            id = UUID.fromString(sourceId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return goals.isVisible(id);
    }
}
