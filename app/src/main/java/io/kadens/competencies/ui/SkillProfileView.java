package io.kadens.competencies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.kadens.competencies.Assessment;
import io.kadens.competencies.AssessmentKind;
import io.kadens.competencies.Assessments;
import io.kadens.competencies.Evidence;
import io.kadens.competencies.Rating;
import io.kadens.competencies.SkillProfile;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's skill profile: expected against current proficiency per competency, as a radar (a bar chart
 * for fewer than three competencies) with the same figures in a table, their assessment history, and
 * rating: oneself, or as a manager above the person.
 */
@Route("skills/:personId?")
@Menu(order = 8, title = "assessments.nav", icon = "vaadin:chart-3d")
@RolesAllowed(Role.EMPLOYEE_NAME)
class SkillProfileView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient Assessments assessments;
    private final transient CurrentUser currentUser;
    private final transient io.kadens.competencies.CareerPaths careers;
    private final Div content = new Div();
    private UUID personId;

    private final transient io.kadens.competencies.AssessmentEvidence evidence;

    SkillProfileView(Assessments assessments, CurrentUser currentUser, io.kadens.competencies.CareerPaths careers,
                     io.kadens.competencies.AssessmentEvidence evidence) {
        this.evidence = evidence;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.careers = careers;
        addClassName("k-page");
        add(new H1(getTranslation("assessments.heading")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID me = currentUser.require().personId();
        Optional<String> raw = event.getRouteParameters().get("personId");
        UUID requested;
        try {
            requested = raw.map(UUID::fromString).orElse(me);
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!assessments.mayView(requested)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        personId = requested;
        show();
    }

    private void show() {
        content.removeAll();
        SkillProfile profile;
        try {
            profile = assessments.profile(personId);
        } catch (ResourceNotFoundException gone) {
            content.add(new EmptyState(getTranslation("assessments.not-found"), ""));
            return;
        }
        UUID me = currentUser.require().personId();
        Map<UUID, String> below = assessments.peopleBelowMe();
        if (!below.isEmpty()) {
            Select<UUID> person = new Select<>();
            person.setId("skills-person");
            person.setLabel(getTranslation("assessments.person"));
            List<UUID> choices = new ArrayList<>();
            choices.add(me);
            choices.addAll(below.keySet());
            if (!choices.contains(personId)) {
                choices.add(personId);
            }
            Map<UUID, String> names = new HashMap<>(below);
            names.put(me, getTranslation("assessments.person.me"));
            names.putIfAbsent(personId, profile.personName());
            person.setItems(choices);
            person.setItemLabelGenerator(names::get);
            person.setValue(personId);
            person.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(SkillProfileView.class,
                            new RouteParameters("personId", change.getValue().toString())));
                }
            });
            content.add(person);
        }
        H2 name = new H2(getTranslation("assessments.profile.of", profile.personName()));
        name.setId("skills-person-name");
        content.add(name);
        careers.target(personId).ifPresent(target -> {
            Paragraph aim = new Paragraph(getTranslation("careers.target.of",
                    target.jobFamilyName() + " – " + target.jobLevelName()));
            aim.setId("skills-target-role");
            content.add(aim);
        });
        if (profile.rows().isEmpty()) {
            content.add(new EmptyState(getTranslation("assessments.profile.empty"),
                    getTranslation("assessments.profile.empty.help")));
        } else {
            content.add(chart(profile), table(profile));
            if (profile.jobLevelId() == null) {
                Paragraph noLevel = new Paragraph(getTranslation("assessments.profile.no-level"));
                noLevel.addClassName("k-muted");
                content.add(noLevel);
            }
        }
        if (!profile.rows().isEmpty()) {
            if (personId.equals(me)) {
                Button rate = new Button(getTranslation("assessments.rate.self"), click -> rate(profile, AssessmentKind.SELF));
                rate.setId("skills-rate");
                rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                content.add(rate);
            } else if (below.containsKey(personId)) {
                Button rate = new Button(getTranslation("assessments.rate.manager"), click -> rate(profile, AssessmentKind.MANAGER));
                rate.setId("skills-rate");
                rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                content.add(rate);
            }
        }
        content.add(history(profile));
    }

    private EChart chart(SkillProfile profile) {
        String expected = getTranslation("assessments.expected");
        String current = getTranslation("assessments.current");
        List<String> names = profile.rows().stream().map(SkillProfile.Row::name).toList();
        List<Integer> expectedValues = profile.rows().stream().map(r -> r.expected() == null ? 0 : r.expected()).toList();
        List<Integer> currentValues = profile.rows().stream().map(r -> r.current() == null ? 0 : r.current()).toList();
        Map<String, Object> option;
        if (names.size() >= 3) {
            option = Map.of(
                    "tooltip", Map.of(),
                    "legend", Map.of("bottom", 0),
                    "radar", Map.of("indicator", names.stream().map(n -> Map.of("name", n, "max", profile.scale())).toList()),
                    "series", List.of(Map.of("type", "radar", "data", List.of(
                            Map.of("name", expected, "value", expectedValues, "itemStyle", Map.of("color", "#8a8f98")),
                            Map.of("name", current, "value", currentValues, "itemStyle", Map.of("color", "#2f6f5e"),
                                    "areaStyle", Map.of("opacity", 0.2))))));
        } else {
            option = Map.of(
                    "tooltip", Map.of("trigger", "axis"),
                    "legend", Map.of("top", 0),
                    "grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true),
                    "xAxis", Map.of("type", "value", "max", profile.scale(), "minInterval", 1),
                    "yAxis", Map.of("type", "category", "data", names),
                    "series", List.of(
                            Map.of("name", expected, "type", "bar", "data", expectedValues, "itemStyle", Map.of("color", "#8a8f98")),
                            Map.of("name", current, "type", "bar", "data", currentValues, "itemStyle", Map.of("color", "#2f6f5e"))));
        }
        EChart chart = new EChart(getTranslation("assessments.chart", profile.personName()));
        chart.setId("skills-chart");
        chart.setHeight("360px");
        chart.setOption(JSON.writeValueAsString(option));
        return chart;
    }

    /** The chart's figures for everyone, screen readers included. */
    private NativeTable table(SkillProfile profile) {
        NativeTable table = new NativeTable();
        table.setId("skills-table");
        table.getElement().setAttribute("aria-label", getTranslation("assessments.table", profile.personName()));
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("assessments.competency", "assessments.expected", "assessments.self",
                "assessments.manager", "assessments.gap")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (SkillProfile.Row row : profile.rows()) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(row.name());
            name.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(name, new NativeTableCell(level(row.expected())),
                    new NativeTableCell(level(row.self())), new NativeTableCell(level(row.manager())),
                    new NativeTableCell(row.gap() == null ? "–" : String.valueOf(row.gap()))));
        }
        table.add(head, body);
        return table;
    }

    private String level(Integer value) {
        return value == null ? getTranslation("assessments.none") : String.valueOf(value);
    }

    private Div history(SkillProfile profile) {
        Div section = new Div(new H2(getTranslation("assessments.history")));
        section.setId("skills-history");
        List<Assessment> list = assessments.of(personId);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessments.history.empty"));
            none.addClassName("k-muted");
            section.add(none);
            return section;
        }
        Map<UUID, String> names = new HashMap<>();
        profile.rows().forEach(r -> names.put(r.competencyId(), r.name()));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        UnorderedList items = new UnorderedList();
        for (Assessment assessment : list) {
            ListItem item = new ListItem(getTranslation("assessments.history.item", date.format(assessment.assessedAt()),
                    getTranslation(assessment.kind().labelKey()), assessment.assessorName()));
            UnorderedList ratings = new UnorderedList();
            assessment.ratings().forEach(rating -> ratings.add(new ListItem(getTranslation("assessments.history.rating",
                    names.getOrDefault(rating.competencyId(), "?"), rating.level(),
                    rating.comment().isEmpty() ? "" : "– " + rating.comment()))));
            item.add(ratings);
            items.add(item);
        }
        section.add(items);
        return section;
    }

    private void rate(SkillProfile profile, AssessmentKind kind) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(kind == AssessmentKind.SELF ? "assessments.rate.self"
                : "assessments.rate.manager"));
        FormLayout form = new FormLayout();
        Map<UUID, Select<Integer>> levels = new LinkedHashMap<>();
        Map<UUID, TextField> comments = new LinkedHashMap<>();
        Map<UUID, EvidencePicker> pickers = new LinkedHashMap<>();
        List<io.kadens.competencies.EvidenceOption> options;
        try {
            options = evidence.options(personId);
        } catch (io.kadens.platform.ResourceNotFoundException notTheirs) {
            options = List.of(); // only the person and their managers rate, and so cite
        }
        List<Integer> choices = new ArrayList<>();
        choices.add(0);
        for (int level = 1; level <= profile.scale(); level++) {
            choices.add(level);
        }
        for (SkillProfile.Row row : profile.rows()) {
            Select<Integer> level = new Select<>();
            level.setLabel(getTranslation("assessments.rate.level", row.name()));
            level.setItems(choices);
            level.setItemLabelGenerator(v -> v == 0 ? getTranslation("assessments.rate.skip") : String.valueOf(v));
            Integer previous = kind == AssessmentKind.SELF ? row.self() : row.manager();
            level.setValue(previous == null ? 0 : previous);
            TextField comment = new TextField(getTranslation("assessments.rate.comment", row.name()));
            comment.setMaxLength(2000);
            levels.put(row.competencyId(), level);
            comments.put(row.competencyId(), comment);
            EvidencePicker picker = new EvidencePicker(row.name(), options);
            pickers.put(row.competencyId(), picker);
            form.add(level, comment, picker);
            form.setColspan(picker, 2);
        }
        dialog.add(form);
        Button save = new Button(getTranslation("assessments.rate.save"), click -> {
            List<Rating> ratings = new ArrayList<>();
            levels.forEach((competency, level) -> {
                if (level.getValue() != null && level.getValue() > 0) {
                    ratings.add(new Rating(competency, level.getValue(), comments.get(competency).getValue(),
                            pickers.get(competency).evidence()));
                }
            });
            try {
                assessments.record(personId, kind, ratings);
                dialog.close();
                Toast.success(getTranslation("assessments.rate.saved"));
                show();
            } catch (InvalidInputException refused) {
                Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
            }
        });
        save.setId("skills-rate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("competencies.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "assessments.heading";
    }
}
