package io.kadens.compensation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.kadens.compensation.CompensationProposals;
import io.kadens.compensation.Proposal;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.util.stream.Collectors;

/** Approving or returning one proposal with a comment: the step that waits for the reader. */
final class DecisionForm {

    private DecisionForm() {
    }

    static Div of(Component page, java.util.Locale locale, CompensationProposals proposals, Proposal p,
                  Runnable done) {
        Div form = new Div();
        form.setId("compensation-decision");
        form.add(new H3(page.getTranslation("compensation.decision.heading", p.employeeName())));
        String change = page.getTranslation("compensation.decision.facts",
                Money.amount(p.currentSalary(), p.currency(), locale), Money.amount(p.newSalary(), p.currency(), locale),
                Money.percent(p.raisePercent(), locale), Money.percent(p.guidelinePercent(), locale));
        form.add(new Paragraph(change));
        if (p.justification() != null) {
            form.add(new Paragraph(page.getTranslation("compensation.decision.justification", p.justification())));
        }
        if (!p.warnings().isEmpty()) {
            form.add(new Paragraph(page.getTranslation("compensation.warnings") + ": " + p.warnings().stream()
                    .map(w -> page.getTranslation("compensation.warning." + w.name())).collect(Collectors.joining("; "))));
        }
        TextArea comment = new TextArea(page.getTranslation("compensation.decision.comment"));
        comment.setId("compensation-decision-comment");
        comment.setMaxLength(CompensationProposals.MAX_COMMENT);
        comment.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("comment", comment);
        Button approve = new Button(page.getTranslation("compensation.decision.approve"));
        approve.setId("compensation-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(page.getTranslation("compensation.decision.return"));
        back.setId("compensation-return");
        approve.addClickListener(click -> run(page, errors, () -> proposals.approve(p.cycleId(), p.employeeId(),
                comment.getValue(), p.version()), "compensation.decision.approved", done));
        back.addClickListener(click -> run(page, errors, () -> proposals.returnToProposer(p.cycleId(), p.employeeId(),
                comment.getValue(), p.version()), "compensation.decision.returned", done));
        form.add(comment, new HorizontalLayout(approve, back));
        return form;
    }

    private static void run(Component page, FieldErrors errors, Runnable work, String doneKey, Runnable done) {
        errors.clear();
        try {
            work.run();
            Toast.success(page.getTranslation(doneKey));
            done.run();
        } catch (InvalidInputException e) {
            errors.showOrToast(e.fieldErrors(), page::getTranslation);
        } catch (ConcurrentEditException e) {
            Toast.error(page.getTranslation("compensation.stale"));
            done.run();
        }
    }
}
