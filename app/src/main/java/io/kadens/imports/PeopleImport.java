package io.kadens.imports;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing people from an HRIS export: validate (a report of every bad row), then apply all or
 * nothing in one transaction. Re-importing updates people by email and never duplicates them;
 * people absent from the file are left alone.
 */
@Service
public class PeopleImport {

    private final ImportRepository repository;
    private final CurrentUser currentUser;
    private final ImportAudit audit;

    PeopleImport(ImportRepository repository, CurrentUser currentUser, ImportAudit audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** What applying would do, against the tenant's people now; writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport validate(CsvUpload upload, ColumnMapping mapping) {
        requireAdministrator();
        requireMapping(mapping);
        return ImportPlan.of(upload, mapping, repository.snapshot()).report();
    }

    /**
     * Validates again against the data as it is now and, if every row is good, writes all of it in
     * this one transaction; any problem or failure writes nothing.
     *
     * @throws ImportRejectedException with the fresh report when a row is bad
     */
    @Transactional
    public ImportResult apply(CsvUpload upload, ColumnMapping mapping, ImportProgress progress) {
        requireAdministrator();
        requireMapping(mapping);
        ImportPlan.Snapshot snapshot = repository.snapshot();
        ImportPlan plan = ImportPlan.of(upload, mapping, snapshot);
        if (!plan.report().valid()) {
            throw new ImportRejectedException(plan.report());
        }
        progress.progress(0.05);
        repository.planForBulkWrites();
        Map<String, UUID> newDepartments = repository.insertDepartments(plan.report().departmentsToCreate());

        Map<String, UUID> idByEmail = new HashMap<>();
        snapshot.people().forEach(existing -> idByEmail.put(existing.email(), existing.id()));
        for (ImportPlan.Planned person : plan.people()) {
            idByEmail.putIfAbsent(person.email(), UUID.randomUUID());
        }
        List<ImportRepository.NewRow> inserts = new ArrayList<>();
        List<ImportRepository.NewRow> updates = new ArrayList<>();
        List<UUID[]> links = new ArrayList<>();
        for (ImportPlan.Planned person : managersFirst(plan.people())) {
            UUID id = idByEmail.get(person.email());
            UUID manager = person.managerEmail() == null ? null : idByEmail.get(person.managerEmail());
            UUID department = person.departmentName() != null ? newDepartments.get(person.departmentName())
                    : person.departmentId();
            var row = new ImportRepository.NewRow(id, person.email(), person.givenName(), person.familyName(),
                    person.jobTitle(), department, manager, person.location(), person.phone(), person.startDate(),
                    person.preferredLocale(), person.status(), person.teamId(), person.jobFamilyId(),
                    person.jobLevelId(), person.employmentType());
            if (person.existingId() == null) {
                inserts.add(row);
            } else {
                if (person.changed()) {
                    updates.add(row);
                }
                if (!Objects.equals(manager, person.existingManagerId())) {
                    links.add(new UUID[] {id, manager});
                }
            }
        }

        int total = Math.max(1, inserts.size() + updates.size() + links.size());
        AtomicInteger done = new AtomicInteger();
        java.util.function.IntConsumer written = count -> progress.progress(0.05 + 0.9 * done.addAndGet(count) / total);
        repository.insertPeople(inserts, written);
        repository.updatePeople(updates, written);
        repository.updateManagers(links, written);

        ImportResult result = new ImportResult(inserts.size(), updates.size(), plan.report().unchanged(),
                newDepartments.size());
        audit.imported(result, inserts.stream().map(ImportRepository.NewRow::id).toList(),
                updates.stream().map(ImportRepository.NewRow::id).toList(), plan.report().departmentsToCreate());
        progress.progress(1.0);
        return result;
    }

    /** New people ordered so that each one's manager, if also new, is inserted before them. */
    static List<ImportPlan.Planned> managersFirst(List<ImportPlan.Planned> people) {
        Map<String, ImportPlan.Planned> newByEmail = new HashMap<>();
        people.stream().filter(p -> p.existingId() == null).forEach(p -> newByEmail.put(p.email(), p));
        Map<String, Integer> depth = new HashMap<>();
        for (ImportPlan.Planned person : people) {
            depthOf(person.email(), newByEmail, depth);
        }
        List<ImportPlan.Planned> ordered = new ArrayList<>(people);
        ordered.sort(java.util.Comparator.comparingInt(p -> depth.getOrDefault(p.email(), 0)));
        return ordered;
    }

    /** Steps up to the first manager who is not new; validation has ruled out cycles. */
    private static int depthOf(String email, Map<String, ImportPlan.Planned> newByEmail, Map<String, Integer> depth) {
        List<String> path = new ArrayList<>();
        String current = email;
        int base = 0;
        while (current != null && newByEmail.containsKey(current)) {
            Integer known = depth.get(current);
            if (known != null) {
                base = known;
                break;
            }
            path.add(current);
            current = newByEmail.get(current).managerEmail();
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            depth.put(path.get(i), ++base);
        }
        return depth.getOrDefault(email, 0);
    }

    private static void requireMapping(ColumnMapping mapping) {
        if (!mapping.missingRequired().isEmpty()) {
            throw new ImportFileException(mapping.missingRequired().getFirst());
        }
    }

    private void requireAdministrator() {
        KadensUser user = currentUser.get().orElse(null);
        if (user == null && TenantScope.explicitTenant().isPresent()) {
            return; // system work (benchmarks, seeding) binds its tenant explicitly
        }
        if (user == null || user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins import people");
        }
    }
}
