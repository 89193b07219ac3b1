package io.kadens.goals.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** One titled card of the goal page; its heading labels the region for screen readers. */
class GoalSection extends Section {

    GoalSection(String id, String headingKey) {
        setId(id);
        addClassNames("k-card", "k-goal-section");
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("k-card-title");
        heading.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
    }
}
