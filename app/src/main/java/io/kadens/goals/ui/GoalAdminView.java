package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.goals.CycleKind;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalCycle;
import io.kadens.goals.GoalCycleData;
import io.kadens.goals.GoalSettings;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;

/**
 * HR admins define the goal cycles (quarters, halves, years or custom periods; closing one freezes
 * its goals, reopening thaws them) and the goal settings (after how many days a goal counts as stale).
 * The service enforces who may change them; this page is only in HR admins' navigation.
 */
@Route("admin/goals")
@Menu(order = 32, title = "goals-ui.admin.nav", icon = "vaadin:calendar")
@RolesAllowed(Role.HR_ADMIN_NAME)
@StyleSheet(GoalTexts.STYLES)
class GoalAdminView extends Main implements PageTitles.Translated {

    private final transient GoalAdministration administration;
    private final Grid<GoalCycle> cycles = new Grid<>();
    private final IntegerField staleDays = new IntegerField();
    private GoalSettings settings;

    GoalAdminView(GoalAdministration administration) {
        this.administration = administration;
        addClassName("k-page");
        GoalTexts.useStyles(this);

        Button add = new Button(getTranslation("goals-ui.admin.cycle.new"), click -> edit(null));
        add.setId("cycle-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        cycles.setId("goal-cycles");
        cycles.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        cycles.getElement().setAttribute("aria-label", getTranslation("goals-ui.admin.cycles"));
        cycles.addColumn(GoalCycle::name).setHeader(getTranslation("goals-ui.admin.cycle.name")).setFlexGrow(2);
        cycles.addColumn(c -> GoalTexts.label(this, "cycle-kind", c.kind()))
                .setHeader(getTranslation("goals-ui.admin.cycle.kind"));
        cycles.addColumn(c -> GoalTexts.dateRange(getLocale(), c.startsOn(), c.endsOn()))
                .setHeader(getTranslation("goals-ui.period")).setFlexGrow(2);
        cycles.addColumn(c -> getTranslation(c.closed() ? "goals-ui.admin.cycle.closed" : "goals-ui.admin.cycle.open"))
                .setHeader(getTranslation("goals-ui.status"));
        cycles.addComponentColumn(this::cycleActions).setHeader(getTranslation("goals-ui.admin.actions")).setFlexGrow(2);
        cycles.setEmptyStateText(getTranslation("goals-ui.admin.cycles.empty"));
        cycles.setAllRowsVisible(true);

        add(new H1(getTranslation("goals-ui.admin.heading")), new H2(getTranslation("goals-ui.admin.cycles")), add,
                cycles, settingsForm());
        refresh();
    }

    private Component cycleActions(GoalCycle cycle) {
        Button edit = new Button(getTranslation("goals-ui.edit"), click -> edit(cycle));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("goals-ui.admin.cycle.edit.label", cycle.name()));
        Button toggle = new Button(getTranslation(cycle.closed() ? "goals-ui.admin.cycle.reopen"
                : "goals-ui.admin.cycle.close"), click -> setClosed(cycle, !cycle.closed()));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel(getTranslation(cycle.closed() ? "goals-ui.admin.cycle.reopen.label"
                : "goals-ui.admin.cycle.close.label", cycle.name()));
        return new HorizontalLayout(edit, toggle);
    }

    private void setClosed(GoalCycle cycle, boolean closed) {
        try {
            administration.updateCycle(cycle.id(), cycle.version(), new GoalCycleData(cycle.name(), cycle.kind(),
                    cycle.startsOn(), cycle.endsOn(), closed));
            Toast.success(getTranslation(closed ? "goals-ui.admin.cycle.closed.done" : "goals-ui.admin.cycle.reopened",
                    cycle.name()));
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("goals-ui.conflict"));
        }
        refresh();
    }

    private void edit(GoalCycle existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "goals-ui.admin.cycle.new" : "goals-ui.admin.cycle.edit"));
        TextField name = new TextField(getTranslation("goals-ui.admin.cycle.name"));
        name.setId("cycle-name");
        name.setRequired(true);
        Select<CycleKind> kind = new Select<>();
        kind.setLabel(getTranslation("goals-ui.admin.cycle.kind"));
        kind.setId("cycle-kind");
        kind.setItems(CycleKind.values());
        kind.setItemLabelGenerator(k -> GoalTexts.label(this, "cycle-kind", k));
        kind.setValue(CycleKind.QUARTER);
        DatePicker startsOn = new DatePicker(getTranslation("goals-ui.starts-on"));
        startsOn.setId("cycle-starts-on");
        startsOn.setLocale(getLocale());
        DatePicker endsOn = new DatePicker(getTranslation("goals-ui.ends-on"));
        endsOn.setId("cycle-ends-on");
        endsOn.setLocale(getLocale());
        // A quarter, half or year proposes its end from the start; the admin may still change it.
        startsOn.addValueChangeListener(change -> {
            LocalDate start = change.getValue();
            if (start != null && endsOn.isEmpty() && kind.getValue() != CycleKind.CUSTOM) {
                int months = switch (kind.getValue()) {
                    case QUARTER -> 3;
                    case HALF -> 6;
                    default -> 12;
                };
                endsOn.setValue(start.plusMonths(months).minusDays(1));
            }
        });
        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
        }
        Paragraph error = new Paragraph();
        error.addClassName("k-error");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(name, kind, startsOn, endsOn);
        dialog.add(error, form);
        Map<String, HasValidation> fields = Map.of("name", name, "kind", kind, "startsOn", startsOn, "endsOn", endsOn);
        Button save = new Button(getTranslation("goals-ui.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            error.setText("");
            GoalCycleData data = new GoalCycleData(name.getValue().strip(), kind.getValue(), startsOn.getValue(),
                    endsOn.getValue(), existing != null && existing.closed());
            try {
                if (existing == null) {
                    administration.createCycle(data);
                } else {
                    administration.updateCycle(existing.id(), existing.version(), data);
                }
                dialog.close();
                Toast.success(getTranslation("goals-ui.saved", data.name()));
                refresh();
            } catch (InvalidInputException refused) {
                new FieldErrors().bindAll(fields).show(refused.fieldErrors(), this::getTranslation, error::setText);
            } catch (ConcurrentEditException conflict) {
                error.setText(getTranslation("goals-ui.conflict.keep"));
            }
        });
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("goals-ui.cancel"), click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private Div settingsForm() {
        staleDays.setLabel(getTranslation("goals-ui.admin.stale-days"));
        staleDays.setId("goal-stale-days");
        staleDays.setHelperText(getTranslation("goals-ui.admin.stale-days.helper", GoalSettings.MIN_STALE_AFTER_DAYS,
                GoalSettings.MAX_STALE_AFTER_DAYS));
        staleDays.setMin(GoalSettings.MIN_STALE_AFTER_DAYS);
        staleDays.setMax(GoalSettings.MAX_STALE_AFTER_DAYS);
        staleDays.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("goals-ui.save"), click -> saveSettings());
        save.setId("goal-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(staleDays, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph policy = new Paragraph(getTranslation("goals-ui.admin.policy-hint"));
        policy.addClassName("k-muted");
        Div form = new Div(new H2(getTranslation("goals-ui.admin.settings")), row, policy);
        form.addClassNames("k-card", "k-goal-section");
        return form;
    }

    private void saveSettings() {
        staleDays.setInvalid(false);
        Integer days = staleDays.getValue();
        if (days == null) {
            staleDays.setErrorMessage(getTranslation("goals-ui.admin.stale-days.range", GoalSettings.MIN_STALE_AFTER_DAYS,
                    GoalSettings.MAX_STALE_AFTER_DAYS));
            staleDays.setInvalid(true);
            return;
        }
        try {
            settings = administration.updateSettings(new GoalSettings(days, settings.version()));
            staleDays.setValue(settings.staleAfterDays());
            Toast.success(getTranslation("goals-ui.admin.settings.saved"));
        } catch (InvalidInputException refused) {
            staleDays.setErrorMessage(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
            staleDays.setInvalid(true);
        } catch (ConcurrentEditException conflict) {
            staleDays.setErrorMessage(getTranslation("goals-ui.conflict.keep"));
            staleDays.setInvalid(true);
            settings = new GoalSettings(settings.staleAfterDays(), administration.settings().version());
        }
    }

    private void refresh() {
        cycles.setItems(administration.cycles());
        settings = administration.settings();
        staleDays.setValue(settings.staleAfterDays());
    }

    @Override
    public String titleKey() {
        return "goals-ui.admin.heading";
    }
}
