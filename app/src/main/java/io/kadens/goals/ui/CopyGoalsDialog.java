package io.kadens.goals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import io.kadens.frontend.Toast;
import io.kadens.goals.GoalCycle;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalCopying;
import io.kadens.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Copies the chosen goals into another cycle as drafts (the service copies all or none). The target
 * proposed is the next open cycle after the chosen goals' periods.
 */
class CopyGoalsDialog extends Dialog {

    CopyGoalsDialog(GoalCopying goals, List<GoalCycle> cycles, List<GoalSummary> selected, LocalDate today,
                    Runnable onDone) {
        setHeaderTitle(getTranslation("goals-ui.copy.heading", selected.size()));
        setWidth("min(560px, 96vw)");
        UnorderedList list = new UnorderedList();
        selected.forEach(goal -> list.add(new ListItem(goal.title())));
        List<GoalCycle> open = cycles.stream().filter(c -> !c.closed())
                .sorted(Comparator.comparing(GoalCycle::startsOn)).toList();
        Select<GoalCycle> target = new Select<>();
        target.setLabel(getTranslation("goals-ui.copy.target"));
        target.setId("goals-copy-target");
        target.setItems(open);
        target.setItemLabelGenerator(c -> c.name() + " (" + GoalTexts.dateRange(getLocale(), c.startsOn(), c.endsOn())
                + ")");
        LocalDate latestEnd = selected.stream().map(GoalSummary::endsOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(today);
        open.stream().filter(c -> c.startsOn().isAfter(latestEnd)).findFirst()
                .or(() -> open.stream().reduce((first, second) -> second))
                .ifPresent(target::setValue);
        Paragraph error = new Paragraph();
        error.addClassName("k-error");
        error.getElement().setAttribute("role", "alert");
        Paragraph help = new Paragraph(getTranslation("goals-ui.copy.help"));
        help.addClassName("k-muted");
        add(help, list, target, error);

        Button copy = new Button(getTranslation("goals-ui.copy.run"), click -> {
            error.setText("");
            target.setInvalid(false);
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("goals-ui.copy.target.required"));
                target.setInvalid(true);
                return;
            }
            try {
                List<UUID> copies = goals.copyToCycle(selected.stream().map(GoalSummary::id).toList(),
                        target.getValue().id());
                close();
                Toast.success(getTranslation("goals-ui.copy.done", copies.size(), target.getValue().name()));
                onDone.run();
            } catch (InvalidInputException refused) {
                refused.fieldErrors().forEach((field, key) -> {
                    if (field.startsWith("cycle")) {
                        target.setErrorMessage(getTranslation(key));
                        target.setInvalid(true);
                    } else {
                        error.setText((error.getText() + " " + getTranslation(key)).strip());
                    }
                });
            }
        });
        copy.setId("goals-copy-run");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("goals-ui.cancel"), click -> close());
        getFooter().add(cancel, copy);
    }
}
