package io.kadens.goals;

import java.util.List;
import java.util.UUID;

/**
 * SPI the feedback module implements (goals know nothing of feedback): the feedback about a goal that
 * the current user may read, newest first. Optional: without a bean, the goal detail shows none.
 */
public interface GoalFeedbackLinks {

    List<LinkedFeedback> forGoal(UUID goalId);
}
