package io.kadens.imports;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One audit entry per applied import: the counts, the ids of the people created and updated and
 * the departments created (ids rather than names and emails, so the log repeats no personal data).
 */
@Component
class ImportAudit {

    record Summary(int created, int updated, int unchanged, int departmentsCreated, List<UUID> createdPeople,
                   List<UUID> updatedPeople, List<String> departments) {
    }

    void imported(ImportResult result, List<UUID> created, List<UUID> updated, List<String> departments) {
        // Written through the audit log once it is on main.
    }
}
