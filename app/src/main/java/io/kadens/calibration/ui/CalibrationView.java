package io.kadens.calibration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.calibration.CalibrationConflictException;
import io.kadens.calibration.CalibrationMove;
import io.kadens.calibration.CalibrationPerson;
import io.kadens.calibration.CalibrationSession;
import io.kadens.calibration.CalibrationSessions;
import io.kadens.calibration.Distribution;
import io.kadens.calibration.GroupDistribution;
import io.kadens.calibration.Guideline;
import io.kadens.calibration.NineBox;
import io.kadens.calibration.Preview;
import io.kadens.calibration.ScopeKind;
import io.kadens.calibration.SessionDraft;
import io.kadens.calibration.SessionStatus;
import io.kadens.frontend.EChart;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.Team;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calibration: HR admins set up sessions and the guideline; a session's page shows the distribution against the
 * guideline, the people with previews, manager's and final ratings side by side, the 9-box (every person a button
 * that opens the move form, so it works by keyboard; the people table says each person's box for screen readers),
 * the move log and the distribution by department or level. Employees never get here.
 */
@Route("calibration/:sessionId?")
@Menu(order = 12, title = "calibration.nav", icon = "vaadin:scale")
@RolesAllowed({Role.HR_ADMIN_NAME, Role.MANAGER_NAME})
class CalibrationView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient CalibrationSessions sessions;
    private final transient OrganisationStructure structure;
    private final transient TenantSettingsService settings;
    private final Div content = new Div();

    CalibrationView(CalibrationSessions sessions, OrganisationStructure structure, TenantSettingsService settings) {
        this.sessions = sessions;
        this.structure = structure;
        this.settings = settings;
        addClassName("k-page");
        add(new H1(getTranslation("calibration.heading")), content);
    }

    @Override
    public String titleKey() {
        return "calibration.nav";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!sessions.mayUseCalibration()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        content.removeAll();
        Optional<UUID> id = event.getRouteParameters().get("sessionId").flatMap(CalibrationView::uuid);
        if (id.isEmpty()) {
            content.add(new Overview());
            return;
        }
        try {
            content.add(new SessionPage(sessions.session(id.get())));
        } catch (ResourceNotFoundException | AccessDeniedException gone) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean hrAdmin() {
        return sessions.isHrAdmin();
    }

    private List<String> ratingLabels() {
        return settings.current().ratingLabels();
    }

    private String ratingText(Integer rating) {
        List<String> labels = ratingLabels();
        return rating == null ? getTranslation("calibration.none")
                : rating <= labels.size() ? rating + " " + labels.get(rating - 1) : String.valueOf(rating);
    }

    private String band(Integer band) {
        return band == null ? getTranslation("calibration.none") : getTranslation("calibration.band." + band);
    }

    private String box(CalibrationPerson p) {
        if (p.performance() == null || p.potential() == null) {
            return getTranslation("calibration.box.unplaced");
        }
        return getTranslation("calibration.box", band(p.performance()), band(p.potential()));
    }

    private String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of(settings.current().timeZone())).format(at);
    }

    private void errors(InvalidInputException e, FieldErrors fields) {
        fields.showOrToast(e.fieldErrors(), key -> getTranslation(key));
    }

    // ------------------------------------------------------------------ overview: sessions, guideline, set-up

    private final class Overview extends Div {

        Overview() {
            Grid<CalibrationSession> grid = new Grid<>();
            grid.setId("calibration-sessions");
            grid.setAllRowsVisible(true);
            grid.addColumn(CalibrationSession::name).setHeader(getTranslation("calibration.col.name")).setFlexGrow(3);
            grid.addColumn(s -> getTranslation("calibration.status." + s.status().name()))
                    .setHeader(getTranslation("calibration.col.status"));
            grid.addColumn(CalibrationSession::people).setHeader(getTranslation("calibration.col.people"));
            grid.addComponentColumn(this::openLink).setHeader(getTranslation("calibration.col.actions"));
            ResponsiveList<CalibrationSession> list = new ResponsiveList<>(grid, getTranslation("calibration.sessions"))
                    .cardTitle(CalibrationSession::name)
                    .cardFact("status", getTranslation("calibration.col.status"),
                            s -> getTranslation("calibration.status." + s.status().name()))
                    .cardFact("people", getTranslation("calibration.col.people"), CalibrationSession::people)
                    .cardActions(this::openLink);
            List<CalibrationSession> all = sessions.sessions();
            list.setItems(all);
            Div card = new Div(new H2(getTranslation("calibration.sessions")));
            card.addClassName("k-card");
            if (all.isEmpty()) {
                card.add(new Paragraph(getTranslation("calibration.sessions.empty")));
            }
            card.add(list);
            add(card);
            if (hrAdmin()) {
                Div setUpHost = new Div();
                Button create = new Button(getTranslation("calibration.new"), VaadinIcon.PLUS.create(), click -> {
                    setUpHost.removeAll();
                    setUpHost.add(new SetUp());
                });
                create.setId("calibration-new");
                card.addComponentAtIndex(1, create);
                add(setUpHost, new GuidelineEditor());
            }
        }

        private Component openLink(CalibrationSession s) {
            Anchor open = new Anchor("calibration/" + s.id(), getTranslation("calibration.open"));
            open.getElement().setAttribute("aria-label", getTranslation("calibration.open-named", s.name()));
            return open;
        }
    }

    private static String sharesText(List<Integer> shares) {
        return shares.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }

    /** "10/20/40/20/10" as numbers; anything unreadable becomes an invalid list the service refuses. */
    private static List<Integer> parseShares(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(text.split("[/,; ]+")).filter(s -> !s.isBlank()).map(s -> Integer.valueOf(s.strip()))
                    .toList();
        } catch (NumberFormatException e) {
            return List.of(-1);
        }
    }

    private final class GuidelineEditor extends Div {

        private Guideline current = sessions.guideline();
        private final TextField shares = new TextField(getTranslation("calibration.guideline.field"));

        GuidelineEditor() {
            addClassName("k-card");
            shares.setId("calibration-guideline");
            shares.setHelperText(getTranslation("calibration.guideline.help", ratingLabels().size()));
            shares.setValue(sharesText(current.shares()));
            FieldErrors fields = new FieldErrors().bind("shares", shares);
            Button save = new Button(getTranslation("calibration.guideline.save"), click -> {
                fields.clear();
                try {
                    current = sessions.updateGuideline(parseShares(shares.getValue()), current.version());
                    Toast.success(getTranslation("calibration.guideline.saved"));
                } catch (InvalidInputException e) {
                    errors(e, fields);
                } catch (ConcurrentEditException e) {
                    Toast.error(getTranslation("calibration.concurrent"));
                    current = sessions.guideline();
                    shares.setValue(sharesText(current.shares()));
                }
            });
            add(new H2(getTranslation("calibration.guideline.heading")), shares, save);
        }
    }

    private final class SetUp extends Div {

        SetUp() {
            addClassName("k-card");
            TextField name = new TextField(getTranslation("calibration.setup.name"));
            name.setId("calibration-name");
            name.setRequired(true);
            ComboBox<CalibrationSessions.Choice> cycle = new ComboBox<>(getTranslation("calibration.setup.cycle"));
            cycle.setId("calibration-cycle");
            cycle.setItems(sessions.cyclesToCalibrate());
            cycle.setItemLabelGenerator(CalibrationSessions.Choice::name);
            RadioButtonGroup<ScopeKind> kind = new RadioButtonGroup<>(getTranslation("calibration.setup.scope-kind"));
            kind.setItems(ScopeKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("calibration.scope." + k.name()));
            kind.setValue(ScopeKind.DEPARTMENTS);
            MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>(getTranslation("calibration.setup.departments"));
            departments.setId("calibration-departments");
            departments.setItems(structure.departments());
            departments.setItemLabelGenerator(Department::name);
            MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>(getTranslation("calibration.setup.teams"));
            teams.setItems(structure.teams());
            teams.setItemLabelGenerator(Team::name);
            MultiSelectComboBox<CalibrationSessions.Choice> listed =
                    new MultiSelectComboBox<>(getTranslation("calibration.setup.people"));
            listed.setItemLabelGenerator(CalibrationSessions.Choice::name);
            cycle.addValueChangeListener(e -> listed.setItems(e.getValue() == null ? List.of()
                    : sessions.participants(e.getValue().id())));
            List<CalibrationSessions.Choice> candidates = sessions.calibratorCandidates();
            ComboBox<CalibrationSessions.Choice> facilitator = new ComboBox<>(getTranslation("calibration.setup.facilitator"));
            facilitator.setId("calibration-facilitator");
            facilitator.setItems(candidates);
            facilitator.setItemLabelGenerator(CalibrationSessions.Choice::name);
            MultiSelectComboBox<CalibrationSessions.Choice> calibrators =
                    new MultiSelectComboBox<>(getTranslation("calibration.setup.calibrators"));
            calibrators.setId("calibration-calibrators");
            calibrators.setItems(candidates);
            calibrators.setItemLabelGenerator(CalibrationSessions.Choice::name);
            TextField guideline = new TextField(getTranslation("calibration.setup.guideline"));
            guideline.setHelperText(getTranslation("calibration.setup.guideline.help"));
            Runnable scopeShown = () -> {
                departments.setVisible(kind.getValue() == ScopeKind.DEPARTMENTS);
                teams.setVisible(kind.getValue() == ScopeKind.TEAMS);
                listed.setVisible(kind.getValue() == ScopeKind.LIST);
            };
            kind.addValueChangeListener(e -> scopeShown.run());
            scopeShown.run();
            FieldErrors fields = new FieldErrors().bindAll(Map.of("name", name, "cycleId", cycle,
                    "facilitatorId", facilitator, "calibratorIds", calibrators, "guideline", guideline));
            Button save = new Button(getTranslation("calibration.setup.save"), click -> {
                fields.clear();
                Set<UUID> scope = switch (kind.getValue()) {
                    case DEPARTMENTS -> departments.getValue().stream().map(Department::id).collect(Collectors.toSet());
                    case TEAMS -> teams.getValue().stream().map(Team::id).collect(Collectors.toSet());
                    case LIST -> listed.getValue().stream().map(CalibrationSessions.Choice::id).collect(Collectors.toSet());
                };
                try {
                    CalibrationSession created = sessions.create(new SessionDraft(
                            cycle.getValue() == null ? null : cycle.getValue().id(), name.getValue(), kind.getValue(),
                            scope, facilitator.getValue() == null ? null : facilitator.getValue().id(),
                            calibrators.getValue().stream().map(CalibrationSessions.Choice::id)
                                    .collect(Collectors.toCollection(LinkedHashSet::new)),
                            parseShares(guideline.getValue())));
                    Toast.success(getTranslation("calibration.setup.saved", created.name()));
                    getUI().ifPresent(ui -> ui.navigate("calibration/" + created.id()));
                } catch (InvalidInputException e) {
                    errors(e, fields);
                }
            });
            save.setId("calibration-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // Laid out in columns of full-width fields: side by side at their default width the longer labels and
            // the chosen cycle's name were cut off, and the create button stood among the fields.
            FormLayout form = new FormLayout(name, cycle, kind, departments, teams, listed, facilitator, calibrators,
                    guideline);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
            form.setColspan(kind, 2);
            add(new H2(getTranslation("calibration.setup.heading")), form, new Div(save));
        }
    }

    // ------------------------------------------------------------------ one session

    private final class SessionPage extends Div {

        private CalibrationSession session;
        private final boolean runsMeeting;
        private final boolean calibrates;
        private final boolean member;
        private final Div body = new Div();
        private CalibrationSessions.Filter filter = CalibrationSessions.Filter.NONE;

        SessionPage(CalibrationSession session) {
            this.session = session;
            this.runsMeeting = sessions.runsMeeting(session.id());
            this.calibrates = sessions.calibrates(session.id());
            this.member = sessions.isMember(session.id());
            add(body);
            render();
        }

        private void render() {
            body.removeAll();
            Anchor back = new Anchor("calibration", getTranslation("calibration.back"));
            Div head = new Div(back, new H2(session.name()), new Paragraph(getTranslation("calibration.session.facts",
                    getTranslation("calibration.status." + session.status().name()), session.facilitatorName(),
                    String.join(", ", session.calibrators().values()), session.people())));
            head.addClassName("k-card");
            body.add(head);
            if (session.status() == SessionStatus.PREVIEW) {
                head.add(new Paragraph(getTranslation(calibrates ? "calibration.preview.explain"
                        : "calibration.preview.explain-other")));
            }
            if (runsMeeting && session.status() != SessionStatus.FINISHED) {
                boolean opening = session.status() == SessionStatus.PREVIEW;
                Button step = new Button(getTranslation(opening ? "calibration.open-meeting" : "calibration.finish"), click -> {
                    try {
                        session = opening ? sessions.open(session.id(), session.version())
                                : sessions.finish(session.id(), session.version());
                        Toast.success(getTranslation(opening ? "calibration.opened" : "calibration.finished"));
                    } catch (ConcurrentEditException e) {
                        Toast.error(getTranslation("calibration.concurrent"));
                        session = sessions.session(session.id());
                    } catch (InvalidInputException e) {
                        Toast.error(FieldErrors.joined(e.fieldErrors(), key -> getTranslation(key)));
                        session = sessions.session(session.id());
                    }
                    render();
                });
                step.setId(opening ? "calibration-open-meeting" : "calibration-finish");
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                head.add(step);
            }
            List<CalibrationPerson> people = sessions.people(session.id(), filter);
            if (member) {
                body.add(distribution());
            }
            body.add(filters(), peopleTable(people),
                    new EvidenceDetails(sessions, session.id(), people, CalibrationView.this::ratingText, this::previewsText));
            if (member) {
                body.add(nineBox(people), moveLog(), groups());
            }
        }

        private Component distribution() {
            Distribution d = sessions.distribution(session.id());
            Div card = new Div(new H3(getTranslation("calibration.distribution")));
            card.addClassName("k-card");
            List<String> labels = d.bars().stream().map(b -> b.rating() + " " + b.label()).toList();
            EChart chart = new EChart(getTranslation("calibration.distribution.chart"));
            chart.setHeight("16rem");
            chart.setOption(JSON.writeValueAsString(Map.of(
                    "grid", Map.of("left", 8, "right", 8, "top", 32, "bottom", 8, "containLabel", true),
                    "legend", Map.of("top", 0),
                    "tooltip", Map.of("trigger", "axis"),
                    "xAxis", Map.of("type", "category", "data", labels),
                    "yAxis", Map.of("type", "value", "minInterval", 1),
                    "series", List.of(
                            Map.of("name", getTranslation("calibration.distribution.actual"), "type", "bar",
                                    "data", d.bars().stream().map(Distribution.Bar::count).toList(),
                                    "itemStyle", Map.of("color", "#2f6f5e")),
                            Map.of("name", getTranslation("calibration.distribution.expected"), "type", "bar",
                                    "data", d.bars().stream().map(Distribution.Bar::expected).toList(),
                                    "itemStyle", Map.of("color", "#a9c6bd"))))));
            NativeTable table = new NativeTable();
            table.addClassName("k-sr-only");
            NativeTableHeader header = new NativeTableHeader();
            header.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("calibration.col.rating")),
                    new NativeTableHeaderCell(getTranslation("calibration.distribution.actual")),
                    new NativeTableHeaderCell(getTranslation("calibration.distribution.share")),
                    new NativeTableHeaderCell(getTranslation("calibration.distribution.guideline"))));
            NativeTableBody rows = new NativeTableBody();
            java.text.NumberFormat percent = java.text.NumberFormat.getNumberInstance(getLocale());
            for (int i = 0; i < d.bars().size(); i++) {
                Distribution.Bar bar = d.bars().get(i);
                rows.add(new NativeTableRow(new NativeTableCell(labels.get(i)), new NativeTableCell(String.valueOf(bar.count())),
                        new NativeTableCell(percent.format(bar.share()) + " %"),
                        new NativeTableCell(bar.guidelineShare() + " % (" + bar.expected() + ")")));
            }
            table.add(header, rows);
            card.add(chart, table, new Paragraph(getTranslation("calibration.distribution.summary", d.rated(), d.unrated(),
                    sharesText(session.guideline()))));
            return card;
        }

        private Component filters() {
            Select<String> department = new Select<>();
            department.setLabel(getTranslation("calibration.filter.department"));
            department.setId("calibration-filter-department");
            Map<String, UUID> departments = new java.util.TreeMap<>();
            structure.departments().forEach(d -> departments.put(d.name(), d.id()));
            List<String> options = new ArrayList<>();
            options.add("");
            options.addAll(departments.keySet());
            department.setItems(options);
            department.setItemLabelGenerator(n -> n.isEmpty() ? getTranslation("calibration.filter.any") : n);
            department.setValue(filter.departmentId() == null ? "" : departments.entrySet().stream()
                    .filter(e -> e.getValue().equals(filter.departmentId())).map(Map.Entry::getKey).findFirst().orElse(""));
            Checkbox uncalibrated = new Checkbox(getTranslation("calibration.filter.uncalibrated"));
            uncalibrated.setValue(Boolean.FALSE.equals(filter.calibrated()));
            Button apply = new Button(getTranslation("calibration.filter.apply"), click -> {
                filter = new CalibrationSessions.Filter(department.getValue().isEmpty() ? null
                        : departments.get(department.getValue()), null, null, uncalibrated.getValue() ? false : null);
                render();
            });
            HorizontalLayout row = new HorizontalLayout(department, uncalibrated, apply);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            return row;
        }

        private String previewsText(CalibrationPerson p) {
            if (p.previews().isEmpty()) {
                return getTranslation("calibration.none");
            }
            return p.previews().stream().map(v -> getTranslation("calibration.preview.item", v.calibratorName(),
                    v.rating())).collect(Collectors.joining(", "));
        }

        private Component peopleTable(List<CalibrationPerson> people) {
            Grid<CalibrationPerson> grid = new Grid<>();
            grid.setId("calibration-people");
            grid.setAllRowsVisible(true);
            grid.addColumn(CalibrationPerson::name).setHeader(getTranslation("calibration.col.person")).setFlexGrow(2);
            grid.addColumn(CalibrationPerson::managerName).setHeader(getTranslation("calibration.col.manager"));
            grid.addColumn(this::previewsText).setHeader(getTranslation("calibration.col.previews")).setFlexGrow(2);
            grid.addColumn(p -> ratingText(p.managerRating())).setHeader(getTranslation("calibration.col.manager-rating"));
            grid.addColumn(p -> ratingText(p.finalRating())).setHeader(getTranslation("calibration.col.final-rating"));
            grid.addColumn(CalibrationView.this::box).setHeader(getTranslation("calibration.col.box")).setFlexGrow(2);
            grid.addComponentColumn(this::actions).setHeader(getTranslation("calibration.col.actions"));
            ResponsiveList<CalibrationPerson> list = new ResponsiveList<>(grid, getTranslation("calibration.people"))
                    .cardTitle(CalibrationPerson::name)
                    .cardFact("previews", getTranslation("calibration.col.previews"), this::previewsText)
                    .cardFact("manager", getTranslation("calibration.col.manager-rating"), p -> ratingText(p.managerRating()))
                    .cardFact("final", getTranslation("calibration.col.final-rating"), p -> ratingText(p.finalRating()))
                    .cardFact("box", getTranslation("calibration.col.box"), CalibrationView.this::box)
                    .cardActions(this::actions);
            list.setItems(people);
            Div card = new Div(new H3(getTranslation("calibration.people")), list);
            card.addClassName("k-card");
            if (people.isEmpty()) {
                card.add(new Paragraph(getTranslation("calibration.people.empty")));
            }
            return card;
        }

        private Component actions(CalibrationPerson p) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setSpacing(false);
            if (calibrates && session.status() == SessionStatus.PREVIEW) {
                Button preview = new Button(getTranslation("calibration.preview.record"), click -> previewDialog(p));
                preview.getElement().setAttribute("aria-label", getTranslation("calibration.preview.record-named", p.name()));
                preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(preview);
            }
            if (runsMeeting && session.status() == SessionStatus.MEETING) {
                Button move = new Button(getTranslation("calibration.move"), click -> moveDialog(p, null));
                move.getElement().setAttribute("aria-label", getTranslation("calibration.move-named", p.name()));
                move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(move);
            }
            return actions;
        }

        private Select<Integer> ratingSelect(Integer value) {
            Select<Integer> rating = new Select<>();
            rating.setLabel(getTranslation("calibration.col.rating"));
            rating.setItems(IntStream.rangeClosed(1, ratingLabels().size()).boxed().toList());
            rating.setItemLabelGenerator(CalibrationView.this::ratingText);
            rating.setValue(value);
            return rating;
        }

        private Select<Integer> potentialSelect(Integer value, boolean optional) {
            Select<Integer> potential = new Select<>();
            potential.setLabel(getTranslation("calibration.potential"));
            List<Integer> values = new ArrayList<>(List.of(1, 2, 3));
            potential.setItems(values);
            potential.setItemLabelGenerator(CalibrationView.this::band);
            potential.setEmptySelectionAllowed(optional);
            potential.setEmptySelectionCaption(getTranslation("calibration.none"));
            potential.setValue(value);
            return potential;
        }

        private void previewDialog(CalibrationPerson p) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("calibration.preview.heading", p.name()));
            Optional<Preview> mine = p.previews().stream().findFirst();
            Select<Integer> rating = ratingSelect(mine.map(Preview::rating).orElse(null));
            rating.setId("calibration-preview-rating");
            Select<Integer> potential = potentialSelect(mine.map(Preview::potential).orElse(null), true);
            potential.setId("calibration-preview-potential");
            FieldErrors fields = new FieldErrors().bind("rating", rating).bind("potential", potential);
            Button save = new Button(getTranslation("calibration.preview.save"), click -> {
                fields.clear();
                try {
                    sessions.recordPreview(session.id(), p.personId(), rating.getValue(), potential.getValue());
                    Toast.success(getTranslation("calibration.preview.saved", p.name()));
                    dialog.close();
                    render();
                } catch (InvalidInputException e) {
                    errors(e, fields);
                }
            });
            save.setId("calibration-preview-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Paragraph(getTranslation("calibration.preview.private")), rating, potential);
            dialog.getFooter().add(new Button(getTranslation("calibration.cancel"), click -> dialog.close()), save);
            dialog.open();
            rating.focus();
        }

        /** The move form: target box by performance band and potential, the rating inside the band, and the reason. */
        private void moveDialog(CalibrationPerson p, int[] targetBox) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("calibration.move.heading", p.name()));
            int points = ratingLabels().size();
            Integer rating0 = targetBox == null ? p.finalRating()
                    : Integer.valueOf(NineBox.ratingFor(targetBox[0], p.finalRating(), points));
            Integer potential0 = targetBox == null ? p.potential() : Integer.valueOf(targetBox[1]);
            Select<Integer> rating = ratingSelect(rating0);
            rating.setId("calibration-move-rating");
            Select<Integer> potential = potentialSelect(potential0, false);
            potential.setId("calibration-move-potential");
            TextArea reason = new TextArea(getTranslation("calibration.move.reason"));
            reason.setId("calibration-move-reason");
            reason.setRequired(true);
            reason.setMaxLength(CalibrationSessions.MAX_REASON);
            reason.setWidthFull();
            FieldErrors fields = new FieldErrors().bind("rating", rating).bind("potential", potential).bind("reason", reason);
            Button save = new Button(getTranslation("calibration.move.save"), click -> {
                fields.clear();
                try {
                    CalibrationPerson moved = sessions.move(session.id(), p.personId(), rating.getValue(),
                            potential.getValue(), reason.getValue(), p.outcomeVersion());
                    Toast.success(getTranslation("calibration.moved", moved.name(), box(moved)));
                    dialog.close();
                    render();
                } catch (InvalidInputException e) {
                    errors(e, fields);
                } catch (CalibrationConflictException e) {
                    // the reason stays in the form; the grid behind shows where the person stands now
                    Toast.error(getTranslation("calibration.move.conflict", p.name()));
                    dialog.close();
                    render();
                }
            });
            save.setId("calibration-move-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Paragraph(getTranslation("calibration.move.now", ratingText(p.managerRating()),
                    ratingText(p.finalRating()), box(p), previewsText(p))), rating, potential, reason);
            dialog.getFooter().add(new Button(getTranslation("calibration.cancel"), click -> dialog.close()), save);
            dialog.open();
            reason.focus();
        }

        /** The 9-box: high potential on top, high performance on the right; each person is a button. */
        private Component nineBox(List<CalibrationPerson> people) {
            Div card = new Div(new H3(getTranslation("calibration.ninebox")));
            card.addClassName("k-card");
            card.add(new Paragraph(getTranslation(runsMeeting && session.status() == SessionStatus.MEETING
                    ? "calibration.ninebox.explain-move" : "calibration.ninebox.explain")));
            Div grid = new Div();
            grid.setId("calibration-ninebox");
            grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(3, minmax(0, 1fr))")
                    .set("gap", "0.5rem");
            for (int potential = 3; potential >= 1; potential--) {
                for (int performance = 1; performance <= 3; performance++) {
                    int perf = performance;
                    int pot = potential;
                    Div cell = new Div();
                    cell.getElement().setAttribute("role", "group");
                    String title = getTranslation("calibration.box", band(perf), band(pot));
                    cell.getElement().setAttribute("aria-label", title);
                    cell.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "6px")
                            .set("padding", "0.5rem").set("min-height", "5rem");
                    Span heading = new Span(title);
                    heading.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                            .set("color", "var(--lumo-secondary-text-color)");
                    cell.add(heading);
                    people.stream().filter(p -> Integer.valueOf(perf).equals(p.performance())
                                    && Integer.valueOf(pot).equals(p.potential()))
                            .forEach(p -> cell.add(personChip(p)));
                    grid.add(cell);
                }
            }
            card.add(grid);
            List<CalibrationPerson> unplaced = people.stream().filter(p -> p.performance() == null || p.potential() == null)
                    .toList();
            if (!unplaced.isEmpty()) {
                Div waiting = new Div(new Span(getTranslation("calibration.box.unplaced")));
                unplaced.forEach(p -> waiting.add(personChip(p)));
                card.add(waiting);
            }
            return card;
        }

        private Component personChip(CalibrationPerson p) {
            Button chip = new Button(p.name());
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
            chip.getElement().setAttribute("aria-label", getTranslation("calibration.chip", p.name(), box(p)));
            if (runsMeeting && session.status() == SessionStatus.MEETING) {
                chip.addClickListener(click -> moveDialog(p, null));
            } else {
                chip.addClickListener(click -> evidenceDialog(p));
            }
            return chip;
        }

        private void evidenceDialog(CalibrationPerson p) {
            var evidence = sessions.evidence(session.id(), p.personId());
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("calibration.evidence.heading", p.name()));
            CalibrationPerson e = evidence.person();
            dialog.add(new Paragraph(getTranslation("calibration.move.now", ratingText(e.managerRating()),
                    ratingText(e.finalRating()), box(e), previewsText(e))));
            evidence.moves().forEach(m -> dialog.add(new Paragraph(moveText(m))));
            dialog.getFooter().add(new Button(getTranslation("calibration.close"), click -> dialog.close()));
            dialog.open();
        }

        private String moveText(CalibrationMove m) {
            return getTranslation("calibration.log.item", when(m.movedAt()), m.movedByName(), m.employeeName(),
                    ratingText(m.fromRating()), ratingText(m.toRating()), band(m.toPotential()), m.reason());
        }

        private Component moveLog() {
            Div card = new Div(new H3(getTranslation("calibration.log")));
            card.addClassName("k-card");
            List<CalibrationMove> moves = sessions.moves(session.id());
            if (moves.isEmpty()) {
                card.add(new Paragraph(getTranslation("calibration.log.empty")));
            }
            com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
            list.setId("calibration-log");
            moves.forEach(m -> list.add(new com.vaadin.flow.component.html.ListItem(moveText(m))));
            card.add(list);
            return card;
        }

        private Component groups() {
            Div card = new Div(new H3(getTranslation("calibration.groups")));
            card.addClassName("k-card");
            Select<GroupDistribution.Dimension> dimension = new Select<>();
            dimension.setLabel(getTranslation("calibration.groups.dimension"));
            dimension.setItems(GroupDistribution.Dimension.values());
            dimension.setItemLabelGenerator(d -> getTranslation("calibration.groups." + d.name()));
            dimension.setValue(GroupDistribution.Dimension.DEPARTMENT);
            Div table = new Div();
            Runnable show = () -> {
                table.removeAll();
                GroupDistribution groups = sessions.groups(session.id(), dimension.getValue(), filter.departmentId());
                NativeTable t = new NativeTable();
                NativeTableHeader header = new NativeTableHeader();
                NativeTableRow headRow = new NativeTableRow(new NativeTableHeaderCell(getTranslation("calibration.groups.group")),
                        new NativeTableHeaderCell(getTranslation("calibration.col.people")));
                ratingLabels().forEach(l -> headRow.add(new NativeTableHeaderCell(l)));
                header.add(headRow);
                NativeTableBody rows = new NativeTableBody();
                for (GroupDistribution.Group g : groups.groups()) {
                    NativeTableRow row = new NativeTableRow(new NativeTableCell(g.name()),
                            new NativeTableCell(String.valueOf(g.people())));
                    g.counts().forEach(count -> row.add(new NativeTableCell(String.valueOf(count))));
                    rows.add(row);
                }
                t.add(header, rows);
                table.add(t, new Paragraph(getTranslation("calibration.groups.note", groups.threshold(),
                        groups.hiddenGroups())));
            };
            dimension.addValueChangeListener(e -> show.run());
            show.run();
            card.add(new Paragraph(getTranslation("calibration.groups.gender")), dimension, table);
            return card;
        }
    }
}
