package io.kadens.development;

import io.kadens.ai.smart.SmartAssessment;
import io.kadens.ai.smart.SmartCoach;
import io.kadens.ai.smart.SmartCriterion;
import io.kadens.ai.smart.SmartInput;
import io.kadens.audit.AuditLog;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.development.DevelopmentRepository.ActionRow;
import io.kadens.development.DevelopmentRepository.MilestoneRow;
import io.kadens.development.DevelopmentRepository.ObjectiveRow;
import io.kadens.development.DevelopmentRepository.PlanRow;
import io.kadens.goals.GoalData;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Goals;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingLibrary;
import io.kadens.people.JobFamily;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans: one per person and period, 2-5 objectives, each with milestones and actions. The person
 * edits and submits their plan; a manager above them comments and approves it; changes after approval are
 * recorded. Plans are visible to the person, the managers above them and HR admins only: checked here, and
 * by a row policy in the database as well. Everyone else gets the answer of a plan that does not exist.
 */
@Service
@Transactional
public class DevelopmentPlans {

    static final int MIN_OBJECTIVES = 2;
    static final int MAX_OBJECTIVES = 5;
    static final int MAX_ITEMS = 10;
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 2000;
    static final int DEFAULT_CADENCE_DAYS = 30;

    private final DevelopmentRepository repository;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final CompetencyFrameworks frameworks;
    private final TrainingLibrary library;
    private final Goals goals;
    private final SmartCoach smart;
    private final AuditLog audit;
    private final DevelopmentNotifications notifications;
    private final Clock clock;
    private final TenantSettingsService settings;

    DevelopmentPlans(DevelopmentRepository repository, OrgFacts org, CurrentUser currentUser,
                     CompetencyFrameworks frameworks, TrainingLibrary library, Goals goals, SmartCoach smart,
                     AuditLog audit, DevelopmentNotifications notifications, Clock clock,
                     TenantSettingsService settings) {
        this.repository = repository;
        this.org = org;
        this.currentUser = currentUser;
        this.frameworks = frameworks;
        this.library = library;
        this.goals = goals;
        this.smart = smart;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
        this.settings = settings;
    }

    /** Who acts: a signed-in person, or a named person in system work (demo seeding). */
    record Actor(UUID personId, boolean hrAdmin, boolean signedIn) {
    }

    // ------------------------------------------------------------------ reading

    /** The person's plan for today, or their newest one; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<DevelopmentPlan> current(UUID personId) {
        Actor me = actor();
        requireView(me, personId);
        LocalDate today = today();
        return currentOf(repository.plansOf(personId), today).map(this::assemble);
    }

    /** The plan whose period holds today, else the latest one. */
    private static Optional<PlanRow> currentOf(List<PlanRow> plans, LocalDate today) {
        return plans.stream().filter(p -> !p.periodStart().isAfter(today) && !p.periodEnd().isBefore(today))
                .findFirst().or(() -> plans.stream().findFirst());
    }

    /** The open actions of the plans not yet over, soonest due first. */
    private static List<PlanAction> openActionsOf(List<PlanRow> plans, LocalDate today,
                                                  java.util.function.Function<PlanRow, DevelopmentPlan> read) {
        return plans.stream().filter(p -> !p.periodEnd().isBefore(today)).map(read)
                .flatMap(p -> p.openActions().stream())
                .sorted(java.util.Comparator.comparing(PlanAction::dueOn)).toList();
    }

    @Transactional(readOnly = true)
    public DevelopmentPlan plan(UUID planId) {
        Actor me = actor();
        return assemble(visible(me, planId));
    }

    /** A person's plans, newest period first. */
    @Transactional(readOnly = true)
    public List<DevelopmentPlan> plansOf(UUID personId) {
        Actor me = actor();
        requireView(me, personId);
        return repository.plansOf(personId).stream().map(this::assemble).toList();
    }

    /** Whether the signed-in person may see this person's plans. */
    @Transactional(readOnly = true)
    public boolean mayView(UUID personId) {
        return mayView(actor(), personId);
    }

    /** Whether the signed-in person may approve this person's plans: a manager above them, or an HR admin (not their own). */
    @Transactional(readOnly = true)
    public boolean mayApprove(UUID personId) {
        return mayApprove(actor(), personId);
    }

    /** Whether the signed-in person is a manager above this person (starts plans for them, records progress). */
    @Transactional(readOnly = true)
    public boolean managesAbove(UUID personId) {
        return org.isAbove(actor().personId(), personId);
    }

    private boolean mayApprove(Actor me, UUID personId) {
        return personId != null && (org.isAbove(me.personId(), personId)
                || me.hrAdmin() && !personId.equals(me.personId()));
    }

    /** The people whose plans the signed-in person may open besides their own: everyone below them. */
    @Transactional(readOnly = true)
    public Map<UUID, String> peopleBelowMe() {
        Actor me = actor();
        Map<UUID, String> names = new LinkedHashMap<>();
        org.people(org.everyoneBelow(me.personId())).values().stream().filter(OrgPerson::active)
                .forEach(p -> names.put(p.id(), p.fullName()));
        return names;
    }

    /** Plans of people below the signed-in manager waiting for approval (submitted), oldest first. */
    @Transactional(readOnly = true)
    public List<DevelopmentPlan> waitingForMyApproval() {
        Actor me = actor();
        Set<UUID> below = org.everyoneBelow(me.personId());
        return repository.plansOn(below, today()).stream().filter(p -> p.status() == PlanStatus.SUBMITTED)
                .sorted(java.util.Comparator.comparing(PlanRow::submittedAt)).map(this::assemble).toList();
    }

    /** Open actions of a person's plans that have not ended, by due date; for those who may see the plans. */
    @Transactional(readOnly = true)
    public List<PlanAction> openActionsOf(UUID personId) {
        requireView(actor(), personId);
        return openActionsOf(repository.plansOf(personId), today(), this::assemble);
    }

    /** What the home page asks about a person's plans: {@link #openActionsOf} and {@link #current} together. */
    record HomePlans(List<PlanAction> openActions, Optional<DevelopmentPlan> current) {
    }

    /**
     * {@link #openActionsOf} and {@link #current} in one go, each plan read once: the home page asked both, and
     * read the plan of today (its objectives, milestones, actions, comments and changes) twice.
     */
    @Transactional(readOnly = true)
    HomePlans forHome(UUID personId) {
        requireView(actor(), personId);
        LocalDate today = today();
        List<PlanRow> plans = repository.plansOf(personId);
        Map<UUID, DevelopmentPlan> assembled = new HashMap<>();
        java.util.function.Function<PlanRow, DevelopmentPlan> read =
                row -> assembled.computeIfAbsent(row.id(), id -> assemble(row));
        return new HomePlans(openActionsOf(plans, today, read), currentOf(plans, today).map(read));
    }

    // ------------------------------------------------------------------ creating and editing

    /** Starts a plan for a person (themselves, or someone below a manager) for a period; returns its id. */
    public UUID create(UUID personId, LocalDate periodStart, LocalDate periodEnd, Integer reviewCadenceDays) {
        return create(actor(), personId, periodStart, periodEnd, reviewCadenceDays);
    }

    /** System work (demo seeding in an explicit tenant scope): a plan in the person's name. */
    public UUID createAs(UUID personId, LocalDate periodStart, LocalDate periodEnd) {
        return create(systemActor(personId), personId, periodStart, periodEnd, null);
    }

    private UUID create(Actor me, UUID personId, LocalDate start, LocalDate end, Integer cadence) {
        OrgPerson person = org.person(personId).filter(OrgPerson::active)
                .filter(p -> mayView(me, p.id())).orElseThrow(() -> new ResourceNotFoundException("person", personId));
        if (!person.id().equals(me.personId()) && !org.isAbove(me.personId(), person.id())) {
            throw new AccessDeniedException("a plan is started by its person or a manager above them");
        }
        int cadenceDays = checkedHeader(person.id(), start, end, cadence, null);
        UUID id = UUID.randomUUID();
        repository.insertPlan(id, person.id(), start, end, cadenceDays, clock.instant());
        audit.record("development.plan.created", "development_plan", id.toString(), null,
                Map.of("personId", person.id(), "periodStart", start.toString(), "periodEnd", end.toString()));
        return id;
    }

    private int checkedHeader(UUID personId, LocalDate start, LocalDate end, Integer cadence, UUID planId) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(start != null, "periodStart", "development.period.required");
        errors.check(end != null, "periodEnd", "development.period.required");
        errors.throwIfAny();
        errors.check(end.isAfter(start), "periodEnd", "development.period.order");
        errors.check(!end.isAfter(start.plusYears(2)), "periodEnd", "development.period.too-long");
        int cadenceDays = cadence == null ? DEFAULT_CADENCE_DAYS : cadence;
        errors.check(cadenceDays >= 7 && cadenceDays <= 180, "reviewCadenceDays", "development.cadence.invalid");
        errors.throwIfAny();
        errors.check(!repository.overlaps(personId, start, end, planId), "periodStart", "development.period.overlaps");
        errors.throwIfAny();
        return cadenceDays;
    }

    /** What the person sets on a plan: its period, review cadence and objectives. */
    public record PlanEdit(LocalDate periodStart, LocalDate periodEnd, Integer reviewCadenceDays,
                           List<ObjectiveDraft> objectives) {
        public PlanEdit {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
        }
    }

    /**
     * Saves the plan as the person entered it, from the version they saw. All of it or nothing: any invalid
     * field is refused with its own message. After approval the plan stays approved and the change is recorded.
     */
    public DevelopmentPlan edit(UUID planId, long expectedVersion, PlanEdit edit) {
        return edit(actor(), planId, expectedVersion, edit);
    }

    public DevelopmentPlan editAs(UUID personId, UUID planId, PlanEdit edit) {
        Actor me = systemActor(personId);
        return edit(me, planId, repository.plan(planId).orElseThrow().version(), edit);
    }

    private DevelopmentPlan edit(Actor me, UUID planId, long expectedVersion, PlanEdit edit) {
        PlanRow plan = visible(me, planId);
        if (!plan.personId().equals(me.personId())) {
            throw new AccessDeniedException("a plan is edited by its person; managers comment and approve");
        }
        if (edit == null) {
            throw InvalidInputException.of("objectives", "development.objectives.required");
        }
        LocalDate start = edit.periodStart() == null ? plan.periodStart() : edit.periodStart();
        LocalDate end = edit.periodEnd() == null ? plan.periodEnd() : edit.periodEnd();
        Integer cadence = edit.reviewCadenceDays() == null ? plan.reviewCadenceDays() : edit.reviewCadenceDays();
        int cadenceDays = checkedHeader(plan.personId(), start, end, cadence, plan.id());
        Parts parts = checkedParts(plan, edit.objectives());
        Instant now = clock.instant();
        boolean approved = plan.status() == PlanStatus.APPROVED;
        if (!repository.touch(plan.id(), expectedVersion, now, approved)) {
            throw new ConcurrentEditException("development_plan", plan.id());
        }
        repository.updateHeader(plan.id(), start, end, cadenceDays);
        repository.replaceObjectives(plan.id(), parts.objectives(), parts.milestones(), parts.actions());
        if (approved) {
            repository.insertChange(plan.id(), me.personId(), "edited",
                    parts.objectives().stream().map(ObjectiveRow::title).collect(Collectors.joining("; ")), now);
        }
        audit.record("development.plan.edited", "development_plan", plan.id().toString(), null,
                Map.of("objectives", parts.objectives().size()));
        return assemble(repository.plan(plan.id()).orElseThrow());
    }

    private record Parts(List<ObjectiveRow> objectives, List<MilestoneRow> milestones, List<ActionRow> actions) {
    }

    /** Checks every objective with its milestones and actions; collects all field errors at once. */
    private Parts checkedParts(PlanRow plan, List<ObjectiveDraft> drafts) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(drafts.size() <= MAX_OBJECTIVES, "objectives", "development.objectives.too-many");
        errors.throwIfAny();
        Map<UUID, ObjectiveRow> old = new HashMap<>();
        repository.objectives(List.of(plan.id())).forEach(o -> old.put(o.id(), o));
        Map<UUID, ActionRow> oldActions = new HashMap<>();
        repository.actions(List.of(plan.id())).forEach(a -> oldActions.put(a.id(), a));
        Set<UUID> competencyIds = new HashSet<>();
        Set<UUID> itemIds = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        for (ObjectiveDraft d : drafts) {
            if (d == null) {
                continue;
            }
            if (d.competencyId() != null) {
                competencyIds.add(d.competencyId());
            }
            if (d.ownerId() != null) {
                people.add(d.ownerId());
            }
            for (ObjectiveDraft.ActionDraft a : d.actions()) {
                if (a != null && a.trainingItemId() != null) {
                    itemIds.add(a.trainingItemId());
                }
                if (a != null && a.mentorId() != null) {
                    people.add(a.mentorId());
                }
            }
        }
        Map<UUID, Competency> competencies = competencyIds.isEmpty() ? Map.of() : frameworks.competencies(competencyIds);
        Set<UUID> items = itemIds.isEmpty() ? Set.of() : library.openable(itemIds);
        Set<UUID> active = org.active(people);
        Set<UUID> levels = targetLevels();
        Instant now = clock.instant();
        Set<UUID> usedIds = new HashSet<>();
        List<ObjectiveRow> objectives = new ArrayList<>();
        List<MilestoneRow> milestones = new ArrayList<>();
        List<ActionRow> actions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ObjectiveDraft d = drafts.get(i);
            String at = "objectives[" + i + "]";
            if (d == null) {
                errors.check(false, at, "development.objective.required");
                continue;
            }
            errors.check(!d.title().isEmpty(), at + ".title", "development.title.required");
            errors.check(d.title().length() <= MAX_TITLE, at + ".title", "development.title.too-long");
            errors.check(d.description().length() <= MAX_TEXT, at + ".description", "development.text.too-long");
            errors.check(d.source() != null, at + ".source", "development.source.required");
            errors.check(d.dueOn() != null, at + ".dueOn", "development.due.required");
            errors.check(d.dueOn() == null || (!d.dueOn().isBefore(plan.periodStart())
                    && !d.dueOn().isAfter(plan.periodEnd().plusYears(1))), at + ".dueOn", "development.due.outside");
            if (d.source() == ObjectiveSource.COMPETENCY_GAP) {
                Competency c = d.competencyId() == null ? null : competencies.get(d.competencyId());
                errors.check(c != null, at + ".competencyId", "development.competency.unknown");
            }
            errors.check(d.competencyId() == null || competencies.containsKey(d.competencyId()), at + ".competencyId",
                    "development.competency.unknown");
            if (d.source() == ObjectiveSource.TARGET_ROLE) {
                errors.check(d.targetLevelId() != null && levels.contains(d.targetLevelId()), at + ".targetLevelId",
                        "development.target.unknown");
            }
            if (d.source() == ObjectiveSource.GROWTH_AREA) {
                errors.check(d.growthArea() != null && !d.growthArea().isEmpty() && d.growthArea().length() <= MAX_TITLE,
                        at + ".growthArea", "development.growth-area.required");
            }
            UUID owner = d.ownerId() == null ? plan.personId() : d.ownerId();
            errors.check(owner.equals(plan.personId()) || (active.contains(owner) && org.isAbove(owner, plan.personId())),
                    at + ".ownerId", "development.owner.invalid");
            errors.check(d.milestones().size() <= MAX_ITEMS, at + ".milestones", "development.items.too-many");
            errors.check(d.actions().size() <= MAX_ITEMS, at + ".actions", "development.items.too-many");
            UUID objectiveId = d.id() != null && old.containsKey(d.id()) && usedIds.add(d.id()) ? d.id() : UUID.randomUUID();
            SmartAssessment verdict = smart.check(new SmartInput(d.title() + (d.description().isEmpty() ? ""
                    : ". " + d.description()), null, null, d.dueOn() == null ? plan.periodEnd() : d.dueOn()));
            List<String> missing = verdict.missing().stream().sorted().map(SmartCriterion::jsonName).toList();
            ObjectiveRow previous = old.get(objectiveId);
            objectives.add(new ObjectiveRow(objectiveId, plan.id(), i, d.title(), d.description(), d.source(),
                    d.source() == ObjectiveSource.GROWTH_AREA && d.competencyId() == null ? null : d.competencyId(),
                    d.source() == ObjectiveSource.TARGET_ROLE ? d.targetLevelId() : null,
                    d.source() == ObjectiveSource.GROWTH_AREA ? d.growthArea() : null, owner, d.dueOn(), d.status(),
                    verdict.score(), missing, previous == null ? null : previous.goalId()));
            for (int m = 0; m < d.milestones().size(); m++) {
                ObjectiveDraft.MilestoneDraft md = d.milestones().get(m);
                String mat = at + ".milestones[" + m + "]";
                if (md == null) {
                    errors.check(false, mat, "development.title.required");
                    continue;
                }
                errors.check(!md.title().isEmpty() && md.title().length() <= MAX_TITLE, mat + ".title",
                        "development.title.required");
                errors.check(md.dueOn() != null, mat + ".dueOn", "development.due.required");
                errors.check(md.doneOn() == null || !md.doneOn().isAfter(today()), mat + ".doneOn",
                        "development.done.future");
                UUID id = md.id() != null && usedIds.add(md.id()) ? md.id() : UUID.randomUUID();
                milestones.add(new MilestoneRow(id, plan.id(), objectiveId, md.title(), md.dueOn(), md.doneOn()));
            }
            for (int a = 0; a < d.actions().size(); a++) {
                ObjectiveDraft.ActionDraft ad = d.actions().get(a);
                String aat = at + ".actions[" + a + "]";
                if (ad == null) {
                    errors.check(false, aat, "development.title.required");
                    continue;
                }
                errors.check(ad.kind() != null, aat + ".kind", "development.kind.required");
                errors.check(!ad.title().isEmpty() && ad.title().length() <= MAX_TITLE, aat + ".title",
                        "development.title.required");
                errors.check(ad.dueOn() != null, aat + ".dueOn", "development.due.required");
                if (ad.kind() == ActionKind.LEARN_FROM_OTHERS) {
                    errors.check(ad.mentorId() != null && active.contains(ad.mentorId())
                            && !ad.mentorId().equals(plan.personId()), aat + ".mentorId", "development.mentor.invalid");
                }
                if (ad.kind() == ActionKind.FORMAL_LEARNING) {
                    errors.check(ad.trainingItemId() != null && items.contains(ad.trainingItemId()),
                            aat + ".trainingItemId", "development.training.unknown");
                }
                UUID id = ad.id() != null && usedIds.add(ad.id()) ? ad.id() : UUID.randomUUID();
                ActionRow before = oldActions.get(id);
                Instant completedAt = ad.status() == ActionStatus.DONE
                        ? (before != null && before.completedAt() != null ? before.completedAt() : now) : null;
                actions.add(new ActionRow(id, plan.id(), objectiveId, ad.kind(), ad.title(),
                        ad.kind() == ActionKind.LEARN_FROM_OTHERS ? ad.mentorId() : null,
                        ad.kind() == ActionKind.FORMAL_LEARNING ? ad.trainingItemId() : null, ad.dueOn(), ad.status(),
                        completedAt));
            }
        }
        errors.throwIfAny();
        return new Parts(objectives, milestones, actions);
    }

    private Set<UUID> targetLevels() {
        Set<UUID> levels = new HashSet<>();
        for (JobFamily family : frameworks.jobFamilies()) {
            family.levels().forEach(level -> levels.add(level.id()));
        }
        return levels;
    }

    // ------------------------------------------------------------------ the approval flow

    /** The person hands their plan to their manager: it needs 2-5 objectives, each with at least one action. */
    public DevelopmentPlan submit(UUID planId, long expectedVersion) {
        return submit(actor(), planId, expectedVersion);
    }

    public DevelopmentPlan submitAs(UUID personId, UUID planId) {
        return submit(systemActor(personId), planId, repository.plan(planId).orElseThrow().version());
    }

    private DevelopmentPlan submit(Actor me, UUID planId, long expectedVersion) {
        PlanRow plan = visible(me, planId);
        if (!plan.personId().equals(me.personId())) {
            throw new AccessDeniedException("a plan is submitted by its person");
        }
        if (plan.status() != PlanStatus.DRAFT) {
            throw InvalidInputException.of("status", "development.status.not-draft");
        }
        List<ObjectiveRow> objectives = repository.objectives(List.of(plan.id()));
        Set<UUID> withActions = repository.actions(List.of(plan.id())).stream().map(ActionRow::objectiveId)
                .collect(Collectors.toSet());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(objectives.size() >= MIN_OBJECTIVES && objectives.size() <= MAX_OBJECTIVES, "objectives",
                "development.objectives.count");
        for (int i = 0; i < objectives.size(); i++) {
            errors.check(withActions.contains(objectives.get(i).id()), "objectives[" + i + "].actions",
                    "development.actions.required");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        if (!repository.touch(plan.id(), expectedVersion, now, false)) {
            throw new ConcurrentEditException("development_plan", plan.id());
        }
        repository.setStatus(plan.id(), PlanStatus.SUBMITTED, now, null);
        repository.insertChange(plan.id(), me.personId(), "submitted", "", now);
        audit.record("development.plan.submitted", "development_plan", plan.id().toString(), null, null);
        return assemble(repository.plan(plan.id()).orElseThrow());
    }

    /**
     * A manager above the person (or an HR admin, never for their own plan) approves a submitted plan, optionally
     * with a comment. Each objective then
     * also appears as a goal of kind DEVELOPMENT of the person (private to them and their managers).
     */
    public DevelopmentPlan approve(UUID planId, long expectedVersion, String comment) {
        return approve(actor(), planId, expectedVersion, comment);
    }

    public DevelopmentPlan approveAs(UUID managerId, UUID planId, String comment) {
        return approve(systemActor(managerId), planId, repository.plan(planId).orElseThrow().version(), comment);
    }

    private DevelopmentPlan approve(Actor me, UUID planId, long expectedVersion, String comment) {
        PlanRow plan = visible(me, planId);
        if (!mayApprove(me, plan.personId())) {
            throw new AccessDeniedException("a plan is approved by a manager above its person or an HR admin");
        }
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "development.status.not-submitted");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("comment", "development.text.too-long");
        }
        Instant now = clock.instant();
        if (!repository.touch(plan.id(), expectedVersion, now, false)) {
            throw new ConcurrentEditException("development_plan", plan.id());
        }
        repository.setStatus(plan.id(), PlanStatus.APPROVED, now, me.personId());
        repository.insertChange(plan.id(), me.personId(), "approved", "", now);
        if (!text.isEmpty()) {
            repository.insertComment(plan.id(), me.personId(), text, now);
        }
        if (me.signedIn()) {
            mirrorAsGoals(plan);
        }
        audit.record("development.plan.approved", "development_plan", plan.id().toString(), null, null);
        return assemble(repository.plan(plan.id()).orElseThrow());
    }

    /** Sends a submitted plan back to its person as a draft, with the manager's comment. */
    public DevelopmentPlan returnForChanges(UUID planId, long expectedVersion, String comment) {
        Actor me = actor();
        PlanRow plan = visible(me, planId);
        if (!mayApprove(me, plan.personId())) {
            throw new AccessDeniedException("a plan is returned by a manager above its person or an HR admin");
        }
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "development.status.not-submitted");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw InvalidInputException.of("comment", "development.comment.required");
        }
        Instant now = clock.instant();
        if (!repository.touch(plan.id(), expectedVersion, now, false)) {
            throw new ConcurrentEditException("development_plan", plan.id());
        }
        repository.setStatus(plan.id(), PlanStatus.DRAFT, now, null);
        repository.insertComment(plan.id(), me.personId(), text, now);
        repository.insertChange(plan.id(), me.personId(), "returned", "", now);
        return assemble(repository.plan(plan.id()).orElseThrow());
    }

    /**
     * An approved plan whose objectives have no goals yet (approved by system work, like an earlier demo seed)
     * gets them now, made by the signed-in person, who must be one who may approve it. Returns how many.
     */
    public int mirrorMissingGoals(UUID planId) {
        Actor me = actor();
        PlanRow plan = visible(me, planId);
        if (!mayApprove(me, plan.personId())) {
            throw new AccessDeniedException("goals of a plan are made by one who may approve it");
        }
        return plan.status() == PlanStatus.APPROVED ? mirrorAsGoals(plan) : 0;
    }

    /** Objectives without their goal get one: kind DEVELOPMENT, individual, private, due with the objective. */
    private int mirrorAsGoals(PlanRow plan) {
        int made = 0;
        for (ObjectiveRow objective : repository.objectives(List.of(plan.id()))) {
            if (objective.goalId() != null || objective.status() == ObjectiveStatus.DROPPED) {
                continue;
            }
            made++;
            LocalDate starts = plan.periodStart().isAfter(objective.dueOn()) ? objective.dueOn() : plan.periodStart();
            UUID goal = goals.create(new GoalData(objective.title(), objective.description(), GoalLevel.INDIVIDUAL,
                    null, null, plan.personId(), Set.of(), null, GoalVisibility.PRIVATE, null, starts,
                    objective.dueOn(), null, GoalKind.DEVELOPMENT));
            repository.setGoal(objective.id(), goal);
        }
        return made;
    }

    /** A comment on the plan, by the person, a manager above them or an HR admin. */
    public DevelopmentPlan comment(UUID planId, String body) {
        return comment(actor(), planId, body);
    }

    private DevelopmentPlan comment(Actor me, UUID planId, String body) {
        PlanRow plan = visible(me, planId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw InvalidInputException.of("body", "development.comment.required");
        }
        Instant now = clock.instant();
        repository.touch(plan.id(), plan.version(), now, false);
        repository.insertComment(plan.id(), me.personId(), text, now);
        return assemble(repository.plan(plan.id()).orElseThrow());
    }

    // ------------------------------------------------------------------ progress

    /** Progress of one part of a plan, as the person (or a manager above them) records it. */
    public record ProgressUpdate(UUID actionId, ActionStatus actionStatus, UUID milestoneId, LocalDate milestoneDoneOn,
                                 boolean milestoneReopened, UUID objectiveId, ObjectiveStatus objectiveStatus,
                                 String note) {
    }

    /**
     * Marks an action done or open, a milestone reached (on a day) or open again, or sets an objective's
     * status (a check-in, with an optional note that becomes a comment). Reaching a milestone prompts the
     * manager to revisit the person's assessment; it changes no rating.
     */
    public DevelopmentPlan progress(UUID planId, long expectedVersion, ProgressUpdate update) {
        return progress(actor(), planId, expectedVersion, update);
    }

    public DevelopmentPlan progressAs(UUID personId, UUID planId, ProgressUpdate update) {
        return progress(systemActor(personId), planId, repository.plan(planId).orElseThrow().version(), update);
    }

    private DevelopmentPlan progress(Actor me, UUID planId, long expectedVersion, ProgressUpdate update) {
        PlanRow plan = visible(me, planId);
        if (!plan.personId().equals(me.personId()) && !org.isAbove(me.personId(), plan.personId())) {
            throw new AccessDeniedException("progress is recorded by the person or a manager above them");
        }
        if (update == null || (update.actionId() == null && update.milestoneId() == null && update.objectiveId() == null)) {
            throw InvalidInputException.of("actionId", "development.progress.nothing");
        }
        String note = update.note() == null ? "" : update.note().strip();
        if (note.length() > MAX_TEXT) {
            throw InvalidInputException.of("note", "development.text.too-long");
        }
        if (update.milestoneDoneOn() != null && update.milestoneDoneOn().isAfter(today())) {
            throw InvalidInputException.of("milestoneDoneOn", "development.done.future");
        }
        Instant now = clock.instant();
        if (!repository.touch(plan.id(), expectedVersion, now, plan.status() == PlanStatus.APPROVED)) {
            throw new ConcurrentEditException("development_plan", plan.id());
        }
        List<String> done = new ArrayList<>();
        if (update.actionId() != null) {
            ActionStatus status = update.actionStatus() == null ? ActionStatus.DONE : update.actionStatus();
            if (!repository.setActionStatus(plan.id(), update.actionId(), status, now)) {
                throw new ResourceNotFoundException("development_action", update.actionId());
            }
            repository.insertChange(plan.id(), me.personId(), status == ActionStatus.DONE ? "action-done" : "action-reopened",
                    titleOfAction(plan.id(), update.actionId()), now);
        }
        if (update.milestoneId() != null) {
            LocalDate doneOn = update.milestoneReopened() ? null
                    : update.milestoneDoneOn() == null ? today() : update.milestoneDoneOn();
            if (!repository.setMilestoneDone(plan.id(), update.milestoneId(), doneOn)) {
                throw new ResourceNotFoundException("development_milestone", update.milestoneId());
            }
            String title = repository.milestones(List.of(plan.id())).stream()
                    .filter(m -> m.id().equals(update.milestoneId())).map(MilestoneRow::title).findFirst().orElse("");
            repository.insertChange(plan.id(), me.personId(), doneOn == null ? "milestone-reopened" : "milestone-done",
                    title, now);
            if (doneOn != null) {
                done.add(title);
            }
        }
        if (update.objectiveId() != null) {
            if (update.objectiveStatus() == null) {
                throw InvalidInputException.of("objectiveStatus", "development.status.required");
            }
            if (!repository.setObjectiveStatus(plan.id(), update.objectiveId(), update.objectiveStatus())) {
                throw new ResourceNotFoundException("development_objective", update.objectiveId());
            }
            repository.insertChange(plan.id(), me.personId(), "check-in", update.objectiveStatus().name(), now);
        }
        if (!note.isEmpty()) {
            repository.insertComment(plan.id(), me.personId(), note, now);
        }
        if (!done.isEmpty()) {
            notifications.promptAssessment(plan.personId(), plan.id(), done.getFirst(), now);
        }
        return assemble(repository.plan(plan.id()).orElseThrow());
    }

    private String titleOfAction(UUID planId, UUID actionId) {
        return repository.actions(List.of(planId)).stream().filter(a -> a.id().equals(actionId))
                .map(ActionRow::title).findFirst().orElse("");
    }

    /**
     * A training item the person completed: their open formal-learning actions on it are done, and their plan
     * touched. Runs in the completing transaction; returns the plans changed.
     */
    List<UUID> trainingCompleted(UUID personId, UUID trainingItemId) {
        Instant now = clock.instant();
        List<UUID> plans = new ArrayList<>();
        for (ActionRow action : repository.openLearningActions(personId, trainingItemId)) {
            PlanRow plan = repository.plan(action.planId()).orElseThrow();
            repository.touch(plan.id(), plan.version(), now, plan.status() == PlanStatus.APPROVED);
            repository.setActionStatus(plan.id(), action.id(), ActionStatus.DONE, now);
            repository.insertChange(plan.id(), personId, "training-completed", action.title(), now);
            notifications.promptAssessment(personId, plan.id(), action.title(), now);
            plans.add(plan.id());
        }
        return plans;
    }

    // ------------------------------------------------------------------ assembling

    private DevelopmentPlan assemble(PlanRow plan) {
        List<UUID> ids = List.of(plan.id());
        List<ObjectiveRow> objectives = repository.objectives(ids);
        List<MilestoneRow> milestones = repository.milestones(ids);
        List<ActionRow> actions = repository.actions(ids);
        List<DevelopmentRepository.CommentRow> comments = repository.comments(plan.id());
        List<DevelopmentRepository.ChangeRow> changes = repository.changes(plan.id());
        Set<UUID> people = new HashSet<>();
        people.add(plan.personId());
        if (plan.approvedBy() != null) {
            people.add(plan.approvedBy());
        }
        actions.stream().map(ActionRow::mentorId).filter(Objects::nonNull).forEach(people::add);
        comments.forEach(c -> people.add(c.authorId()));
        changes.stream().map(DevelopmentRepository.ChangeRow::changedBy).filter(Objects::nonNull).forEach(people::add);
        Map<UUID, String> names = org.names(people);
        Set<UUID> competencyIds = objectives.stream().map(ObjectiveRow::competencyId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, Competency> competencies = competencyIds.isEmpty() ? Map.of() : frameworks.competencies(competencyIds);
        Map<UUID, String> itemTitles = new HashMap<>();
        actions.stream().map(ActionRow::trainingItemId).filter(Objects::nonNull).distinct()
                .forEach(id -> library.item(id).map(TrainingItem::title).ifPresent(t -> itemTitles.put(id, t)));
        List<Objective> assembled = objectives.stream().map(o -> new Objective(o.id(), o.position(), o.title(),
                o.description(), o.source(), o.competencyId(),
                o.competencyId() == null || !competencies.containsKey(o.competencyId()) ? null
                        : competencies.get(o.competencyId()).name(),
                o.targetLevelId(), o.growthArea(), o.ownerId(), o.dueOn(), o.status(), o.smartScore(), o.smartMissing(),
                o.goalId(),
                milestones.stream().filter(m -> m.objectiveId().equals(o.id()))
                        .map(m -> new PlanMilestone(m.id(), m.title(), m.dueOn(), m.doneOn())).toList(),
                actions.stream().filter(a -> a.objectiveId().equals(o.id()))
                        .map(a -> new PlanAction(a.id(), a.kind(), a.title(), a.mentorId(),
                                a.mentorId() == null ? null : names.get(a.mentorId()), a.trainingItemId(),
                                a.trainingItemId() == null ? null : itemTitles.get(a.trainingItemId()), a.dueOn(),
                                a.status(), a.completedAt())).toList())).toList();
        int progress = repository.progress(ids).getOrDefault(plan.id(),
                new DevelopmentRepository.PlanProgress(plan.id(), 0, 0)).percent();
        return new DevelopmentPlan(plan.id(), plan.personId(), names.getOrDefault(plan.personId(), ""),
                plan.periodStart(), plan.periodEnd(), plan.status(), plan.reviewCadenceDays(), plan.submittedAt(),
                plan.approvedAt(), plan.approvedBy(), plan.approvedBy() == null ? null : names.get(plan.approvedBy()),
                plan.changedSinceApproval(), plan.lastTouchedAt(), plan.staleAt(clock.instant()), progress, assembled,
                comments.stream().map(c -> new PlanComment(c.id(), c.authorId(), names.getOrDefault(c.authorId(), ""),
                        c.body(), c.createdAt())).toList(),
                changes.stream().map(c -> new PlanChange(c.changedBy(), c.changedBy() == null ? "" :
                        names.getOrDefault(c.changedBy(), ""), c.changedAt(), c.what(), c.detail())).toList(),
                plan.version());
    }

    // ------------------------------------------------------------------ access

    /** The organisation's day: which plan is current, and the latest day a milestone may be marked done on. */
    public LocalDate today() {
        return settings.todayAt(clock);
    }

    /** The organisation's time zone, the one a plan's changes are dated in. */
    public java.time.ZoneId zone() {
        return settings.zone();
    }

    private boolean mayView(Actor me, UUID personId) {
        return personId != null && (personId.equals(me.personId()) || me.hrAdmin()
                || org.isAbove(me.personId(), personId));
    }

    private void requireView(Actor me, UUID personId) {
        if (!mayView(me, personId) || org.person(personId).isEmpty()) {
            throw new ResourceNotFoundException("person", personId);
        }
    }

    /** The plan if the actor may see it; otherwise the answer of a plan that does not exist. */
    private PlanRow visible(Actor me, UUID planId) {
        return repository.plan(planId).filter(p -> mayView(me, p.personId()))
                .orElseThrow(() -> new ResourceNotFoundException("development_plan", planId));
    }

    Actor actor() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || user.personId() == null) {
            throw new AccessDeniedException("development plans belong to a tenant's people");
        }
        return new Actor(user.personId(), user.has(Role.HR_ADMIN), true);
    }

    private Actor systemActor(UUID personId) {
        if (TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("acting on someone's behalf is for system work only");
        }
        return new Actor(personId, org.isHrAdmin(personId), false);
    }

    Collection<UUID> everyoneBelow(UUID managerId) {
        return org.everyoneBelow(managerId);
    }
}
