package io.kadens.imports;

import io.kadens.audit.AuditLog;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One audit entry per applied import ({@code people.imported}): the counts, the ids of the people
 * created and updated, and the departments created. Ids rather than names and emails, so the
 * append-only log repeats no personal data that a later erasure could not reach; one entry rather
 * than 10,000, so an import stays fast and the log readable.
 */
@Component
class ImportAudit {

    record Summary(int created, int updated, int unchanged, int departmentsCreated, List<UUID> createdPeople,
                   List<UUID> updatedPeople, List<String> departments) {
    }

    private final AuditLog auditLog;

    ImportAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void imported(ImportResult result, List<UUID> created, List<UUID> updated, List<String> departments) {
        auditLog.record("people.imported", "import", UUID.randomUUID().toString(), null,
                new Summary(result.created(), result.updated(), result.unchanged(), result.departmentsCreated(),
                        created, updated, departments));
    }
}
