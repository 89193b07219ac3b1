package io.kadens.reviews.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleService;
import io.kadens.people.Team;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.CycleDraft;
import io.kadens.reviews.CycleKind;
import io.kadens.reviews.CycleParticipant;
import io.kadens.reviews.CyclePhase;
import io.kadens.reviews.CycleStatus;
import io.kadens.reviews.ParticipantSelection;
import io.kadens.reviews.ReviewCycle;
import io.kadens.reviews.ReviewCycles;
import io.kadens.reviews.ReviewTemplate;
import io.kadens.settings.TenantSettingsService;
import io.kadens.reviews.ReviewTemplates;
import io.kadens.reviews.UnfinishedReview;
import io.kadens.reviews.UnfinishedReviewsException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Review cycles for HR admins: the list with progress, setting up a cycle (kind, template, window, a deadline
 * per phase, participants by department, team or list), and running it: launch, pause, resume, extend a
 * deadline, close (listing unfinished reviews first), add joiners and remove leavers.
 */
@Route("admin/review-cycles")
@Menu(order = 39, title = "reviews.cycles.nav", icon = "vaadin:calendar-clock")
@RolesAllowed(Role.HR_ADMIN_NAME)
class ReviewCyclesView extends Main implements PageTitles.Translated {

    private static final int UNFINISHED_SHOWN = 20;

    private final transient ReviewCycles cycles;
    private final transient ReviewTemplates templates;
    private final transient OrganisationStructure structure;
    private final transient PeopleService people;
    private final transient TenantSettingsService settings;
    private final Grid<ReviewCycle> list = new Grid<>();
    private ResponsiveList<ReviewCycle> cards;
    private final Div detailHost = new Div();

    ReviewCyclesView(ReviewCycles cycles, ReviewTemplates templates, OrganisationStructure structure, PeopleService people,
                     TenantSettingsService settings) {
        this.cycles = cycles;
        this.settings = settings;
        this.templates = templates;
        this.structure = structure;
        this.people = people;
        addClassName("k-page");
        add(new H1(getTranslation("reviews.cycles.heading")));
        Button create = new Button(getTranslation("reviews.cycles.new"), VaadinIcon.PLUS.create(), click -> {
            detailHost.removeAll();
            detailHost.add(new SetUp(null));
        });
        create.setId("reviews-cycle-new");
        list.setId("reviews-cycles");
        list.setAllRowsVisible(true);
        list.addColumn(ReviewCycle::name).setHeader(getTranslation("reviews.cycles.col.name")).setFlexGrow(3);
        list.addColumn(c -> getTranslation("reviews.cycle.kind." + c.kind().name()))
                .setHeader(getTranslation("reviews.cycles.col.kind"));
        list.addColumn(c -> getTranslation("reviews.cycle.status." + c.status().name()))
                .setHeader(getTranslation("reviews.cycles.col.status"));
        list.addColumn(c -> c.progress().participants()).setHeader(getTranslation("reviews.cycles.col.participants"));
        list.addColumn(c -> getTranslation("reviews.cycles.submitted-of", c.progress().submitted(), c.progress().reviews()))
                .setHeader(getTranslation("reviews.cycles.col.submitted"));
        list.addComponentColumn(this::openButton).setHeader(getTranslation("reviews.admin.col.actions"));
        // On a phone: a card per cycle with its status and how many reviews are in.
        cards = new ResponsiveList<>(list, getTranslation("reviews.cycles.list"))
                .cardTitle(ReviewCycle::name)
                .cardFact("status", getTranslation("reviews.cycles.col.status"),
                        c -> getTranslation("reviews.cycle.status." + c.status().name()))
                .cardFact("submitted", getTranslation("reviews.cycles.col.submitted"),
                        c -> getTranslation("reviews.cycles.submitted-of", c.progress().submitted(), c.progress().reviews()))
                .cardActions(this::openButton);
        Div card = new Div(new H2(getTranslation("reviews.cycles.list")), create, cards);
        card.addClassName("k-card");
        add(card, detailHost);
        refresh();
    }

    private void refresh() {
        cards.setItems(cycles.cycles());
    }

    private Button openButton(ReviewCycle c) {
        Button open = new Button(getTranslation("reviews.cycles.open"), click -> show(c));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.getElement().setAttribute("aria-label", getTranslation("reviews.cycles.open-named", c.name()));
        return open;
    }

    private void show(ReviewCycle cycle) {
        detailHost.removeAll();
        detailHost.add(cycle.status() == CycleStatus.DRAFT ? new SetUp(cycle) : new Running(cycle));
    }

    /** Today in the organisation's time zone: a new cycle's window ends on the organisation's day, not the server's. */
    private LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    /** Runs a change; a refusal or a stale version is told, and the page shows the cycle as it now is. */
    private void change(ReviewCycle cycle, Supplier<ReviewCycle> action, String doneKey) {
        try {
            ReviewCycle changed = action.get();
            Toast.success(getTranslation(doneKey));
            refresh();
            show(changed);
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), key -> getTranslation(key)));
        } catch (ConcurrentEditException stale) {
            Toast.error(getTranslation("reviews.cycles.stale"));
            refresh();
            cycles.cycle(cycle.id()).ifPresent(this::show);
        }
    }

    // ------------------------------------------------------------------ setting up a draft

    private final class SetUp extends Div {

        private final ReviewCycle cycle;
        private final TextField name = new TextField(getTranslation("reviews.cycles.name"));
        private final Select<CycleKind> kind = new Select<>();
        private final Select<ReviewTemplate> template = new Select<>();
        private final DatePicker windowStart = new DatePicker(getTranslation("reviews.cycles.window-start"));
        private final DatePicker windowEnd = new DatePicker(getTranslation("reviews.cycles.window-end"));
        private final IntegerField peerCap = new IntegerField(getTranslation("reviews.cycles.peer-cap"));
        private final Map<CyclePhase, DatePicker> deadlines = new EnumMap<>(CyclePhase.class);
        private final MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>(getTranslation("reviews.cycles.departments"));
        private final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>(getTranslation("reviews.cycles.teams"));
        private final MultiSelectComboBox<DirectoryEntry> persons = new MultiSelectComboBox<>(getTranslation("reviews.cycles.people"));
        private final Paragraph formError = new Paragraph();
        private final FieldErrors fieldErrors = new FieldErrors().focusingFirstInvalid();

        SetUp(ReviewCycle cycle) {
            this.cycle = cycle;
            addClassName("k-card");
            setId("reviews-cycle-setup");
            add(new H2(getTranslation(cycle == null ? "reviews.cycles.new" : "reviews.cycles.setup-heading")));
            List<ReviewTemplate> usable = templates.templates().stream().filter(t -> !t.archived()).toList();
            if (usable.isEmpty()) {
                add(new Paragraph(getTranslation("reviews.cycles.no-templates")));
                return;
            }
            name.setId("reviews-cycle-name");
            name.setMaxLength(ReviewCycles.MAX_NAME);
            name.setRequiredIndicatorVisible(true);
            kind.setLabel(getTranslation("reviews.cycles.kind"));
            kind.setItems(CycleKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("reviews.cycle.kind." + k.name()));
            template.setLabel(getTranslation("reviews.cycles.template"));
            template.setItems(usable);
            template.setItemLabelGenerator(t -> t.current().name(getLocale()));
            peerCap.setMin(0);
            peerCap.setMax(ReviewCycles.MAX_PEER_CAP);
            peerCap.setStepButtonsVisible(true);
            peerCap.setHelperText(getTranslation("reviews.cycles.peer-cap-help"));
            for (CyclePhase phase : CyclePhase.values()) {
                DatePicker picker = new DatePicker(getTranslation("reviews.phase." + phase.name()));
                picker.setId("reviews-cycle-deadline-" + phase.name());
                deadlines.put(phase, picker);
            }
            departments.setItems(structure.departments());
            departments.setItemLabelGenerator(Department::name);
            teams.setItems(structure.teams());
            teams.setItemLabelGenerator(Team::name);
            persons.setItems(people.search(""));
            persons.setItemLabelGenerator(DirectoryEntry::fullName);
            kind.setId("reviews-cycle-kind");
            template.setId("reviews-cycle-template");
            departments.setId("reviews-cycle-departments");
            teams.setId("reviews-cycle-teams");
            persons.setId("reviews-cycle-people");
            for (MultiSelectComboBox<?> box : List.of(departments, teams, persons)) {
                box.setWidth("min(100%, 420px)");
            }
            CycleDraft start = cycle == null
                    ? ReviewCycles.defaultDraft(CycleKind.SEMI_ANNUAL, usable.getFirst().id(), today())
                    : new CycleDraft(cycle.name(), cycle.kind(), cycle.templateId(), cycle.windowStart(), cycle.windowEnd(),
                    cycle.peerCap(), cycle.deadlines(), cycle.selection());
            load(start, usable);
            if (cycle == null) {
                // a new cycle follows its kind: the window and deadlines change with it until saved
                kind.addValueChangeListener(change -> {
                    if (change.isFromClient() && change.getValue() != null) {
                        CycleDraft defaults = ReviewCycles.defaultDraft(change.getValue(), null, today());
                        windowStart.setValue(defaults.windowStart());
                        windowEnd.setValue(defaults.windowEnd());
                    }
                });
            }
            formError.setId("reviews-cycle-error");
            formError.getElement().setAttribute("role", "alert");
            formError.getStyle().set("color", "var(--lumo-error-text-color)");
            Button save = new Button(getTranslation("reviews.cycles.save-draft"), click -> save());
            save.setId("reviews-cycle-save");
            HorizontalLayout actions = new HorizontalLayout(save);
            if (cycle != null) {
                Button launch = new Button(getTranslation("reviews.cycles.launch"), click -> launch());
                launch.setId("reviews-cycle-launch");
                launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(launch);
            } else {
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            HorizontalLayout basics = new HorizontalLayout(name, kind, template, peerCap);
            HorizontalLayout window = new HorizontalLayout(windowStart, windowEnd);
            HorizontalLayout phases = new HorizontalLayout();
            deadlines.values().forEach(phases::add);
            for (HorizontalLayout line : List.of(basics, window, phases)) {
                line.setWrap(true);
                line.setAlignItems(FlexComponent.Alignment.BASELINE);
            }
            add(basics, new H3(getTranslation("reviews.cycles.window")), window,
                    new H3(getTranslation("reviews.cycles.deadlines")), phases,
                    new H3(getTranslation("reviews.cycles.participants")),
                    new Paragraph(getTranslation("reviews.cycles.participants-help")), departments, teams, persons,
                    formError, actions);
        }

        private void load(CycleDraft draft, List<ReviewTemplate> usable) {
            name.setValue(draft.name());
            kind.setValue(draft.kind());
            usable.stream().filter(t -> t.id().equals(draft.templateId())).findFirst().ifPresent(template::setValue);
            windowStart.setValue(draft.windowStart());
            windowEnd.setValue(draft.windowEnd());
            peerCap.setValue(draft.peerCap());
            draft.deadlines().forEach((phase, date) -> deadlines.get(phase).setValue(date));
            Set<java.util.UUID> departmentIds = draft.selection().departmentIds();
            departments.setValue(structure.departments().stream().filter(d -> departmentIds.contains(d.id()))
                    .collect(Collectors.toSet()));
            Set<java.util.UUID> teamIds = draft.selection().teamIds();
            teams.setValue(structure.teams().stream().filter(t -> teamIds.contains(t.id())).collect(Collectors.toSet()));
            Set<java.util.UUID> personIds = draft.selection().personIds();
            persons.setValue(people.search("").stream().filter(p -> personIds.contains(p.id())).collect(Collectors.toSet()));
        }

        private CycleDraft draft() {
            Map<CyclePhase, LocalDate> dates = new EnumMap<>(CyclePhase.class);
            deadlines.forEach((phase, picker) -> {
                if (picker.getValue() != null) {
                    dates.put(phase, picker.getValue());
                }
            });
            return new CycleDraft(name.getValue(), kind.getValue(),
                    template.getValue() == null ? null : template.getValue().id(), windowStart.getValue(),
                    windowEnd.getValue(), peerCap.getValue(), dates, new ParticipantSelection(
                    departments.getValue().stream().map(Department::id).collect(Collectors.toSet()),
                    teams.getValue().stream().map(Team::id).collect(Collectors.toSet()),
                    persons.getValue().stream().map(DirectoryEntry::id).collect(Collectors.toSet())));
        }

        private Map<String, HasValidation> bindings() {
            Map<String, HasValidation> byName = new HashMap<>();
            byName.put("name", name);
            byName.put("kind", kind);
            byName.put("templateId", template);
            byName.put("windowStart", windowStart);
            byName.put("windowEnd", windowEnd);
            byName.put("peerCap", peerCap);
            byName.put("selection", departments);
            deadlines.forEach((phase, picker) -> byName.put("deadlines." + phase.name(), picker));
            return byName;
        }

        private void save() {
            formError.setText("");
            fieldErrors.bindAll(bindings());
            try {
                ReviewCycle saved = cycle == null ? cycles.create(draft()) : cycles.update(cycle.id(), draft(), cycle.version());
                Toast.success(getTranslation("reviews.cycles.saved"));
                refresh();
                show(saved);
            } catch (InvalidInputException refused) {
                fieldErrors.show(refused.fieldErrors(), key -> getTranslation(key), formError::setText);
            } catch (ConcurrentEditException stale) {
                formError.setText(getTranslation("reviews.cycles.stale"));
            }
        }

        private void launch() {
            fieldErrors.bindAll(bindings());
            try {
                ReviewCycle launched = cycles.launch(cycle.id(), cycle.version());
                Toast.success(getTranslation("reviews.cycles.launched", launched.progress().participants()));
                refresh();
                show(launched);
            } catch (InvalidInputException refused) {
                fieldErrors.show(refused.fieldErrors(), key -> getTranslation(key), formError::setText);
            } catch (ConcurrentEditException stale) {
                formError.setText(getTranslation("reviews.cycles.stale"));
            }
        }
    }

    // ------------------------------------------------------------------ a launched cycle

    private final class Running extends Div {

        Running(ReviewCycle cycle) {
            addClassName("k-card");
            setId("reviews-cycle-running");
            add(new H2(cycle.name()));
            Paragraph facts = new Paragraph(getTranslation("reviews.cycles.facts",
                    getTranslation("reviews.cycle.kind." + cycle.kind().name()),
                    getTranslation("reviews.cycle.status." + cycle.status().name()), date(cycle.windowStart()),
                    date(cycle.windowEnd()), cycle.templateVersion()));
            facts.setId("reviews-cycle-facts");
            UnorderedList phases = new UnorderedList();
            for (CyclePhase phase : CyclePhase.values()) {
                phases.add(new ListItem(getTranslation("reviews.phase." + phase.name()) + ": "
                        + date(cycle.deadlines().get(phase))));
            }
            phases.getElement().setAttribute("aria-label", getTranslation("reviews.cycles.deadlines"));
            add(facts, new H3(getTranslation("reviews.cycles.deadlines")), phases);
            if (cycle.status() == CycleStatus.CLOSED) {
                add(participants(cycle, false));
                return;
            }
            Button pause = cycle.status() == CycleStatus.ACTIVE
                    ? new Button(getTranslation("reviews.cycles.pause"),
                    click -> change(cycle, () -> cycles.pause(cycle.id(), cycle.version()), "reviews.cycles.paused"))
                    : new Button(getTranslation("reviews.cycles.resume"),
                    click -> change(cycle, () -> cycles.resume(cycle.id(), cycle.version()), "reviews.cycles.resumed"));
            pause.setId("reviews-cycle-pause");
            Button close = new Button(getTranslation("reviews.cycles.close"), click -> close(cycle));
            close.setId("reviews-cycle-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button leavers = new Button(getTranslation("reviews.cycles.remove-leavers"), click -> {
                int removed = cycles.removeLeavers(cycle.id());
                Toast.success(getTranslation("reviews.cycles.leavers-removed", removed));
                refresh();
                cycles.cycle(cycle.id()).ifPresent(ReviewCyclesView.this::show);
            });
            Select<CyclePhase> phase = new Select<>();
            phase.setLabel(getTranslation("reviews.cycles.phase"));
            phase.setItems(CyclePhase.values());
            phase.setItemLabelGenerator(p -> getTranslation("reviews.phase." + p.name()));
            phase.setValue(CyclePhase.SELF_REVIEW);
            DatePicker newDeadline = new DatePicker(getTranslation("reviews.cycles.new-deadline"));
            newDeadline.setId("reviews-cycle-new-deadline");
            Button extend = new Button(getTranslation("reviews.cycles.extend"), click -> change(cycle,
                    () -> cycles.extendDeadline(cycle.id(), phase.getValue(), newDeadline.getValue(), cycle.version()),
                    "reviews.cycles.extended"));
            extend.setId("reviews-cycle-extend");
            HorizontalLayout extendLine = new HorizontalLayout(phase, newDeadline, extend);
            extendLine.setAlignItems(FlexComponent.Alignment.BASELINE);
            extendLine.setWrap(true);
            extendLine.getElement().setAttribute("role", "group");
            extendLine.getElement().setAttribute("aria-label", getTranslation("reviews.cycles.extend"));
            add(new HorizontalLayout(pause, leavers, close), new H3(getTranslation("reviews.cycles.extend")), extendLine,
                    participants(cycle, true));
        }

        private void close(ReviewCycle cycle) {
            try {
                ReviewCycle closed = cycles.close(cycle.id(), cycle.version(), false);
                Toast.success(getTranslation("reviews.cycles.closed"));
                refresh();
                show(closed);
            } catch (UnfinishedReviewsException unfinished) {
                UnorderedList items = new UnorderedList();
                unfinished.unfinished().stream().limit(UNFINISHED_SHOWN).forEach((UnfinishedReview r) -> items.add(new ListItem(
                        getTranslation("reviews.cycles.unfinished-item", r.subjectName(),
                                getTranslation("reviews.form." + r.form().name()), r.authorName()))));
                Div text = new Div(new Paragraph(getTranslation("reviews.cycle.close.unfinished", unfinished.unfinished().size())),
                        items);
                text.setId("reviews-cycle-unfinished");
                if (unfinished.unfinished().size() > UNFINISHED_SHOWN) {
                    text.add(new Paragraph(getTranslation("reviews.cycles.unfinished-more",
                            unfinished.unfinished().size() - UNFINISHED_SHOWN)));
                }
                ConfirmDialog confirm = new ConfirmDialog();
                confirm.setHeader(getTranslation("reviews.cycles.close-confirm"));
                confirm.setText(text);
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("reviews.cycles.keep-open"));
                confirm.setConfirmText(getTranslation("reviews.cycles.close-anyway"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.addConfirmListener(ok -> change(cycle, () -> cycles.close(cycle.id(), cycle.version(), true),
                        "reviews.cycles.closed"));
                confirm.open();
            } catch (InvalidInputException | ConcurrentEditException refused) {
                Toast.error(getTranslation("reviews.cycles.stale"));
                refresh();
            }
        }

        private Div participants(ReviewCycle cycle, boolean editable) {
            Grid<CycleParticipant> grid = new Grid<>();
            grid.setId("reviews-cycle-participants");
            grid.setAllRowsVisible(true);
            grid.addColumn(CycleParticipant::name).setHeader(getTranslation("reviews.cycles.col.person")).setFlexGrow(2);
            grid.addColumn(p -> p.managerName() == null ? "" : p.managerName())
                    .setHeader(getTranslation("reviews.cycles.col.manager"));
            grid.addColumn(p -> getTranslation("reviews.cycles.submitted-of", p.submitted(), p.reviews()))
                    .setHeader(getTranslation("reviews.cycles.col.submitted"));
            grid.addColumn(p -> getTranslation(p.active() ? "reviews.cycles.in-cycle" : "reviews.cycles.removed"))
                    .setHeader(getTranslation("reviews.cycles.col.status"));
            Div box = new Div(new H3(getTranslation("reviews.cycles.participants")));
            if (editable) {
                grid.addComponentColumn(p -> {
                    if (!p.active()) {
                        return new Div();
                    }
                    Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                        cycles.removeParticipant(cycle.id(), p.personId());
                        Toast.success(getTranslation("reviews.cycles.participant-removed", p.name()));
                        refresh();
                        cycles.cycle(cycle.id()).ifPresent(ReviewCyclesView.this::show);
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                    String label = getTranslation("reviews.cycles.remove-named", p.name());
                    remove.getElement().setAttribute("aria-label", label);
                    remove.getElement().setAttribute("title", label);
                    return remove;
                }).setHeader(getTranslation("reviews.admin.col.actions"));
                ComboBox<DirectoryEntry> person = new ComboBox<>(getTranslation("reviews.cycles.add-person"));
                person.setItems(people.search(""));
                person.setItemLabelGenerator(DirectoryEntry::fullName);
                person.setId("reviews-cycle-add-person");
                Button add = new Button(getTranslation("reviews.cycles.add"), click -> {
                    if (person.getValue() == null) {
                        person.setInvalid(true);
                        person.setErrorMessage(getTranslation("reviews.cycle.person.unknown"));
                        return;
                    }
                    try {
                        cycles.addParticipant(cycle.id(), person.getValue().id());
                        Toast.success(getTranslation("reviews.cycles.participant-added", person.getValue().fullName()));
                        refresh();
                        cycles.cycle(cycle.id()).ifPresent(ReviewCyclesView.this::show);
                    } catch (InvalidInputException refused) {
                        person.setInvalid(true);
                        person.setErrorMessage(FieldErrors.joined(refused.fieldErrors(), key -> getTranslation(key)));
                    }
                });
                HorizontalLayout addLine = new HorizontalLayout(person, add);
                addLine.setAlignItems(FlexComponent.Alignment.BASELINE);
                box.add(addLine);
            }
            grid.setItems(cycles.participants(cycle.id()));
            box.add(grid);
            return box;
        }
    }

    @Override
    public String titleKey() {
        return "reviews.cycles.heading";
    }
}
