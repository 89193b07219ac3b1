package io.kadens.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
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
import io.kadens.surveys.NewSurvey;
import io.kadens.surveys.QuestionKind;
import io.kadens.surveys.ResultFilter;
import io.kadens.surveys.Survey;
import io.kadens.surveys.SurveyResults;
import io.kadens.surveys.SurveyStatus;
import io.kadens.surveys.SurveyTemplate;
import io.kadens.surveys.Surveys;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;

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

    private final transient Surveys surveys;
    private final transient List<Department> departments;
    private final transient List<PilotGroup> groups;
    private final Grid<Survey> grid = new Grid<>();
    private ResponsiveList<Survey> list;
    private final Select<Survey> resultSurvey = new Select<>();
    private final ComboBox<Department> resultDepartment = new ComboBox<>();
    private final Select<PilotChoice> resultPilot = new Select<>();
    private final Div results = new Div();

    SurveysAdminView(Surveys surveys, OrganisationStructure structure, RolloutPlanning rollout) {
        this.surveys = surveys;
        this.departments = structure.departments();
        this.groups = rollout.plan().groups();
        addClassName("k-page");
        setId("surveys-admin");
        Paragraph help = new Paragraph(getTranslation("surveys.admin.help"));
        help.addClassName("k-help");
        add(new H1(getTranslation("surveys.admin.heading")), help, createSection(), listSection(), resultsSection());
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
        FieldErrors errors = new FieldErrors().bind("title", title).bind("audience", audience);
        Button create = new Button(getTranslation("surveys.create"), click -> {
            AudienceKind kind = audience.getValue();
            var audienceId = kind == AudienceKind.DEPARTMENT && department.getValue() != null ? department.getValue().id()
                    : kind == AudienceKind.PILOT_GROUP && group.getValue() != null ? group.getValue().id() : null;
            errors.clear();
            try {
                surveys.create(new NewSurvey(title.getValue(), SurveyTemplate.PROCESS, kind, audienceId));
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
                new FormLayout(title, audience, department, group), create);
    }

    private Section listSection() {
        grid.setId("surveys-grid");
        grid.addColumn(Survey::title).setHeader(getTranslation("surveys.field.title")).setFlexGrow(2);
        grid.addColumn(survey -> getTranslation(survey.audience().labelKey())).setHeader(getTranslation("surveys.field.audience"));
        grid.addColumn(survey -> getTranslation(survey.status().labelKey())).setHeader(getTranslation("surveys.field.status"));
        grid.addColumn(survey -> getTranslation("surveys.participation.count", survey.responded(), survey.invited()))
                .setHeader(getTranslation("surveys.field.participation"));
        grid.addComponentColumn(this::statusButton).setHeader(getTranslation("surveys.field.actions"));
        grid.setAllRowsVisible(true);
        list = new ResponsiveList<>(grid, getTranslation("surveys.list.heading"))
                .cardTitle(Survey::title)
                .cardFact("status", getTranslation("surveys.field.status"), survey -> getTranslation(survey.status().labelKey()))
                .cardFact("participation", getTranslation("surveys.field.participation"),
                        survey -> getTranslation("surveys.participation.count", survey.responded(), survey.invited()))
                .cardActions(this::statusButton);
        return new Section(new H2(getTranslation("surveys.list.heading")), list);
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
        results.setId("survey-results");
        return new Section(new H2(getTranslation("surveys.results.heading")),
                new FormLayout(resultSurvey, resultDepartment, resultPilot), results);
    }

    private void refresh() {
        List<Survey> all = surveys.all();
        list.setItems(all);
        Survey selected = resultSurvey.getValue();
        resultSurvey.setItems(all);
        all.stream().filter(survey -> selected != null && survey.id().equals(selected.id())).findFirst()
                .ifPresent(resultSurvey::setValue);
    }

    private void showResults() {
        results.removeAll();
        Survey survey = resultSurvey.getValue();
        if (survey == null) {
            return;
        }
        SurveyResults shown = surveys.results(survey.id(), new ResultFilter(
                resultDepartment.getValue() == null ? null : resultDepartment.getValue().id(),
                resultPilot.getValue() == null ? null : resultPilot.getValue().pilot));
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
                results.add(texts);
            }
        }
    }
}
