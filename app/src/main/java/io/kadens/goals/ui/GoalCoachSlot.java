package io.kadens.goals.ui;

import io.kadens.goals.coach.SmartCoachService;
import org.springframework.stereotype.Component;

/**
 * Puts the SMART goal coach under the goal editor's text field and keeps it informed of the parent
 * goal (for Relevant) and the end of the period (for Time-bound). The one place that knows the
 * coach panel, so the editor itself stays the same with or without it.
 */
@Component
class GoalCoachSlot {

    private final SmartCoachService coach;

    GoalCoachSlot(SmartCoachService coach) {
        this.coach = coach;
    }

    void attach(GoalEditorDialog editor) {
        SmartCoachPanel panel = new SmartCoachPanel(coach);
        panel.attachTo(editor.title);
        editor.addCoach(panel);
        editor.onParentChange(panel::setParentGoalId);
        editor.onPeriodEndChange(panel::setPeriodEnd);
    }
}
