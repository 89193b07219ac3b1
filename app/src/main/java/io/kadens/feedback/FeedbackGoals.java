package io.kadens.feedback;

import io.kadens.goals.GoalQueries;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Whether the signed-in user may see a goal, so feedback only links goals its giver can see. */
@Component
class FeedbackGoals {

    private final GoalQueries goals;

    FeedbackGoals(GoalQueries goals) {
        this.goals = goals;
    }

    boolean visible(UUID goalId) {
        return goals.isVisible(goalId);
    }
}
