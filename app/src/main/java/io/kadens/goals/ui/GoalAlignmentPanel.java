package io.kadens.goals.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalSummary;

/** Where the goal aligns: the parent it contributes to, and the goals that contribute to it. */
class GoalAlignmentPanel extends GoalSection {

    GoalAlignmentPanel(GoalDetail current) {
        super("goal-alignment", "goals-ui.alignment.heading");
        if (current.parent() != null) {
            Paragraph parent = new Paragraph(getTranslation("goals-ui.alignment.parent") + " ");
            parent.add(new Anchor("goals/" + current.parent().id(), current.parent().title()));
            parent.setId("goal-parent-link");
            add(parent);
        } else {
            Paragraph none = new Paragraph(getTranslation("goals-ui.alignment.no-parent"));
            none.addClassName("k-muted");
            add(none);
        }
        if (!current.children().isEmpty()) {
            add(new Paragraph(getTranslation("goals-ui.alignment.children")));
            UnorderedList children = new UnorderedList();
            children.setId("goal-children");
            for (GoalSummary child : current.children()) {
                children.add(new ListItem(new Anchor("goals/" + child.id(), child.title()), new Span(" · "),
                        new Span(GoalTexts.percent(getLocale(), child.progress())), new Span(" · "),
                        GoalTexts.healthBadge(this, child.health(), child.healthOverridden())));
            }
            add(children);
        }
    }
}
