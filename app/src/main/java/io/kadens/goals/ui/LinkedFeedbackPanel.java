package io.kadens.goals.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.kadens.frontend.EmptyState;
import io.kadens.goals.LinkedFeedback;
import java.time.ZoneId;
import java.util.List;

/** Feedback that names this goal, as excerpts the reader may see. */
class LinkedFeedbackPanel extends GoalSection {

    LinkedFeedbackPanel(List<LinkedFeedback> feedback, ZoneId zone) {
        super("goal-feedback", "goals-ui.feedback.heading");
        if (feedback.isEmpty()) {
            add(new EmptyState(getTranslation("goals-ui.feedback.empty.title"),
                    getTranslation("goals-ui.feedback.empty")));
            return;
        }
        for (LinkedFeedback item : feedback) {
            Div entry = new Div();
            entry.addClassName("k-goal-comment");
            Span who = new Span(getTranslation("goals-ui.discussion.by", item.authorLabel(),
                    GoalTexts.instant(getLocale(), zone, item.givenAt())));
            who.addClassName("k-muted");
            entry.add(who, new Paragraph(item.excerpt()));
            add(entry);
        }
    }
}
