package io.kadens.reviews;

import io.kadens.audit.AuditLog;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review cycles for HR admins: set up (kind, template, window, phases with deadlines, participants by
 * department, team or list), launch all or nothing, pause and resume, extend a deadline, close (listing
 * unfinished reviews first), and add joiners or remove leavers while it runs. Every change is audited.
 */
@Service
public class ReviewCycles {

    public static final int MAX_NAME = 120;
    public static final int MAX_PEER_CAP = 10;
    public static final int DEFAULT_PEER_CAP = 3;

    private final ReviewCycleRepository repository;
    private final ReviewTemplateRepository templates;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReviewCycles(ReviewCycleRepository repository, ReviewTemplateRepository templates, OrgFacts org,
                 CurrentUser currentUser, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.templates = templates;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A new cycle of this kind as the form starts it: the kind's window ending today and deadlines spread over ten weeks. */
    public static CycleDraft defaultDraft(CycleKind kind, UUID templateId, LocalDate today) {
        int[] weeksAfterLaunch = {2, 2, 4, 6, 8, 9, 10};
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        for (CyclePhase phase : CyclePhase.values()) {
            deadlines.put(phase, today.plusWeeks(weeksAfterLaunch[phase.ordinal()]));
        }
        return new CycleDraft("", kind, templateId, today.minusMonths(kind.windowMonths()).plusDays(1), today,
                DEFAULT_PEER_CAP, deadlines, null);
    }

    // ------------------------------------------------------------------ reading

    public List<ReviewCycle> cycles() {
        requireHrAdmin();
        return transactions.execute(status -> {
            var rows = repository.cycles();
            var progress = repository.progress(rows.stream().map(ReviewCycleRepository.CycleRow::id).toList());
            return rows.stream().map(row -> toCycle(row, progress.get(row.id()))).toList();
        });
    }

    public Optional<ReviewCycle> cycle(UUID id) {
        requireHrAdmin();
        return transactions.execute(status -> repository.cycle(id).map(this::toCycle));
    }

    public List<CycleParticipant> participants(UUID cycleId) {
        requireHrAdmin();
        return transactions.execute(status -> {
            requireCycle(cycleId, false);
            var rows = repository.participants(cycleId);
            Set<UUID> ids = new HashSet<>();
            rows.forEach(r -> {
                ids.add(r.personId());
                if (r.managerId() != null) {
                    ids.add(r.managerId());
                }
            });
            Map<UUID, String> names = org.names(ids);
            return rows.stream().map(r -> new CycleParticipant(r.personId(), names.get(r.personId()), r.managerId(),
                            r.managerId() == null ? null : names.get(r.managerId()), r.active(), r.addedAt(),
                            r.removedAt(), r.reviews(), r.submitted()))
                    .sorted(java.util.Comparator.comparing((CycleParticipant p) -> String.valueOf(p.name()))
                            .thenComparing(CycleParticipant::personId))
                    .toList();
        });
    }

    /** The reviews nobody has submitted yet, with names; what closing asks about. */
    public List<UnfinishedReview> unfinished(UUID cycleId) {
        requireHrAdmin();
        return transactions.execute(status -> {
            requireCycle(cycleId, false);
            return unfinishedIn(cycleId);
        });
    }

    private List<UnfinishedReview> unfinishedIn(UUID cycleId) {
        var rows = repository.unfinished(cycleId);
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.subjectId());
            ids.add(r.authorId());
        });
        Map<UUID, String> names = org.names(ids);
        return rows.stream().map(r -> new UnfinishedReview(r.id(), r.subjectId(), names.get(r.subjectId()),
                r.authorId(), names.get(r.authorId()), r.form(), r.status())).toList();
    }

    private ReviewCycle toCycle(ReviewCycleRepository.CycleRow row) {
        return toCycle(row, repository.progress(List.of(row.id())).get(row.id()));
    }

    private ReviewCycle toCycle(ReviewCycleRepository.CycleRow row, ReviewCycle.Progress progress) {
        return new ReviewCycle(row.id(), row.name(), row.kind(), row.templateId(), row.templateVersion(),
                row.windowStart(), row.windowEnd(), row.peerCap(), row.status(), repository.deadlines(row.id()),
                repository.selection(row.id()), row.launchedAt(), row.closedAt(), row.version(), progress);
    }

    // ------------------------------------------------------------------ setting up

    public ReviewCycle create(CycleDraft draft) {
        requireHrAdmin();
        return transactions.execute(status -> {
            CycleDraft clean = validate(draft);
            UUID id = UUID.randomUUID();
            repository.insertCycle(id, clean);
            repository.replaceDeadlines(id, clean.deadlines());
            repository.replaceSelection(id, clean.selection());
            audit.record("review.cycle.created", "review_cycle", id.toString(), null, summary(clean));
            return toCycle(repository.cycle(id).orElseThrow());
        });
    }

    /** Changes a cycle that has not been launched yet. */
    public ReviewCycle update(UUID id, CycleDraft draft, long expectedVersion) {
        requireHrAdmin();
        return transactions.execute(status -> {
            var row = requireCycle(id, true);
            if (row.status() != CycleStatus.DRAFT) {
                throw InvalidInputException.of("status", "reviews.cycle.not-draft");
            }
            CycleDraft clean = validate(draft);
            if (!repository.updateCycle(id, clean, expectedVersion)) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            repository.replaceDeadlines(id, clean.deadlines());
            repository.replaceSelection(id, clean.selection());
            audit.record("review.cycle.updated", "review_cycle", id.toString(), Map.of("name", row.name()), summary(clean));
            return toCycle(repository.cycle(id).orElseThrow());
        });
    }

    private Map<String, Object> summary(CycleDraft draft) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", draft.name());
        summary.put("kind", draft.kind().name());
        summary.put("templateId", draft.templateId().toString());
        summary.put("window", draft.windowStart() + "/" + draft.windowEnd());
        summary.put("peerCap", draft.peerCap());
        summary.put("departments", draft.selection().departmentIds().size());
        summary.put("teams", draft.selection().teamIds().size());
        summary.put("people", draft.selection().personIds().size());
        return summary;
    }

    /** Checks a draft inside the transaction (the template must exist in the tenant and not be archived). */
    private CycleDraft validate(CycleDraft draft) {
        var errors = new InvalidInputException.Collector();
        if (draft == null) {
            throw InvalidInputException.of("name", "reviews.cycle.name.required");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        errors.check(!name.isEmpty(), "name", "reviews.cycle.name.required");
        errors.check(name.length() <= MAX_NAME, "name", "reviews.template.name.too-long");
        errors.check(draft.kind() != null, "kind", "reviews.cycle.kind.required");
        errors.check(draft.templateId() != null, "templateId", "reviews.cycle.template.required");
        if (draft.templateId() != null) {
            // another tenant's template answers like one that never existed
            var template = templates.template(draft.templateId())
                    .orElseThrow(() -> new ResourceNotFoundException("review-template", draft.templateId()));
            errors.check(!template.archived(), "templateId", "reviews.cycle.template.archived");
        }
        errors.check(draft.windowStart() != null, "windowStart", "reviews.cycle.window.required");
        errors.check(draft.windowEnd() != null, "windowEnd", "reviews.cycle.window.required");
        errors.check(draft.windowStart() == null || draft.windowEnd() == null
                || !draft.windowStart().isAfter(draft.windowEnd()), "windowEnd", "reviews.cycle.window.order");
        int peerCap = draft.peerCap() == null ? DEFAULT_PEER_CAP : draft.peerCap();
        errors.check(peerCap >= 0 && peerCap <= MAX_PEER_CAP, "peerCap", "reviews.cycle.peer-cap.range");
        LocalDate previous = null;
        for (CyclePhase phase : CyclePhase.values()) {
            LocalDate deadline = draft.deadlines().get(phase);
            String field = "deadlines." + phase.name();
            errors.check(deadline != null, field, "reviews.cycle.deadline.required");
            errors.check(deadline == null || previous == null || !deadline.isBefore(previous), field,
                    "reviews.cycle.deadline.order");
            previous = deadline == null ? previous : deadline;
        }
        // ids the tenant does not know (another tenant's among them) answer like ids that never existed
        ParticipantSelection selection = draft.selection();
        if (org.departments(selection.departmentIds()).size() != selection.departmentIds().size()
                || org.teams(selection.teamIds()).size() != selection.teamIds().size()
                || org.people(selection.personIds()).size() != selection.personIds().size()) {
            throw new ResourceNotFoundException("review-selection", "selection");
        }
        errors.throwIfAny();
        return new CycleDraft(name, draft.kind(), draft.templateId(), draft.windowStart(), draft.windowEnd(), peerCap,
                draft.deadlines(), draft.selection());
    }

    // ------------------------------------------------------------------ running

    /**
     * Launches a draft: fixes the template version, resolves the selection into participants and creates
     * every self and manager review, in one transaction. Nothing is written when anything fails.
     */
    public ReviewCycle launch(UUID id, long expectedVersion) {
        requireHrAdmin();
        return transactions.execute(status -> {
            var row = requireCycle(id, true);
            if (row.status() != CycleStatus.DRAFT) {
                throw InvalidInputException.of("status", "reviews.cycle.not-draft");
            }
            if (row.version() != expectedVersion) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            var template = templates.template(row.templateId()).orElseThrow();
            if (template.archived()) {
                throw InvalidInputException.of("templateId", "reviews.cycle.template.archived");
            }
            TemplateVersion version = templates.version(template.id(), template.currentVersion()).orElseThrow();
            ParticipantSelection selection = repository.selection(id);
            List<OrgPerson> people = org.activeMembersOf(selection.departmentIds(), selection.teamIds(),
                    selection.personIds());
            if (people.isEmpty()) {
                throw InvalidInputException.of("selection", "reviews.cycle.selection.empty");
            }
            Instant now = clock.instant();
            Launch launch = launchOf(people, asks(version, ReviewForm.SELF), asks(version, ReviewForm.MANAGER),
                    asks(version, ReviewForm.UPWARD));
            int added = repository.insertParticipants(id, launch.people(), launch.managers(), now);
            int reviews = repository.insertLaunchReviews(id, launch.subjects(), launch.authors(), launch.forms());
            if (!repository.changeStatus(id, CycleStatus.DRAFT, CycleStatus.ACTIVE, expectedVersion, version.number(), now)) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            audit.record("review.cycle.launched", "review_cycle", id.toString(), Map.of("status", "DRAFT"),
                    Map.of("status", "ACTIVE", "templateVersion", version.number(), "participants", added,
                            "reviews", reviews));
            // A draft has no participants, so the progress is what was just written. Counting it again in the
            // database would join tables whose statistics predate this transaction's 10,000 rows: the planner then
            // picks nested loops and a 10,000-person launch took over a minute.
            return toCycle(repository.cycle(id).orElseThrow(), new ReviewCycle.Progress(added, reviews, 0));
        });
    }

    /**
     * What a launch writes, worked out in memory from the one people query: the participants with their managers
     * (a manager who has left writes nothing, so they are not recorded), and every review as three parallel arrays
     * (subject, author, form): a self review each, a manager review where there is a manager, and an upward review
     * of each participant's manager when that manager takes part too.
     */
    record Launch(List<UUID> people, List<UUID> managers, List<UUID> subjects, List<UUID> authors, List<String> forms) {
    }

    private Launch launchOf(List<OrgPerson> people, boolean self, boolean manager, boolean upward) {
        Set<UUID> managerIds = new HashSet<>();
        people.forEach(p -> {
            if (p.managerId() != null) {
                managerIds.add(p.managerId());
            }
        });
        Set<UUID> activeManagers = managerIds.isEmpty() ? Set.of() : org.active(managerIds);
        Set<UUID> taking = new HashSet<>(people.size() * 2);
        people.forEach(p -> taking.add(p.id()));
        int size = people.size();
        List<UUID> ids = new ArrayList<>(size);
        List<UUID> managers = new ArrayList<>(size);
        List<UUID> subjects = new ArrayList<>(size * 3);
        List<UUID> authors = new ArrayList<>(size * 3);
        List<String> forms = new ArrayList<>(size * 3);
        Set<UUID> seen = new HashSet<>(size * 2);
        for (OrgPerson person : people) {
            if (!seen.add(person.id())) {
                continue;
            }
            UUID theirManager = activeManagers.contains(person.managerId()) ? person.managerId() : null;
            ids.add(person.id());
            managers.add(theirManager);
            if (self) {
                subjects.add(person.id());
                authors.add(person.id());
                forms.add(ReviewForm.SELF.name());
            }
            if (manager && theirManager != null) {
                subjects.add(person.id());
                authors.add(theirManager);
                forms.add(ReviewForm.MANAGER.name());
            }
            if (upward && theirManager != null && taking.contains(theirManager)) {
                subjects.add(theirManager);
                authors.add(person.id());
                forms.add(ReviewForm.UPWARD.name());
            }
        }
        return new Launch(ids, managers, subjects, authors, forms);
    }

    private static boolean asks(TemplateVersion version, ReviewForm form) {
        return version.questions().stream().anyMatch(q -> q.forms().contains(form));
    }

    public ReviewCycle pause(UUID id, long expectedVersion) {
        return move(id, CycleStatus.ACTIVE, CycleStatus.PAUSED, expectedVersion, "review.cycle.paused");
    }

    public ReviewCycle resume(UUID id, long expectedVersion) {
        return move(id, CycleStatus.PAUSED, CycleStatus.ACTIVE, expectedVersion, "review.cycle.resumed");
    }

    private ReviewCycle move(UUID id, CycleStatus from, CycleStatus to, long expectedVersion, String action) {
        requireHrAdmin();
        return transactions.execute(status -> {
            var row = requireCycle(id, true);
            if (row.status() != from) {
                throw InvalidInputException.of("status", "reviews.cycle.not-" + from.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (!repository.changeStatus(id, from, to, expectedVersion, null, clock.instant())) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            audit.record(action, "review_cycle", id.toString(), Map.of("status", from.name()), Map.of("status", to.name()));
            return toCycle(repository.cycle(id).orElseThrow());
        });
    }

    /**
     * Moves a phase's deadline later. Later phases whose deadline would now come before it move to the same
     * day, so the phases stay in order.
     */
    public ReviewCycle extendDeadline(UUID id, CyclePhase phase, LocalDate newDeadline, long expectedVersion) {
        requireHrAdmin();
        if (phase == null) {
            throw InvalidInputException.of("phase", "reviews.cycle.phase.required");
        }
        if (newDeadline == null) {
            throw InvalidInputException.of("deadline", "reviews.cycle.deadline.required");
        }
        return transactions.execute(status -> {
            var row = requireCycle(id, true);
            if (row.status() == CycleStatus.CLOSED) {
                throw InvalidInputException.of("status", "reviews.cycle.closed");
            }
            Map<CyclePhase, LocalDate> before = repository.deadlines(id);
            if (!newDeadline.isAfter(before.get(phase))) {
                throw InvalidInputException.of("deadline", "reviews.cycle.deadline.not-later");
            }
            Map<CyclePhase, LocalDate> after = new EnumMap<>(before);
            after.put(phase, newDeadline);
            for (CyclePhase later : CyclePhase.values()) {
                if (later.ordinal() > phase.ordinal() && after.get(later).isBefore(newDeadline)) {
                    after.put(later, newDeadline);
                }
            }
            if (!repository.bumpVersion(id, expectedVersion)) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            repository.replaceDeadlines(id, after);
            audit.record("review.cycle.deadline_extended", "review_cycle", id.toString(), asText(before), asText(after));
            return toCycle(repository.cycle(id).orElseThrow());
        });
    }

    private static Map<String, String> asText(Map<CyclePhase, LocalDate> deadlines) {
        Map<String, String> text = new LinkedHashMap<>();
        deadlines.forEach((phase, date) -> text.put(phase.name(), date.toString()));
        return text;
    }

    /**
     * Closes a running or paused cycle. With reviews still unfinished, it refuses unless
     * {@code confirmUnfinished}, naming them in {@link UnfinishedReviewsException}; nothing changes then.
     */
    public ReviewCycle close(UUID id, long expectedVersion, boolean confirmUnfinished) {
        requireHrAdmin();
        return transactions.execute(status -> {
            var row = requireCycle(id, true);
            if (row.status() != CycleStatus.ACTIVE && row.status() != CycleStatus.PAUSED) {
                throw InvalidInputException.of("status", "reviews.cycle.not-running");
            }
            if (row.version() != expectedVersion) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            List<UnfinishedReview> unfinished = unfinishedIn(id);
            if (!unfinished.isEmpty() && !confirmUnfinished) {
                throw new UnfinishedReviewsException(unfinished);
            }
            if (!repository.changeStatus(id, row.status(), CycleStatus.CLOSED, expectedVersion, null, clock.instant())) {
                throw new ConcurrentEditException("review-cycle", id);
            }
            audit.record("review.cycle.closed", "review_cycle", id.toString(), Map.of("status", row.status().name()),
                    Map.of("status", "CLOSED", "unfinishedReviews", unfinished.size()));
            return toCycle(repository.cycle(id).orElseThrow());
        });
    }

    // ------------------------------------------------------------------ joiners and leavers

    /** Adds a person who joined (or was missed) to a running cycle, with their self and manager reviews. */
    public CycleParticipant addParticipant(UUID cycleId, UUID personId) {
        requireHrAdmin();
        return transactions.execute(status -> {
            var row = requireRunning(cycleId);
            OrgPerson person = org.person(personId).filter(OrgPerson::active)
                    .orElseThrow(() -> InvalidInputException.of("personId", "reviews.cycle.person.unknown"));
            Instant now = clock.instant();
            var existing = repository.participant(cycleId, personId);
            if (existing.isPresent() && existing.get().active()) {
                throw InvalidInputException.of("personId", "reviews.cycle.person.already");
            }
            UUID manager = person.managerId() != null && !org.active(Set.of(person.managerId())).isEmpty()
                    ? person.managerId() : null;
            if (existing.isPresent()) {
                repository.reactivateParticipant(cycleId, personId, manager, now);
            } else {
                repository.insertParticipants(cycleId, List.of(personId), java.util.Collections.singletonList(manager), now);
            }
            TemplateVersion version = templates.version(row.templateId(), row.templateVersion()).orElseThrow();
            repository.insertReviews(cycleId, asks(version, ReviewForm.SELF), asks(version, ReviewForm.MANAGER),
                    List.of(personId));
            if (asks(version, ReviewForm.UPWARD)) {
                repository.insertUpwardReviews(cycleId, personId);
            }
            audit.record("review.cycle.participant_added", "review_cycle", cycleId.toString(), null,
                    Map.of("personId", personId.toString()));
            return participantView(cycleId, personId);
        });
    }

    /**
     * Takes a person who left out of a running cycle: reviews about or by them that were not submitted are
     * dropped, submitted ones are kept.
     */
    public CycleParticipant removeParticipant(UUID cycleId, UUID personId) {
        requireHrAdmin();
        return transactions.execute(status -> {
            requireRunning(cycleId);
            var existing = repository.participant(cycleId, personId).filter(ReviewCycleRepository.ParticipantRow::active)
                    .orElseThrow(() -> new ResourceNotFoundException("review-participant", personId));
            int dropped = repository.removeParticipant(cycleId, personId, clock.instant());
            audit.record("review.cycle.participant_removed", "review_cycle", cycleId.toString(),
                    Map.of("personId", personId.toString(), "reviews", existing.reviews(), "submitted", existing.submitted()),
                    Map.of("unsubmittedReviewsDropped", dropped));
            return participantView(cycleId, personId);
        });
    }

    /** Removes every participant who is no longer active in the organisation; returns how many. */
    public int removeLeavers(UUID cycleId) {
        requireHrAdmin();
        return transactions.execute(status -> {
            requireRunning(cycleId);
            List<UUID> inCycle = repository.participants(cycleId).stream().filter(ReviewCycleRepository.ParticipantRow::active)
                    .map(ReviewCycleRepository.ParticipantRow::personId).toList();
            Set<UUID> stillHere = inCycle.isEmpty() ? Set.of() : org.active(inCycle);
            int removed = 0;
            for (UUID person : inCycle) {
                if (!stillHere.contains(person)) {
                    repository.removeParticipant(cycleId, person, clock.instant());
                    audit.record("review.cycle.participant_removed", "review_cycle", cycleId.toString(),
                            Map.of("personId", person.toString()), Map.of("reason", "left"));
                    removed++;
                }
            }
            return removed;
        });
    }

    private CycleParticipant participantView(UUID cycleId, UUID personId) {
        var r = repository.participant(cycleId, personId).orElseThrow();
        Set<UUID> ids = new HashSet<>(List.of(personId));
        if (r.managerId() != null) {
            ids.add(r.managerId());
        }
        Map<UUID, String> names = org.names(ids);
        return new CycleParticipant(personId, names.get(personId), r.managerId(),
                r.managerId() == null ? null : names.get(r.managerId()), r.active(), r.addedAt(), r.removedAt(),
                r.reviews(), r.submitted());
    }

    // ------------------------------------------------------------------ deadlines of writing

    /**
     * Why a review on this form may not be submitted today, as an i18n key, or empty when it may: the cycle
     * must be running (not paused or closed) and the form's phase deadline not passed.
     */
    static Optional<String> submissionRefusal(CycleStatus status, Map<CyclePhase, LocalDate> deadlines,
                                              ReviewForm form, LocalDate today) {
        if (status == CycleStatus.PAUSED) {
            return Optional.of("reviews.submit.paused");
        }
        if (status != CycleStatus.ACTIVE) {
            return Optional.of("reviews.submit.closed");
        }
        LocalDate deadline = deadlines.get(CyclePhase.writingPhaseOf(form));
        return deadline != null && today.isAfter(deadline) ? Optional.of("reviews.submit.late") : Optional.empty();
    }

    // ------------------------------------------------------------------ helpers

    private ReviewCycleRepository.CycleRow requireCycle(UUID id, boolean lock) {
        return (lock ? repository.cycleForUpdate(id) : repository.cycle(id))
                .orElseThrow(() -> new ResourceNotFoundException("review-cycle", id));
    }

    private ReviewCycleRepository.CycleRow requireRunning(UUID id) {
        var row = requireCycle(id, true);
        if (row.status() != CycleStatus.ACTIVE && row.status() != CycleStatus.PAUSED) {
            throw InvalidInputException.of("status", "reviews.cycle.not-running");
        }
        return row;
    }

    private KadensUser requireHrAdmin() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || !me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage review cycles");
        }
        return me;
    }
}
