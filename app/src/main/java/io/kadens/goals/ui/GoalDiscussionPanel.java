package io.kadens.goals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.goals.GoalComment;
import io.kadens.goals.GoalDetail;
import io.kadens.goals.GoalDiscussion;
import io.kadens.platform.InvalidInputException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The comments on a goal, oldest first; its editors and approvers may add one. */
class GoalDiscussionPanel extends GoalSection {

    GoalDiscussionPanel(GoalDetail current, List<GoalComment> comments, GoalDiscussion goals, ZoneId zone, Runnable reload) {
        super("goal-discussion", "goals-ui.discussion.heading");
        if (comments.isEmpty()) {
            add(new EmptyState(getTranslation("goals-ui.discussion.empty.title"),
                    getTranslation("goals-ui.discussion.empty")));
        }
        for (GoalComment comment : comments) {
            Div entry = new Div();
            entry.addClassName("k-goal-comment");
            Span who = new Span(getTranslation("goals-ui.discussion.by", comment.author() == null ? ""
                    : comment.author().name(), GoalTexts.instant(getLocale(), zone, comment.at())));
            who.addClassName("k-muted");
            Paragraph body = new Paragraph(comment.body());
            body.getStyle().set("white-space", "pre-line");
            entry.add(who, body);
            add(entry);
        }
        if (current.mayEdit() || current.mayApprove()) {
            TextArea body = new TextArea(getTranslation("goals-ui.discussion.new"));
            body.setId("goal-comment");
            body.setMaxLength(GoalComment.MAX_BODY);
            body.setWidthFull();
            Button post = new Button(getTranslation("goals-ui.discussion.post"), click -> {
                body.setInvalid(false);
                if (body.getValue().isBlank()) {
                    body.setErrorMessage(getTranslation("goals-ui.discussion.required"));
                    body.setInvalid(true);
                    return;
                }
                try {
                    goals.comment(current.summary().id(), body.getValue());
                    reload.run();
                } catch (InvalidInputException refused) {
                    body.setErrorMessage(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
                    body.setInvalid(true);
                } catch (AccessDeniedException refused) {
                    body.setErrorMessage(getTranslation("goals-ui.not-allowed"));
                    body.setInvalid(true);
                }
            });
            post.setId("goal-comment-post");
            add(body, post);
        }
    }
}
