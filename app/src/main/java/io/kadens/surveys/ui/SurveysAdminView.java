package io.kadens.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EChart;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.rollout.PilotGroup;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.security.Role;
import io.kadens.surveys.AudienceKind;
import io.kadens.surveys.BankQuestion;
import io.kadens.surveys.NewSurvey;
import io.kadens.surveys.QuestionKind;
import io.kadens.surveys.ResultFilter;
import io.kadens.surveys.Survey;
import io.kadens.surveys.SurveyResults;
import io.kadens.surveys.NewSurveySchedule;
import io.kadens.surveys.SurveySchedule;
import io.kadens.surveys.SurveySchedules;
import io.kadens.surveys.SurveyStatus;
import io.kadens.surveys.SurveyTextSummary;
import io.kadens.surveys.SurveyTemplate;
import io.kadens.surveys.Surveys;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * HR admins create process surveys for everyone, a pilot group or a department, open and close them, and read
 * their anonymous results, narrowed by department and pilot membership. Groups below the tenant's anonymity
 * threshold show no answers, only (when enough were asked) their participation.
 */
@Route("admin/surveys")
@Menu(order = 39, title = "surveys.admin.nav", icon = "vaadin:clipboard-text")
@RolesAllowed(Role.HR_ADMIN_NAME)
class SurveysAdminView extends Main implements PageTitles.Translated {

    /** The pilot filter's choices: everyone, only the pilot groups' people, only the others. */
    enum PilotChoice {
        ALL(null), PILOT(Boolean.TRUE), REST(Boolean.FALSE);

        final Boolean pilot;

        PilotChoice(Boolean pilot) {
            this.pilot = pilot;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient Surveys surveys;
    private final transient List<Department> departments;
    private final transient List<PilotGroup> groups;
    private final Grid<Survey> grid = new Grid<>();
    private ResponsiveList<Survey> list;
    private final Select<Survey> resultSurvey = new Select<>();
    private final ComboBox<Department> resultDepartment = new ComboBox<>();
    private final Select<PilotChoice> resultPilot = new Select<>();
    private final Select<Integer> resultRevision = new Select<>();
    private final Div results = new Div();

    private final transient SurveySchedules schedules;
    private final UnorderedList scheduleList = new UnorderedList();

    SurveysAdminView(Surveys surveys, SurveySchedules schedules, OrganisationStructure structure, RolloutPlanning rollout) {
        this.surveys = surveys;
        this.schedules = schedules;
        this.departments = structure.departments();
        this.groups = rollout.plan().groups();
        addClassName("k-page");
        setId("surveys-admin");
        Paragraph help = new Paragraph(getTranslation("surveys.admin.help"));
        help.addClassName("k-help");
        add(new H1(getTranslation("surveys.admin.heading")), help, createSection(), listSection(), resultsSection(),
                scheduleSection());
        refresh();
    }

    @Override
    public String titleKey() {
        return "surveys.admin.heading";
    }

    private Section createSection() {
        TextField title = new TextField(getTranslation("surveys.field.title"));
        title.setId("survey-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        Select<AudienceKind> audience = new Select<>();
        audience.setLabel(getTranslation("surveys.field.audience"));
        audience.setId("survey-audience");
        audience.setItems(AudienceKind.values());
        audience.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        audience.setValue(AudienceKind.EVERYONE);
        ComboBox<Department> department = new ComboBox<>(getTranslation("surveys.field.department"));
        department.setId("survey-department");
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        ComboBox<PilotGroup> group = new ComboBox<>(getTranslation("surveys.field.group"));
        group.setId("survey-group");
        group.setItems(groups);
        group.setItemLabelGenerator(PilotGroup::name);
        department.setVisible(false);
        group.setVisible(false);
        audience.addValueChangeListener(change -> {
            department.setVisible(change.getValue() == AudienceKind.DEPARTMENT);
            group.setVisible(change.getValue() == AudienceKind.PILOT_GROUP);
        });
        Select<SurveyTemplate> templateChoice = new Select<>();
        templateChoice.setLabel(getTranslation("surveys.field.template"));
        templateChoice.setId("survey-template");
        templateChoice.setItems(SurveyTemplate.values());
        templateChoice.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
        templateChoice.setValue(SurveyTemplate.PROCESS);
        MultiSelectComboBox<BankQuestion> bank = new MultiSelectComboBox<>(getTranslation("surveys.bank.label"));
        bank.setId("survey-bank");
        bank.setItems(BankQuestion.values());
        bank.setItemLabelGenerator(question -> getTranslation(question.theme().labelKey()) + ": "
                + getTranslation(question.promptKey()));
        bank.setHelperText(getTranslation("surveys.template.bankExplanation"));
        bank.setVisible(false);
        templateChoice.addValueChangeListener(change -> {
            bank.setVisible(change.getValue() != null && change.getValue().fromBank());
            if (!bank.isVisible()) {
                bank.clear();
            }
        });
        FieldErrors errors = new FieldErrors().bind("title", title).bind("audience", audience)
                .bind("template", templateChoice).bind("bankQuestions", bank);
        Button create = new Button(getTranslation("surveys.create"), click -> {
            AudienceKind kind = audience.getValue();
            var audienceId = kind == AudienceKind.DEPARTMENT && department.getValue() != null ? department.getValue().id()
                    : kind == AudienceKind.PILOT_GROUP && group.getValue() != null ? group.getValue().id() : null;
            errors.clear();
            try {
                surveys.create(new NewSurvey(title.getValue(), templateChoice.getValue(), kind, audienceId,
                        List.copyOf(bank.getSelectedItems().stream().sorted().toList())));
                Toast.success(getTranslation("surveys.created"));
                title.clear();
                refresh();
            } catch (InvalidInputException refused) {
                errors.show(refused.fieldErrors(), this::getTranslation, Toast::error);
            }
        });
        create.setId("survey-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph template = new Paragraph(getTranslation("surveys.template.explanation"));
        return new Section(new H2(getTranslation("surveys.create.heading")), template,
                new FormLayout(title, templateChoice, audience, department, group, bank), create);
    }

    /** Recurring surveys for everyone: what opens, how often and from when; the list shows the next dates. */
    private Section scheduleSection() {
        TextField title = new TextField(getTranslation("surveys.field.title"));
        title.setId("schedule-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        Select<SurveyTemplate> template = new Select<>();
        template.setLabel(getTranslation("surveys.field.template"));
        template.setId("schedule-template");
        template.setItems(SurveyTemplate.values());
        template.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
        template.setValue(SurveyTemplate.PULSE);
        Select<Integer> every = new Select<>();
        every.setLabel(getTranslation("surveys.schedule.every"));
        every.setId("schedule-every");
        every.setItems(1, 3, 6, 12);
        every.setItemLabelGenerator(months -> getTranslation("surveys.schedule.every.months", months));
        every.setValue(1);
        com.vaadin.flow.component.datepicker.DatePicker first =
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("surveys.schedule.first"));
        first.setId("schedule-first");
        first.setRequiredIndicatorVisible(true);
        FieldErrors errors = new FieldErrors().bind("title", title).bind("template", template)
                .bind("everyMonths", every).bind("firstRunOn", first);
        Button create = new Button(getTranslation("surveys.schedule.create"), click -> {
            errors.clear();
            try {
                schedules.create(new NewSurveySchedule(title.getValue(), template.getValue(), List.of(),
                        AudienceKind.EVERYONE, null, every.getValue() == null ? 0 : every.getValue(), first.getValue(), 3));
                Toast.success(getTranslation("surveys.schedule.created"));
                title.clear();
                refreshSchedules();
            } catch (InvalidInputException refused) {
                errors.show(refused.fieldErrors(), this::getTranslation, Toast::error);
            }
        });
        create.setId("schedule-create");
        scheduleList.setId("schedule-list");
        refreshSchedules();
        return new Section(new H2(getTranslation("surveys.schedule.heading")),
                new Paragraph(getTranslation("surveys.schedule.explanation")),
                new FormLayout(title, template, every, first), create, scheduleList);
    }

    private void refreshSchedules() {
        scheduleList.removeAll();
        for (SurveySchedule schedule : schedules.all()) {
            scheduleList.add(new ListItem(getTranslation(schedule.active() ? "surveys.schedule.item" : "surveys.schedule.item.stopped",
                    schedule.title(), getTranslation(schedule.template().labelKey()),
                    getTranslation("surveys.schedule.every.months", schedule.everyMonths()), schedule.nextRunOn().toString())));
        }
    }

    private Section listSection() {
        grid.setId("surveys-grid");
        grid.addColumn(Survey::title).setHeader(getTranslation("surveys.field.title")).setFlexGrow(2);
        grid.addColumn(survey -> getTranslation(survey.audience().labelKey())).setHeader(getTranslation("surveys.field.audience"));
        grid.addColumn(survey -> getTranslation(survey.status().labelKey())).setHeader(getTranslation("surveys.field.status"));
        grid.addColumn(survey -> getTranslation("surveys.participation.count", survey.responded(), survey.invited()))
                .setHeader(getTranslation("surveys.field.participation"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("surveys.field.actions"));
        grid.setAllRowsVisible(true);
        list = new ResponsiveList<>(grid, getTranslation("surveys.list.heading"))
                .cardTitle(Survey::title)
                .cardFact("status", getTranslation("surveys.field.status"), survey -> getTranslation(survey.status().labelKey()))
                .cardFact("participation", getTranslation("surveys.field.participation"),
                        survey -> getTranslation("surveys.participation.count", survey.responded(), survey.invited()))
                .cardActions(this::actions);
        return new Section(new H2(getTranslation("surveys.list.heading")), list);
    }

    private Component actions(Survey survey) {
        Button edit = new Button(getTranslation("survey-editor.edit"),
                click -> new SurveyQuestionsDialog(surveys, survey, this::refresh).open());
        edit.getElement().setAttribute("aria-label", getTranslation("survey-editor.edit.named", survey.title()));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(statusButton(survey), edit);
        buttons.setPadding(false);
        buttons.setSpacing(true);
        buttons.setWrap(true);
        return buttons;
    }

    private Component statusButton(Survey survey) {
        boolean open = survey.status() == SurveyStatus.OPEN;
        Button button = new Button(getTranslation(open ? "surveys.close" : "surveys.open"), click -> {
            try {
                if (open) {
                    surveys.close(survey.id(), survey.version());
                } else {
                    surveys.open(survey.id(), survey.version());
                }
                Toast.success(getTranslation("surveys.saved"));
            } catch (ConcurrentEditException stale) {
                Toast.error(getTranslation("surveys.stale"));
            }
            refresh();
        });
        button.getElement().setAttribute("aria-label", getTranslation(open ? "surveys.close.named" : "surveys.open.named",
                survey.title()));
        return button;
    }

    private Section resultsSection() {
        resultSurvey.setLabel(getTranslation("surveys.results.survey"));
        resultSurvey.setId("survey-results-survey");
        resultSurvey.setItemLabelGenerator(survey -> survey == null ? "" : survey.title());
        resultDepartment.setLabel(getTranslation("surveys.field.department"));
        resultDepartment.setId("survey-results-department");
        resultDepartment.setItems(departments);
        resultDepartment.setItemLabelGenerator(Department::name);
        resultDepartment.setClearButtonVisible(true);
        resultPilot.setLabel(getTranslation("surveys.results.pilot"));
        resultPilot.setId("survey-results-pilot");
        resultPilot.setItems(PilotChoice.values());
        resultPilot.setItemLabelGenerator(choice -> getTranslation("surveys.results.pilot." + choice.name()));
        resultPilot.setValue(PilotChoice.ALL);
        resultSurvey.addValueChangeListener(change -> showResults());
        resultDepartment.addValueChangeListener(change -> showResults());
        resultPilot.addValueChangeListener(change -> showResults());
        resultRevision.setLabel(getTranslation("surveys.results.revision"));
        resultRevision.setId("survey-results-revision");
        resultRevision.setItemLabelGenerator(revision -> revision == null ? "" : getTranslation("surveys.revision", revision));
        resultRevision.setVisible(false);
        resultRevision.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showResults();
            }
        });
        results.setId("survey-results");
        return new Section(new H2(getTranslation("surveys.results.heading")),
                new FormLayout(resultSurvey, resultRevision, resultDepartment, resultPilot), results);
    }

    private void refresh() {
        List<Survey> all = surveys.all();
        list.setItems(all);
        Survey selected = resultSurvey.getValue();
        resultSurvey.setItems(all);
        all.stream().filter(survey -> selected != null && survey.id().equals(selected.id())).findFirst()
                .ifPresent(resultSurvey::setValue);
    }

    private void showSummary(Div target, SurveyTextSummary summary) {
        target.removeAll();
        if (summary.suppressed() || summary.themes().isEmpty()) {
            target.add(new Paragraph(getTranslation(summary.suppressed() ? "surveys.summary.suppressed"
                    : "surveys.summary.none")));
            return;
        }
        target.add(new Paragraph(getTranslation("surveys.summary.intro", summary.answers())));
        for (SurveyTextSummary.SummaryTheme theme : summary.themes()) {
            target.add(new H3(getTranslation(theme.positive() ? "surveys.summary.positive" : "surveys.summary.improve",
                    theme.label(), theme.answerCount())));
            theme.prose().forEach(sentence -> target.add(new Paragraph(sentence)));
            UnorderedList quotes = new UnorderedList();
            theme.quotes().forEach(quote -> quotes.add(new ListItem(getTranslation("surveys.summary.quote",
                    quote.text(), quote.answer()))));
            target.add(quotes);
        }
    }

    private void showResults() {
        results.removeAll();
        Survey survey = resultSurvey.getValue();
        if (survey == null) {
            return;
        }
        List<Integer> revisions = java.util.stream.IntStream.rangeClosed(1, survey.revision()).boxed().toList();
        Integer revision = resultRevision.getValue() != null && revisions.contains(resultRevision.getValue())
                && resultRevision.isVisible() ? resultRevision.getValue() : survey.revision();
        resultRevision.setItems(revisions);
        resultRevision.setValue(revision);
        resultRevision.setVisible(survey.revision() > 1);
        ResultFilter filter = new ResultFilter(
                resultDepartment.getValue() == null ? null : resultDepartment.getValue().id(),
                resultPilot.getValue() == null ? null : resultPilot.getValue().pilot);
        SurveyResults shown = surveys.results(survey.id(), revision, filter);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        if (shown.invited() == null) {
            results.add(new Paragraph(getTranslation("surveys.results.participation.hidden", shown.threshold())));
        } else {
            results.add(new Paragraph(getTranslation("surveys.results.participation", shown.responded(), shown.invited(),
                    shown.participationRate() == null ? "–" : percent.format(shown.participationRate()))));
        }
        if (shown.suppressed()) {
            Paragraph suppressed = new Paragraph(getTranslation("surveys.results.suppressed", shown.threshold()));
            suppressed.setId("survey-results-suppressed");
            results.add(suppressed);
            return;
        }
        scaleChart(shown).ifPresent(results::add);
        for (SurveyResults.QuestionResult question : shown.questions()) {
            String prompt = "sv".equals(getLocale().getLanguage()) ? question.promptSv() : question.promptEn();
            results.add(new H3(prompt));
            if (question.kind() == QuestionKind.SCALE) {
                results.add(new Paragraph(question.average() == null ? getTranslation("surveys.results.none")
                        : getTranslation("surveys.results.average", decimal.format(question.average()), question.answers())));
                UnorderedList distribution = new UnorderedList();
                for (int value = 1; value <= 5; value++) {
                    distribution.add(new ListItem(getTranslation("surveys.results.value",
                            getTranslation("surveys.scale." + value), question.distribution().get(value - 1))));
                }
                results.add(distribution);
            } else if (question.texts().isEmpty()) {
                results.add(new Paragraph(getTranslation("surveys.results.none")));
            } else {
                UnorderedList texts = new UnorderedList();
                question.texts().forEach(text -> texts.add(new ListItem(text)));
                Div summary = new Div();
                Button summarise = new Button(getTranslation("surveys.summary.show"), click -> showSummary(summary,
                        surveys.textSummary(survey.id(), shown.revision(), filter, question.position(),
                                getLocale().getLanguage())));
                summarise.setId("survey-summary-" + question.position());
                results.add(texts, summarise, summary);
            }
        }
    }

    /**
     * The scale questions' answers as one chart of stacked shares, 1 to 5, a bar per question: the lists under each
     * question give the same counts to screen readers and in text.
     */
    private java.util.Optional<EChart> scaleChart(SurveyResults shown) {
        List<SurveyResults.QuestionResult> scale = shown.questions().stream()
                .filter(question -> question.kind() == QuestionKind.SCALE && question.answers() > 0).toList();
        if (scale.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean swedish = "sv".equals(getLocale().getLanguage());
        List<String> prompts = scale.stream().map(question -> {
            String prompt = swedish ? question.promptSv() : question.promptEn();
            return prompt.length() > 60 ? prompt.substring(0, 59) + "…" : prompt;
        }).toList();
        String[] colours = {"#b03a2e", "#dc7633", "#b7950b", "#52be80", "#1e8449"};
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            final int index = value - 1;
            List<Long> shares = scale.stream().map(question -> Math.round(100.0
                    * question.distribution().get(index) / Math.max(1, question.answers()))).toList();
            series.add(Map.of("name", getTranslation("surveys.scale." + value), "type", "bar", "stack", "share",
                    "data", shares, "itemStyle", Map.of("color", colours[index])));
        }
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true),
                "legend", Map.of("top", 0),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %"),
                        "name", getTranslation("survey-editor.chart.share")),
                "yAxis", Map.of("type", "category", "inverse", true, "data", prompts),
                "series", series);
        EChart chart = new EChart(getTranslation("survey-editor.chart"));
        chart.setId("survey-results-chart");
        chart.setWidthFull();
        chart.setHeight(Math.max(180, 56 * scale.size() + 60) + "px");
        chart.setOption(JSON.writeValueAsString(option));
        return java.util.Optional.of(chart);
    }
}
