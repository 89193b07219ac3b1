package io.kadens.development.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.DraftAction;
import io.kadens.ai.plans.DraftObjective;
import io.kadens.ai.plans.LeftOut;
import io.kadens.ai.plans.MissingInput;
import io.kadens.ai.plans.RankedGap;
import io.kadens.development.DevelopmentDrafts;
import io.kadens.development.DevelopmentPlan;
import io.kadens.development.DraftedPlan;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Draft my plan" on the person's own development page: the draft with the evidence of every element, nothing
 * saved until the person accepts objectives into their plan (where they stay editable). One objective can be
 * drafted again; a missing input is named with who can add it.
 */
class PlanDraftPanel extends Div {

    private final transient DevelopmentDrafts drafts;
    private final UUID personId;
    private final transient Consumer<DevelopmentPlan> accepted;
    private final Div result = new Div();
    private final Select<Integer> horizon = new Select<>();
    private transient DraftedPlan drafted;
    private final List<DraftObjective> objectives = new ArrayList<>();
    private final List<Checkbox> choices = new ArrayList<>();

    PlanDraftPanel(DevelopmentDrafts drafts, UUID personId, Consumer<DevelopmentPlan> accepted) {
        this.drafts = drafts;
        this.personId = personId;
        this.accepted = accepted;
        setId("development-draft");
        addClassName("k-card");
        add(new H2(getTranslation("development.draft.heading")));
        add(new Paragraph(getTranslation("development.draft.intro")));
        horizon.setId("development-draft-horizon");
        horizon.setLabel(getTranslation("development.draft.horizon"));
        horizon.setItems(3, 6, 12);
        horizon.setItemLabelGenerator(months -> getTranslation("development.draft.horizon.months", months));
        horizon.setValue(6);
        Button draft = new Button(getTranslation("development.draft.button"), click -> draft());
        draft.setId("development-draft-button");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout controls = new HorizontalLayout(horizon, draft);
        controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        result.setId("development-draft-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(controls, result);
    }

    private void draft() {
        try {
            drafted = drafts.draft(personId, null, horizon.getValue(), null);
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
            return;
        }
        objectives.clear();
        if (drafted.draft() != null) {
            objectives.addAll(drafted.draft().objectives());
        }
        render();
    }

    private void render() {
        result.removeAll();
        choices.clear();
        if (drafted.off()) {
            result.add(new Paragraph(getTranslation("development.draft.off")));
            return;
        }
        if (!drafted.missing().isEmpty()) {
            Div missing = new Div(new H3(getTranslation("development.draft.missing.heading")));
            missing.setId("development-draft-missing");
            UnorderedList list = new UnorderedList();
            for (MissingInput.Missing m : drafted.missing()) {
                list.add(new ListItem(getTranslation(m.messageKey()) + " "
                        + getTranslation("development.draft.who." + m.who().name())));
            }
            missing.add(list);
            result.add(missing);
            return;
        }
        result.add(new Paragraph(getTranslation("development.draft.unsaved")));
        if (drafted.fallbackReason() != null) {
            result.add(new Paragraph(getTranslation(drafted.fallbackReason().messageKey())));
        }
        result.add(new H3(getTranslation("development.draft.gaps")));
        OrderedList gaps = new OrderedList();
        gaps.setId("development-draft-gaps");
        for (RankedGap gap : drafted.draft().gaps()) {
            String text = gap.expected() != null && gap.current() != null
                    ? getTranslation("development.draft.gap.levels", gap.competencyName(), gap.current(), gap.expected())
                    : getTranslation("development.draft.gap.feedback", gap.competencyName());
            ListItem item = new ListItem(new Span(text));
            item.add(citations(gap.citations()));
            gaps.add(item);
        }
        result.add(gaps);
        for (int i = 0; i < objectives.size(); i++) {
            result.add(objective(i, objectives.get(i)));
        }
        if (!drafted.draft().leftOut().isEmpty()) {
            result.add(new H3(getTranslation("development.draft.leftout")));
            UnorderedList notes = new UnorderedList();
            notes.setId("development-draft-leftout");
            for (LeftOut note : drafted.draft().leftOut()) {
                notes.add(new ListItem(getTranslation(note.messageKey(), note.subject())));
            }
            result.add(notes);
        }
        Button accept = new Button(getTranslation("development.draft.accept"), click -> accept());
        accept.setId("development-draft-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(accept);
    }

    private Component objective(int index, DraftObjective objective) {
        Div card = new Div();
        card.setId("development-draft-objective-" + index);
        card.addClassName("development-draft-objective");
        Checkbox take = new Checkbox(getTranslation("development.draft.take", objective.competencyName()));
        take.setId("development-draft-take-" + index);
        choices.add(take);
        card.add(take, new Paragraph(objective.text()));
        card.add(new Paragraph(getTranslation("development.due", date(objective.due()))));
        UnorderedList actions = new UnorderedList();
        for (DraftAction action : objective.actions()) {
            ListItem item = new ListItem(new Span(getTranslation("development.kind." + action.kind().name()) + ": "
                    + action.text()));
            item.add(citations(action.citations()));
            actions.add(item);
        }
        card.add(new H3(getTranslation("development.actions")), actions, citations(objective.citations()));
        Button again = new Button(getTranslation("development.draft.redraft"), click -> redraft(index));
        again.setId("development-draft-redraft-" + index);
        again.getElement().setAttribute("aria-label", getTranslation("development.draft.redraft.named",
                objective.competencyName()));
        card.add(again);
        return card;
    }

    private void redraft(int index) {
        DraftObjective current = objectives.get(index);
        Optional<DraftObjective> other = drafts.redraft(drafted, current.competencyId(), current.alternative() + 1);
        if (other.isEmpty()) {
            Toast.info(getTranslation("development.draft.redraft.none"));
            return;
        }
        boolean[] taken = new boolean[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            taken[i] = choices.get(i).getValue();
        }
        objectives.set(index, other.get());
        render();
        for (int i = 0; i < taken.length && i < choices.size(); i++) {
            choices.get(i).setValue(taken[i]);
        }
        Toast.success(getTranslation("development.draft.redrafted", current.competencyName()));
    }

    private void accept() {
        List<DraftObjective> chosen = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).getValue()) {
                chosen.add(objectives.get(i));
            }
        }
        if (chosen.isEmpty()) {
            Toast.error(getTranslation("development.draft.accept.none"));
            return;
        }
        try {
            DevelopmentPlan plan = drafts.accept(drafted, chosen);
            Toast.success(getTranslation("development.draft.accepted", chosen.size()));
            accepted.accept(plan);
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("development.conflict"));
        }
    }

    private Component citations(List<SourceRef> refs) {
        Span sources = new Span(getTranslation("development.draft.sources") + " ");
        sources.addClassName("development-draft-sources");
        boolean first = true;
        for (SourceRef ref : refs) {
            Optional<DraftedPlan.CitedSource> source = drafted.source(ref);
            if (source.isEmpty()) {
                continue;
            }
            if (!first) {
                sources.add(new Span("; "));
            }
            first = false;
            String text = getTranslation("development.draft.source." + ref.type()) + ": " + source.get().label();
            if (source.get().link() != null) {
                Anchor link = new Anchor(source.get().link(), text);
                // Inside running text a link is told apart by more than its colour (WCAG 1.4.1).
                link.getStyle().set("text-decoration", "underline");
                sources.add(link);
            } else {
                sources.add(new Span(text));
            }
        }
        return sources;
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
