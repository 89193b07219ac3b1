package io.kadens.learning;

import io.kadens.audit.AuditLog;
import io.kadens.learning.LearningRepository.AssignmentRow;
import io.kadens.people.DepartmentHeadcount;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.people.PersonProfile;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who takes which training: managers assign items to the people who report to them (directly or
 * further down their line, never anyone else's), everyone records their own progress, and HR admins
 * see completion per department. The rules are enforced here, whatever a screen shows.
 */
@Service
public class LearningPlans {

    private final LearningRepository repository;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final TenantSettingsService settings;
    private final org.springframework.context.ApplicationEventPublisher events;

    LearningPlans(LearningRepository repository, PeopleService people, CurrentUser currentUser, AuditLog audit,
                  PlatformTransactionManager transactionManager,
                  org.springframework.context.ApplicationEventPublisher events, Clock clock,
                  TenantSettingsService settings) {
        this.events = events;
        this.repository = repository;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The organisation's day: the latest completion day and the earliest due day a person may pick, and the day
     * overdue assignments are counted on.
     */
    public LocalDate today() {
        return settings.todayAt(clock);
    }

    // ------------------------------------------------------------------ managers

    /** Assigns an item to one of the manager's reports (again: updates the due date). */
    public UUID assign(UUID itemId, UUID employeeId, LocalDate dueDate) {
        KadensUser manager = requireSignedInPerson();
        return assign(manager.personId(), itemId, employeeId, dueDate);
    }

    /**
     * For system work in an explicit tenant scope (demo seeding): an assignment in a manager's name.
     * Trusted like other system work: the caller vouches for the reporting line.
     */
    public UUID assignAs(UUID managerId, UUID itemId, UUID employeeId, LocalDate dueDate) {
        requireSystemWork();
        return assign(managerId, itemId, employeeId, dueDate, false);
    }

    private UUID assign(UUID managerId, UUID itemId, UUID employeeId, LocalDate dueDate) {
        return assign(managerId, itemId, employeeId, dueDate, true);
    }

    private UUID assign(UUID managerId, UUID itemId, UUID employeeId, LocalDate dueDate, boolean checkLine) {
        if (checkLine && !manages(managerId, employeeId)) {
            throw new AccessDeniedException("only the person's own managers assign them training");
        }
        var errors = new InvalidInputException.Collector();
        errors.check(dueDate == null || !dueDate.isBefore(today()), "dueDate", "learning.due.past");
        errors.throwIfAny();
        return transactions.execute(status -> {
            if (repository.item(itemId).isEmpty()) {
                throw InvalidInputException.of("item", "learning.item.not-found");
            }
            UUID id = repository.upsertAssignment(itemId, employeeId, managerId, dueDate);
            audit.record("training.assigned", "training_assignment", id.toString(), null,
                    Map.of("item", itemId.toString(), "employee", employeeId.toString(),
                            "due", String.valueOf(dueDate)));
            return id;
        });
    }

    /** Withdraws an assignment; only a manager of the person may. */
    public void unassign(UUID assignmentId) {
        KadensUser manager = requireSignedInPerson();
        transactions.executeWithoutResult(status -> {
            AssignmentRow row = repository.assignment(assignmentId)
                    .orElseThrow(() -> InvalidInputException.of("assignment", "learning.assignment.not-found"));
            if (!manages(manager.personId(), row.employeeId())) {
                throw new AccessDeniedException("only the person's own managers withdraw their training");
            }
            repository.deleteAssignment(assignmentId);
            audit.record("training.unassigned", "training_assignment", assignmentId.toString(),
                    Map.of("item", row.itemId().toString(), "employee", row.employeeId().toString()), null);
        });
    }

    /** The people a manager may assign to: their direct reports (the picker); deeper reports work through the API. */
    public List<DirectoryEntry> assignableReports() {
        KadensUser me = requireSignedInPerson();
        return people.profile(me.personId()).map(PersonProfile::directReports).orElse(List.of());
    }

    /** Assignments of the manager's direct reports, with their progress. */
    public List<Assignment> teamAssignments() {
        List<DirectoryEntry> reports = assignableReports();
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        reports.forEach(r -> names.put(r.id(), r.fullName()));
        return reads.execute(status -> repository.assignmentsOf(names.keySet())).stream()
                .map(row -> toAssignment(row, names.get(row.employeeId()))).toList();
    }

    /** Whether the manager is above the person in the reporting line (directly or further up). */
    private boolean manages(UUID managerId, UUID employeeId) {
        if (managerId.equals(employeeId)) {
            return false;
        }
        return people.profile(employeeId)
                .map(profile -> profile.reportingLine().stream().anyMatch(m -> m.id().equals(managerId)))
                .orElse(false);
    }

    private void requireSystemWork() {
        if (TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("only system work acts on someone's behalf");
        }
    }

    // ------------------------------------------------------------------ everyone

    /** What the signed-in person was asked to take or has started, assignments first. */
    public List<MyLearningEntry> myLearning() {
        KadensUser me = requireSignedInPerson();
        return reads.execute(status -> {
            Map<UUID, Progress> progress = new LinkedHashMap<>(repository.progressOf(me.personId()));
            List<MyLearningEntry> entries = new ArrayList<>();
            Map<UUID, String> managerNames = new HashMap<>();
            for (AssignmentRow row : repository.assignmentsOf(List.of(me.personId()))) {
                progress.remove(row.itemId());
                repository.item(row.itemId()).ifPresent(item -> entries.add(new MyLearningEntry(item, row.dueDate(),
                        managerNames.computeIfAbsent(row.assignedBy(), this::nameOf), row.progress())));
            }
            progress.forEach((itemId, p) -> repository.item(itemId)
                    .ifPresent(item -> entries.add(new MyLearningEntry(item, null, null, p))));
            return entries;
        });
    }

    public Progress myProgress(UUID itemId) {
        KadensUser me = requireSignedInPerson();
        return reads.execute(status -> repository.progressOf(me.personId()).getOrDefault(itemId, Progress.NONE));
    }

    /**
     * Records the signed-in person's progress on an item, from the version they saw
     * ({@link Progress#version()}, -1 for none). Completed needs a date, not in the future; in progress
     * a percent between 0 and 99.
     */
    public Progress recordProgress(UUID itemId, ProgressStatus status, int percent, LocalDate completedOn,
                                   long expectedVersion) {
        return recordProgress(requireSignedInPerson().personId(), itemId, status, percent, completedOn,
                expectedVersion);
    }

    /** For system work in an explicit tenant scope (demo seeding): progress in a person's name. */
    public Progress recordProgressAs(UUID personId, UUID itemId, ProgressStatus status, int percent,
                                     LocalDate completedOn) {
        requireSystemWork();
        return recordProgress(personId, itemId, status, percent, completedOn, -1);
    }

    private Progress recordProgress(UUID personId, UUID itemId, ProgressStatus status, int percent,
                                    LocalDate completedOn, long expectedVersion) {
        var errors = new InvalidInputException.Collector();
        errors.check(status != null, "status", "learning.status.required");
        errors.check(status != ProgressStatus.IN_PROGRESS || (percent >= 0 && percent < 100), "percent",
                "learning.percent.invalid");
        errors.check(status != ProgressStatus.COMPLETED || completedOn != null, "completedOn",
                "learning.completed.required");
        errors.check(completedOn == null || !completedOn.isAfter(today()), "completedOn",
                "learning.completed.future");
        errors.throwIfAny();
        Progress progress = switch (status) {
            case NOT_STARTED -> new Progress(status, 0, null, expectedVersion);
            case IN_PROGRESS -> new Progress(status, percent, null, expectedVersion);
            case COMPLETED -> new Progress(status, 100, completedOn, expectedVersion);
        };
        return transactions.execute(tx -> {
            if (repository.item(itemId).isEmpty()) {
                throw new ResourceNotFoundException("training_item", itemId);
            }
            if (!repository.saveProgress(itemId, personId, progress, expectedVersion)) {
                throw new ConcurrentEditException("training_progress", itemId);
            }
            if (status == ProgressStatus.COMPLETED) {
                events.publishEvent(new TrainingCompleted(personId, itemId));
            }
            return repository.progressOf(personId).get(itemId);
        });
    }

    // ------------------------------------------------------------------ HR admins

    /**
     * Assignments per department by state; people without a department count under {@code noTeamLabel}.
     * Overdue: not completed and past the due date (also counted in its state).
     */
    public List<TeamCompletion> completionByTeam(String noTeamLabel) {
        KadensUser me = requireTenantUser();
        if (me != null && !me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins see completion across the company");
        }
        Map<UUID, String> teamOf = new HashMap<>();
        for (DepartmentHeadcount department : people.headcounts()) {
            for (DirectoryEntry person : people.search("", department.departmentId())) {
                teamOf.put(person.id(), department.name());
            }
        }
        LocalDate today = today();
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (AssignmentRow row : reads.execute(status -> repository.allAssignments())) {
            int[] c = counts.computeIfAbsent(teamOf.getOrDefault(row.employeeId(), noTeamLabel), t -> new int[4]);
            c[row.progress().status().ordinal()]++;
            if (row.progress().status() != ProgressStatus.COMPLETED && row.dueDate() != null
                    && row.dueDate().isBefore(today)) {
                c[3]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new TeamCompletion(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3])).toList();
    }

    // ------------------------------------------------------------------ helpers

    private Assignment toAssignment(AssignmentRow row, String employeeName) {
        return new Assignment(row.id(), row.itemId(), row.itemTitle(), row.employeeId(), employeeName,
                row.assignedBy(), row.dueDate(), row.progress());
    }

    private String nameOf(UUID personId) {
        return people.find(personId).map(DirectoryEntry::fullName).orElse("");
    }

    Optional<Assignment> assignment(UUID id) {
        return reads.execute(status -> repository.assignment(id)).map(row -> toAssignment(row, nameOf(row.employeeId())));
    }

    /** The signed-in tenant user, or null for system work in an explicit tenant scope. */
    private KadensUser requireTenantUser() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return null;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no training");
        }
        return user;
    }

    private KadensUser requireSignedInPerson() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no training");
        }
        return user;
    }
}
