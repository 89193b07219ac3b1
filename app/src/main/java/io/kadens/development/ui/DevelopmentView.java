package io.kadens.development.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.development.ActionStatus;
import io.kadens.development.DepartmentDevelopment;
import io.kadens.development.DevelopmentOverview;
import io.kadens.development.DevelopmentPlan;
import io.kadens.development.DevelopmentDrafts;
import io.kadens.development.DevelopmentPlans;
import io.kadens.development.Mentoring;
import io.kadens.development.Objective;
import io.kadens.development.ObjectiveDraft;
import io.kadens.development.ObjectiveStatus;
import io.kadens.development.PlanAction;
import io.kadens.development.PlanChange;
import io.kadens.development.PlanComment;
import io.kadens.development.PlanMilestone;
import io.kadens.development.PlanStatus;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.TrainingLibrary;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * A development plan: one's own at {@code development}, a report's at {@code development/<personId>} (for the
 * managers above them and HR admins). The person starts, edits and submits the plan and records progress;
 * a manager above them approves it or returns it with a comment. HR admins also see the organisation's plans
 * per department. Mentors are offered here too.
 */
@Route("development/:personId?")
@Menu(order = 11, title = "development.nav", icon = "vaadin:trending-up")
@RolesAllowed(Role.EMPLOYEE_NAME)
class DevelopmentView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private final transient DevelopmentPlans plans;
    private final transient DevelopmentOverview overview;
    private final transient Mentoring mentoring;
    private final transient CompetencyFrameworks frameworks;
    private final transient TrainingLibrary library;
    private final transient CurrentUser currentUser;
    private final transient DevelopmentDrafts drafts;
    private final Div content = new Div();
    private UUID personId;
    private DevelopmentPlan plan;

    DevelopmentView(DevelopmentPlans plans, DevelopmentOverview overview, Mentoring mentoring,
                    CompetencyFrameworks frameworks, TrainingLibrary library, CurrentUser currentUser,
                    DevelopmentDrafts drafts) {
        this.drafts = drafts;
        this.plans = plans;
        this.overview = overview;
        this.mentoring = mentoring;
        this.frameworks = frameworks;
        this.library = library;
        this.currentUser = currentUser;
        addClassName("k-page");
        add(new H1(getTranslation("development.heading")), content);
    }

    @Override
    public String titleKey() {
        return "development.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID me = currentUser.require().personId();
        try {
            personId = event.getRouteParameters().get("personId").map(UUID::fromString).orElse(me);
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!plans.mayView(personId)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private boolean mine() {
        return personId.equals(currentUser.require().personId());
    }

    private void show() {
        content.removeAll();
        KadensUser me = currentUser.require();
        Map<UUID, String> below = plans.peopleBelowMe();
        if (!below.isEmpty()) {
            content.add(personChoice(me.personId(), below));
        }
        List<DevelopmentPlan> all;
        try {
            all = plans.plansOf(personId);
        } catch (ResourceNotFoundException gone) {
            content.add(new EmptyState(getTranslation("development.not-found"), ""));
            return;
        }
        UUID shownId = plan == null ? null : plan.id();
        plan = all.stream().filter(p -> p.id().equals(shownId)).findFirst()
                .or(() -> all.stream().filter(p -> p.status() != PlanStatus.APPROVED).findFirst())
                .or(() -> plans.current(personId)).orElse(null);
        if (all.size() > 1) {
            content.add(planChoice(all));
        }
        if (plan == null) {
            content.add(noPlan());
        } else {
            content.add(header(), objectives(), comments(), history());
        }
        if (mine()) {
            content.add(new PlanDraftPanel(drafts, personId, accepted -> {
                plan = accepted;
                show();
            }));
            content.add(mentoringCard());
        }
        if (mine() && me.has(Role.HR_ADMIN)) {
            content.add(departments());
        }
    }

    private Component personChoice(UUID me, Map<UUID, String> below) {
        Select<UUID> person = new Select<>();
        person.setId("development-person");
        person.setLabel(getTranslation("development.person"));
        List<UUID> choices = new ArrayList<>();
        choices.add(me);
        choices.addAll(below.keySet());
        person.setItems(choices);
        person.setItemLabelGenerator(id -> id.equals(me) ? getTranslation("development.person.me")
                : below.getOrDefault(id, ""));
        person.setValue(choices.contains(personId) ? personId : me);
        person.addValueChangeListener(change -> getUI().ifPresent(ui -> ui.navigate(change.getValue().equals(me)
                ? "development" : "development/" + change.getValue())));
        return person;
    }

    private Component planChoice(List<DevelopmentPlan> all) {
        Select<DevelopmentPlan> choice = new Select<>();
        choice.setId("development-plan-choice");
        choice.setLabel(getTranslation("development.plan.choose"));
        choice.setItems(all);
        choice.setItemLabelGenerator(p -> getTranslation("development.plan.option", date(p.periodStart()),
                date(p.periodEnd()), getTranslation("development.status." + p.status().name())));
        choice.setValue(plan);
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                plan = change.getValue();
                show();
            }
        });
        return choice;
    }

    // ------------------------------------------------------------------ no plan yet

    private Component noPlan() {
        Div card = card("development-start", getTranslation("development.start"));
        card.add(new EmptyState(getTranslation(mine() ? "development.none.mine" : "development.none.other"),
                getTranslation("development.none.explanation")));
        boolean mayStart = mine() || plans.managesAbove(personId);
        if (!mayStart) {
            return card;
        }
        LocalDate today = plans.today();
        DatePicker start = datePicker("development-period-start", "development.period.start", today);
        DatePicker end = datePicker("development-period-end", "development.period.end", today.plusMonths(6));
        IntegerField cadence = new IntegerField(getTranslation("development.cadence"));
        cadence.setId("development-cadence");
        cadence.setValue(30);
        cadence.setMin(7);
        cadence.setMax(180);
        cadence.setStepButtonsVisible(true);
        cadence.setHelperText(getTranslation("development.cadence.helper"));
        FieldErrors errors = new FieldErrors().bindAll(Map.of("periodStart", start, "periodEnd", end,
                "reviewCadenceDays", cadence));
        Button create = new Button(getTranslation("development.start.button"), click -> {
            errors.clear();
            try {
                plans.create(personId, start.getValue(), end.getValue(), cadence.getValue());
                Toast.success(getTranslation("development.started"));
                show();
            } catch (InvalidInputException refused) {
                errors.showOrToast(refused.fieldErrors(), this::getTranslation);
            }
        });
        create.setId("development-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new HorizontalLayout(start, end, cadence), create);
        return card;
    }

    private DatePicker datePicker(String id, String labelKey, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setValue(value);
        return picker;
    }

    // ------------------------------------------------------------------ the plan

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    private Component header() {
        Div card = card("development-plan", getTranslation(mine() ? "development.plan.mine" : "development.plan.of",
                plan.personName()));
        Paragraph period = new Paragraph(getTranslation("development.period", date(plan.periodStart()),
                date(plan.periodEnd()), plan.reviewCadenceDays()));
        Span status = new Span(getTranslation("development.status." + plan.status().name()));
        status.setId("development-status");
        status.getElement().getThemeList().add("badge");
        card.add(period, status);
        if (plan.changedSinceApproval()) {
            Span changed = new Span(getTranslation("development.changed-since-approval"));
            changed.setId("development-changed");
            changed.getElement().getThemeList().add("badge contrast");
            card.add(changed);
        }
        if (plan.stale()) {
            Paragraph stale = new Paragraph(getTranslation("development.stale"));
            stale.setId("development-stale");
            stale.addClassName("k-warning");
            card.add(stale);
        }
        ProgressBar bar = new ProgressBar(0, 100, plan.progressPercent());
        bar.setId("development-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("development.progress.label"));
        Span percent = new Span(getTranslation("development.progress", plan.progressPercent()));
        percent.setId("development-progress");
        card.add(percent, bar);
        HorizontalLayout actions = new HorizontalLayout();
        if (mine()) {
            Button add = new Button(getTranslation("development.objective.add"), click -> edit(null));
            add.setId("development-objective-add");
            add.setEnabled(plan.objectives().size() < 5);
            actions.add(add);
            if (plan.status() == PlanStatus.DRAFT) {
                Button submit = new Button(getTranslation("development.submit"), click -> act(
                        () -> plans.submit(plan.id(), plan.version()), "development.submitted"));
                submit.setId("development-submit");
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(submit);
            }
        }
        if (mine() && plan.status() == PlanStatus.APPROVED && !plan.periodEnd().isBefore(plans.today())
                && plans.plansOf(personId).stream().noneMatch(p -> p.periodStart().isAfter(plan.periodEnd()))) {
            Button next = new Button(getTranslation("development.next"), click -> {
                LocalDate start = plan.periodEnd().plusDays(1);
                try {
                    UUID created = plans.create(personId, start, start.plusMonths(6), plan.reviewCadenceDays());
                    plan = plans.plan(created);
                    Toast.success(getTranslation("development.started"));
                } catch (InvalidInputException refused) {
                    Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
                }
                show();
            });
            next.setId("development-next");
            actions.add(next);
        }
        if (plan.status() == PlanStatus.SUBMITTED && plans.mayApprove(plan.personId())) {
            TextArea comment = new TextArea(getTranslation("development.approve.comment"));
            comment.setId("development-approve-comment");
            comment.setMaxLength(2000);
            Button approve = new Button(getTranslation("development.approve"), click -> act(
                    () -> plans.approve(plan.id(), plan.version(), comment.getValue()), "development.approved"));
            approve.setId("development-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button giveBack = new Button(getTranslation("development.return"), click -> act(
                    () -> plans.returnForChanges(plan.id(), plan.version(), comment.getValue()), "development.returned"));
            giveBack.setId("development-return");
            card.add(comment);
            actions.add(approve, giveBack);
        }
        card.add(actions);
        return card;
    }

    private Component objectives() {
        Div wrapper = new Div();
        wrapper.setId("development-objectives");
        if (plan.objectives().isEmpty()) {
            wrapper.add(new EmptyState(getTranslation("development.objectives.none"),
                    getTranslation("development.objectives.none.explanation")));
        }
        boolean mayProgress = mine() || plans.managesAbove(plan.personId());
        for (Objective objective : plan.objectives()) {
            Div card = card("development-objective-" + objective.position(), objective.title());
            card.addClassName("development-objective");
            if (!objective.description().isEmpty()) {
                card.add(new Paragraph(objective.description()));
            }
            String because = switch (objective.source()) {
                case COMPETENCY_GAP -> getTranslation("development.source.gap", objective.competencyName());
                case TARGET_ROLE -> getTranslation("development.source.target");
                case GROWTH_AREA -> getTranslation("development.source.growth", objective.growthArea());
            };
            card.add(new Paragraph(because + " · " + getTranslation("development.due", date(objective.dueOn()))));
            Span smart = new Span(objective.smartMissing().isEmpty() ? getTranslation("development.smart.ok")
                    : getTranslation("development.smart.missing", objective.smartScore(), String.join(", ",
                    objective.smartMissing().stream().map(c -> getTranslation("development.smart." + c)).toList())));
            smart.addClassName("development-smart");
            card.add(smart);
            Select<ObjectiveStatus> status = new Select<>();
            status.setLabel(getTranslation("development.objective.status"));
            status.setItems(ObjectiveStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("development.objective.status." + s.name()));
            status.setValue(objective.status());
            status.setReadOnly(!mayProgress);
            status.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> plans.progress(plan.id(), plan.version(), new DevelopmentPlans.ProgressUpdate(null, null,
                            null, null, false, objective.id(), change.getValue(), null)), "development.saved");
                }
            });
            card.add(status);
            if (!objective.milestones().isEmpty()) {
                card.add(new H3(getTranslation("development.milestones")));
                UnorderedList list = new UnorderedList();
                for (PlanMilestone milestone : objective.milestones()) {
                    Checkbox done = new Checkbox(getTranslation("development.milestone.label", milestone.title(),
                            date(milestone.dueOn())), milestone.done());
                    done.setId("development-milestone-" + milestone.id());
                    done.setReadOnly(!mayProgress);
                    done.addValueChangeListener(change -> {
                        if (change.isFromClient()) {
                            act(() -> plans.progress(plan.id(), plan.version(), new DevelopmentPlans.ProgressUpdate(null,
                                    null, milestone.id(), null, !change.getValue(), null, null, null)),
                                    "development.saved");
                        }
                    });
                    list.add(new ListItem(done));
                }
                card.add(list);
            }
            card.add(new H3(getTranslation("development.actions")));
            UnorderedList actions = new UnorderedList();
            for (PlanAction action : objective.actions()) {
                String detail = switch (action.kind()) {
                    case STRETCH -> getTranslation("development.kind.STRETCH");
                    case LEARN_FROM_OTHERS -> getTranslation("development.action.with", action.mentorName());
                    case FORMAL_LEARNING -> getTranslation("development.action.course",
                            action.trainingItemTitle() == null ? "" : action.trainingItemTitle());
                };
                Checkbox done = new Checkbox(getTranslation("development.action.label", action.title(), detail,
                        date(action.dueOn())), !action.open());
                done.setId("development-action-" + action.id());
                done.setReadOnly(!mayProgress);
                done.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        act(() -> plans.progress(plan.id(), plan.version(), new DevelopmentPlans.ProgressUpdate(
                                action.id(), change.getValue() ? ActionStatus.DONE : ActionStatus.OPEN, null, null,
                                false, null, null, null)), "development.saved");
                    }
                });
                ListItem row = new ListItem(done);
                if (action.trainingItemId() != null) {
                    Anchor course = new Anchor("learning/" + action.trainingItemId(),
                            getTranslation("development.action.open-learning"));
                    course.addClassName("development-course-link");
                    course.getElement().setAttribute("aria-label", getTranslation("development.action.open-course",
                            action.trainingItemTitle() == null ? "" : action.trainingItemTitle()));
                    row.add(course);
                }
                actions.add(row);
            }
            card.add(actions);
            if (mine()) {
                Button edit = new Button(getTranslation("development.objective.edit"), click -> edit(objective));
                edit.setId("development-objective-edit-" + objective.position());
                edit.getElement().setAttribute("aria-label", getTranslation("development.objective.edit.named",
                        objective.title()));
                Button remove = new Button(getTranslation("development.objective.remove"), click -> {
                    List<ObjectiveDraft> drafts = new ArrayList<>(plan.objectives().stream()
                            .filter(o -> !o.id().equals(objective.id())).map(ObjectiveDraft::of).toList());
                    act(() -> plans.edit(plan.id(), plan.version(), new DevelopmentPlans.PlanEdit(null, null, null,
                            drafts)), "development.saved");
                });
                remove.getElement().setAttribute("aria-label", getTranslation("development.objective.remove.named",
                        objective.title()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                card.add(new HorizontalLayout(edit, remove));
            }
            wrapper.add(card);
        }
        return wrapper;
    }

    private void edit(Objective objective) {
        List<Competency> competencies = frameworks.competencies(false);
        ObjectiveEditor editor = new ObjectiveEditor(objective, plan, competencies,
                library.search(LibraryQuery.all()), mentoring.suggestions(null), frameworks.jobFamilies(),
                draft -> {
                    List<ObjectiveDraft> drafts = new ArrayList<>();
                    boolean replaced = false;
                    for (Objective o : plan.objectives()) {
                        if (objective != null && o.id().equals(objective.id())) {
                            drafts.add(draft);
                            replaced = true;
                        } else {
                            drafts.add(ObjectiveDraft.of(o));
                        }
                    }
                    if (!replaced) {
                        drafts.add(draft);
                    }
                    plan = plans.edit(plan.id(), plan.version(), new DevelopmentPlans.PlanEdit(null, null, null, drafts));
                    Toast.success(getTranslation("development.saved"));
                    show();
                }, this::reloadAfterConflict);
        editor.open();
    }

    private void reloadAfterConflict() {
        Toast.error(getTranslation("development.conflict"));
        show();
    }

    private void act(Supplier<DevelopmentPlan> work, String doneKey) {
        try {
            plan = work.get();
            Toast.success(getTranslation(doneKey));
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("development.conflict"));
        } catch (ResourceNotFoundException | AccessDeniedException gone) {
            Toast.error(getTranslation("development.not-found"));
        }
        show();
    }

    private Component comments() {
        Div card = card("development-comments", getTranslation("development.comments"));
        UnorderedList list = new UnorderedList();
        list.setId("development-comment-list");
        for (PlanComment comment : plan.comments()) {
            list.add(new ListItem(comment.authorName() + ": " + comment.body()));
        }
        if (plan.comments().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("development.comments.none"));
            none.addClassName("k-muted");
            card.add(none);
        }
        TextArea body = new TextArea(getTranslation("development.comment.new"));
        body.setId("development-comment");
        body.setMaxLength(2000);
        body.setWidthFull();
        Button post = new Button(getTranslation("development.comment.post"), click -> {
            try {
                plan = plans.comment(plan.id(), body.getValue());
                show();
            } catch (InvalidInputException refused) {
                body.setInvalid(true);
                body.setErrorMessage(getTranslation("development.comment.required"));
            }
        });
        post.setId("development-comment-post");
        card.add(list, body, post);
        return card;
    }

    private Component history() {
        Div card = card("development-history", getTranslation("development.history"));
        UnorderedList list = new UnorderedList();
        ZoneId zone = plans.zone();
        for (PlanChange change : plan.changes()) {
            String what = getTranslation("development.change." + change.what());
            list.add(new ListItem(date(LocalDate.ofInstant(change.changedAt(), zone)) + " · "
                    + change.changedByName() + " · " + what + (change.detail().isEmpty() ? "" : ": " + change.detail())));
        }
        card.add(list);
        return card;
    }

    // ------------------------------------------------------------------ mentoring and HR

    private Component mentoringCard() {
        Div card = card("development-mentoring", getTranslation("development.mentoring"));
        card.add(new Paragraph(getTranslation("development.mentoring.explanation")));
        MultiSelectComboBox<Competency> choice = new MultiSelectComboBox<>(getTranslation("development.mentoring.competencies"));
        choice.setId("development-mentoring-competencies");
        List<Competency> competencies = frameworks.competencies(false);
        choice.setItems(competencies);
        choice.setItemLabelGenerator(Competency::name);
        var mine = new HashSet<>(mentoring.myOffers());
        choice.setValue(competencies.stream().filter(c -> mine.contains(c.id())).toList());
        Button save = new Button(getTranslation("development.mentoring.save"), click -> {
            try {
                mentoring.offer(choice.getValue().stream().map(Competency::id).toList());
                Toast.success(getTranslation("development.mentoring.saved"));
            } catch (InvalidInputException refused) {
                choice.setInvalid(true);
                choice.setErrorMessage(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
            }
        });
        save.setId("development-mentoring-save");
        card.add(choice, save);
        return card;
    }

    private Component departments() {
        Div card = card("development-departments", getTranslation("development.departments"));
        List<DepartmentDevelopment> rows = overview.byDepartment();
        if (rows.isEmpty()) {
            card.add(new Paragraph(getTranslation("development.departments.none")));
            return card;
        }
        NativeTable table = new NativeTable();
        table.setId("development-departments-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("department", "people", "plans", "approved", "progress", "stale")) {
            headRow.add(new NativeTableHeaderCell(getTranslation("development.departments." + key)));
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (DepartmentDevelopment row : rows) {
            NativeTableRow tr = new NativeTableRow();
            tr.add(new NativeTableCell(row.departmentId() == null ? getTranslation("development.departments.no-department")
                    : row.departmentName()), new NativeTableCell(String.valueOf(row.people())),
                    new NativeTableCell(String.valueOf(row.withPlan())), new NativeTableCell(String.valueOf(row.approved())),
                    new NativeTableCell(row.averageProgress() + " %"), new NativeTableCell(String.valueOf(row.stale())));
            body.add(tr);
        }
        table.add(head, body);
        card.add(table);
        return card;
    }

    private static Div card(String id, String title) {
        Div card = new Div(new H2(title));
        card.setId(id);
        card.addClassName("k-card");
        return card;
    }

    Optional<DevelopmentPlan> shown() {
        return Optional.ofNullable(plan);
    }
}
