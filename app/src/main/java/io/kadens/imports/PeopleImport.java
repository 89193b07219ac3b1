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
        ImportPlan plan = ImportPlan.of(upload, mapping, repository.snapshot());
        if (!plan.report().valid()) {
            throw new ImportRejectedException(plan.report());
        }
        progress.progress(0.05);
        Map<String, UUID> newDepartments = repository.insertDepartments(plan.report().departmentsToCreate());

        Map<String, UUID> idByEmail = new HashMap<>();
        List<ImportRepository.NewRow> inserts = new ArrayList<>();
        List<ImportRepository.NewRow> updates = new ArrayList<>();
        for (ImportPlan.Planned person : plan.people()) {
            UUID id = person.existingId() != null ? person.existingId() : UUID.randomUUID();
            idByEmail.put(person.email(), id);
            UUID department = person.departmentName() != null ? newDepartments.get(person.departmentName())
                    : person.departmentId();
            var row = new ImportRepository.NewRow(id, person.email(), person.givenName(), person.familyName(),
                    person.jobTitle(), department, person.location(), person.phone(), person.startDate(),
                    person.preferredLocale(), person.status());
            if (person.existingId() == null) {
                inserts.add(row);
            } else if (person.changed()) {
                updates.add(row);
            }
        }
        Map<String, UUID> everyone = new HashMap<>();
        repository.snapshot().people().forEach(existing -> everyone.put(existing.email(), existing.id()));
        everyone.putAll(idByEmail);
        List<UUID[]> links = new ArrayList<>();
        for (ImportPlan.Planned person : plan.people()) {
            UUID manager = person.managerEmail() == null ? null : everyone.get(person.managerEmail());
            if (person.existingId() == null ? manager != null : !Objects.equals(manager, person.existingManagerId())) {
                links.add(new UUID[] {idByEmail.get(person.email()), manager});
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
