package io.kadens.settings.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.ai.AiMode;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.StyleSheets;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import io.kadens.settings.CheckInCadence;
import io.kadens.settings.GoalSetters;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The tenant's settings, over the settings service: every field with its message at the field. */
@StyleSheet(TenantSettingsView.STYLES)
@Route("admin/settings")
@Menu(order = 29, title = "people-admin.nav.settings", icon = "vaadin:cog")
@RolesAllowed(Role.HR_ADMIN_NAME)
class TenantSettingsView extends Main implements PageTitles.Translated {

    /** The administration pages share the people administration's stylesheet. */
    static final String STYLES = "context://kadens/people-admin.css";

    private final transient TenantSettingsService settings;
    private TenantSettings loaded;

    private final TextField name = new TextField();
    private final Select<String> locale = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final Select<Integer> fiscalYearStart = new Select<>();
    private final Select<CheckInCadence> cadence = new Select<>();
    private final Select<Integer> ratingPoints = new Select<>();
    private final List<TextField> ratingLabels = new ArrayList<>();
    private final RatingScale ratingScale = new RatingScale();
    private final IntegerField anonymity = new IntegerField();
    private final RadioButtonGroup<GoalSetters> departmentGoals = new RadioButtonGroup<>();
    private final RadioButtonGroup<GoalSetters> teamGoals = new RadioButtonGroup<>();
    private final Checkbox approval = new Checkbox();
    private final Checkbox hrReadsSummaries = new Checkbox();
    private final RadioButtonGroup<AiMode> aiMode = new RadioButtonGroup<>();
    private final Div problem = new Div();
    private final FieldErrors fieldErrors = new FieldErrors();

    TenantSettingsView(TenantSettingsService settings) {
        this.settings = settings;
        addClassName("k-page");
        StyleSheets.loadWith(this, STYLES);

        name.setLabel(getTranslation("people-admin.settings.name"));
        name.setRequired(true);
        name.setMaxLength(TenantSettings.MAX_NAME_LENGTH);
        name.setId("settings-name");
        locale.setLabel(getTranslation("people-admin.settings.locale"));
        locale.setItems("en", "sv");
        locale.setItemLabelGenerator(l -> getTranslation("language." + l));
        timeZone.setLabel(getTranslation("people-admin.settings.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC"))
                .sorted().toList());
        fiscalYearStart.setLabel(getTranslation("people-admin.settings.fiscal-year-start"));
        fiscalYearStart.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        fiscalYearStart.setItemLabelGenerator(m -> m == null ? "" : Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        cadence.setLabel(getTranslation("people-admin.settings.cadence"));
        cadence.setItems(CheckInCadence.values());
        cadence.setItemLabelGenerator(c -> c == null ? "" : getTranslation("settings.cadence." + c.name()));
        ratingPoints.setLabel(getTranslation("people-admin.settings.rating-points"));
        ratingPoints.setItems(3, 4, 5);
        ratingPoints.setId("settings-rating-points");
        for (int i = 1; i <= TenantSettings.MAX_RATING_POINTS; i++) {
            TextField label = new TextField(getTranslation("people-admin.settings.rating-label", i));
            label.setMaxLength(TenantSettings.MAX_RATING_LABEL_LENGTH);
            label.setId("settings-rating-label-" + i);
            ratingLabels.add(label);
        }
        ratingPoints.addValueChangeListener(e -> showPoints(e.getValue() == null ? 3 : e.getValue()));
        ratingScale.setLabel(getTranslation("people-admin.settings.rating-scale"));
        anonymity.setLabel(getTranslation("people-admin.settings.anonymity"));
        anonymity.setHelperText(getTranslation("people-admin.settings.anonymity.help"));
        anonymity.setMin(TenantSettings.MIN_ANONYMITY_THRESHOLD);
        anonymity.setMax(TenantSettings.MAX_ANONYMITY_THRESHOLD);
        anonymity.setStepButtonsVisible(true);
        anonymity.setRequired(true);
        anonymity.setId("settings-anonymity");
        anonymity.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("settings.error.anonymityThreshold.min"))
                .setMaxErrorMessage(getTranslation("settings.error.anonymityThreshold.max"))
                .setBadInputErrorMessage(getTranslation("settings.error.anonymityThreshold.min"))
                .setRequiredErrorMessage(getTranslation("settings.error.anonymityThreshold.min")));
        departmentGoals.setLabel(getTranslation("people-admin.settings.department-goals"));
        teamGoals.setLabel(getTranslation("people-admin.settings.team-goals"));
        for (RadioButtonGroup<GoalSetters> group : List.of(departmentGoals, teamGoals)) {
            group.setItems(GoalSetters.values());
            group.setItemLabelGenerator(g -> getTranslation("settings.goalSetters." + g.name()));
        }
        approval.setLabel(getTranslation("people-admin.settings.approval"));
        hrReadsSummaries.setLabel(getTranslation("people-admin.settings.hr-reads-summaries"));
        hrReadsSummaries.setHelperText(getTranslation("people-admin.settings.hr-reads-summaries.help"));
        hrReadsSummaries.setId("settings-hr-reads-summaries");
        aiMode.setLabel(getTranslation("people-admin.settings.ai-mode"));
        aiMode.setItemLabelGenerator(m -> getTranslation("settings.aiMode." + m.name()));
        aiMode.setId("settings-ai-mode");
        // Before anyone saves language-model mode, the page says what that mode sends out.
        aiMode.addValueChangeListener(event -> aiMode.setHelperText(event.getValue() == AiMode.LLM
                ? getTranslation("settings.aiMode.LLM.sends") : null));

        fieldErrors.bind("name", name);
        fieldErrors.bind("locale", locale);
        fieldErrors.bind("timeZone", timeZone);
        fieldErrors.bind("fiscalYearStartMonth", fiscalYearStart);
        fieldErrors.bind("defaultCadence", cadence);
        fieldErrors.bind("ratingLabels", ratingScale);
        fieldErrors.bind("anonymityThreshold", anonymity);
        fieldErrors.bind("departmentGoalSetters", departmentGoals);
        fieldErrors.bind("teamGoalSetters", teamGoals);
        fieldErrors.bind("aiMode", aiMode);

        problem.setId("settings-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("k-form-problem");
        problem.setVisible(false);

        VerticalLayout labels = new VerticalLayout();
        labels.setPadding(false);
        labels.add(ratingPoints);
        ratingLabels.forEach(labels::add);
        ratingScale.add(labels);
        FormLayout form = new FormLayout(name, locale, timeZone, fiscalYearStart, cadence, anonymity, ratingScale,
                departmentGoals, teamGoals, approval, aiMode, hrReadsSummaries);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(ratingScale, 2);
        Button save = new Button(getTranslation("people-admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        add(new H1(getTranslation("people-admin.nav.settings")), problem, form, save);
        load(settings.current());
    }

    private void load(TenantSettings current) {
        loaded = current;
        name.setValue(current.name());
        locale.setValue(current.locale());
        timeZone.setValue(current.timeZone());
        fiscalYearStart.setValue(current.fiscalYearStartMonth());
        cadence.setValue(current.defaultCadence());
        ratingPoints.setValue(current.ratingPoints());
        for (int i = 0; i < ratingLabels.size(); i++) {
            ratingLabels.get(i).setValue(i < current.ratingLabels().size() ? current.ratingLabels().get(i) : "");
        }
        showPoints(current.ratingPoints());
        anonymity.setValue(current.anonymityThreshold());
        departmentGoals.setValue(current.departmentGoalSetters());
        teamGoals.setValue(current.teamGoalSetters());
        approval.setValue(current.individualGoalsNeedApproval());
        hrReadsSummaries.setValue(current.hrReadsFeedbackSummaries());
        // The language-model choice only where the deployment has one (or the tenant chose it before).
        List<AiMode> modes = settings.deploymentOffersLlm() || current.aiMode() == AiMode.LLM
                ? List.of(AiMode.OFF, AiMode.OFFLINE, AiMode.LLM) : List.of(AiMode.OFF, AiMode.OFFLINE);
        aiMode.setItems(modes);
        aiMode.setValue(current.aiMode());
    }

    private void showPoints(int points) {
        for (int i = 0; i < ratingLabels.size(); i++) {
            ratingLabels.get(i).setVisible(i < points);
        }
    }

    private void save() {
        fieldErrors.clear();
        problem.setVisible(false);
        if (anonymity.isInvalid() || anonymity.getValue() == null) {
            anonymity.setInvalid(true);
            anonymity.setErrorMessage(getTranslation("settings.error.anonymityThreshold.min"));
            return;
        }
        int points = ratingPoints.getValue() == null ? 3 : ratingPoints.getValue();
        List<String> labels = ratingLabels.subList(0, points).stream().map(TextField::getValue).toList();
        TenantSettings changed = new TenantSettings(name.getValue(), locale.getValue(), timeZone.getValue(),
                fiscalYearStart.getValue() == null ? 0 : fiscalYearStart.getValue(), cadence.getValue(), labels,
                anonymity.getValue(), departmentGoals.getValue(), teamGoals.getValue(), approval.getValue(),
                aiMode.getValue(), loaded.version(), hrReadsSummaries.getValue());
        try {
            load(settings.update(changed));
            Toast.success(getTranslation("people-admin.saved"));
        } catch (InvalidInputException e) {
            fieldErrors.show(e.fieldErrors(), this::getTranslation, this::showProblem);
        } catch (ConcurrentEditException e) {
            showProblem(getTranslation("people-admin.settings.concurrent-edit"));
        }
    }

    private void showProblem(String text) {
        problem.removeAll();
        problem.add(new Span(text));
        problem.setVisible(true);
    }

    /** The rating scale as one field, so its message shows next to the labels. */
    static class RatingScale extends CustomField<String> {
        @Override
        protected String generateModelValue() {
            return "";
        }

        @Override
        protected void setPresentationValue(String value) {
            // the labels are separate fields; this wrapper only carries the label and the message
        }

        void add(VerticalLayout content) {
            super.add(content);
        }
    }

    @Override
    public String titleKey() {
        return "people-admin.nav.settings";
    }
}
