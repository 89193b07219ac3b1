package io.kadens.goals.ui;

import org.springframework.stereotype.Component;

/**
 * Puts the SMART goal coach under the goal editor's text field. The one place that knows the coach
 * panel, so the editor itself stays the same with or without it.
 */
@Component
class GoalCoachSlot {

    void attach(GoalEditorDialog editor) {
        // The coach panel is not part of this build yet; the editor keeps its slot empty (and hidden).
    }
}
