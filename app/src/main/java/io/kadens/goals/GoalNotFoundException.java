package io.kadens.goals;

import io.kadens.platform.InvalidInputException;
import java.util.Map;

/**
 * A goal, key result, milestone or cycle that does not exist or that the user may not see (the two are
 * never told apart). Views show it at the field like any invalid input; the REST API answers 404.
 */
public class GoalNotFoundException extends InvalidInputException {

    public GoalNotFoundException(String field, String messageKey) {
        super(Map.of(field, messageKey));
    }

    static GoalNotFoundException goal() {
        return new GoalNotFoundException("goal", "goals.goal.not-found");
    }
}
