package io.kadens.privacy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exporters of the people model and the audit log, which have no feature of their own to live in. */
@Configuration(proxyBeanMethods = false)
class PersonDataExporters {

    /** {@code person.json}: the employee record, organisation links and sign-in facts (never the password hash). */
    @Bean
    PersonalDataExporter personRecordExporter(PrivacyRepository repository) {
        return new PersonalDataExporter() {
            @Override
            public Map<String, Object> export(UUID personId) {
                return Map.of("person", repository.personData(personId));
            }

            @Override
            public Set<String> exportedReferences() {
                return Set.of("employee.manager_id", "employee.manager_path", "team.lead_id", "user_account.employee_id",
                        "user_role.employee_id", "employee_photo.employee_id", "scim_identity.employee_id");
            }
        };
    }

    /** The people model's own references: see {@link PrivacyRepository#detach}. */
    @Bean
    PersonalDataEraser personRecordEraser(PrivacyRepository repository) {
        return new PersonalDataEraser() {
            @Override
            public void erase(UUID personId, String pseudonym) {
                repository.detach(personId);
            }

            @Override
            public Map<String, ErasureRule> erasureRules() {
                return Map.of("employee.manager_id", ErasureRule.CLEARED, "employee.manager_path", ErasureRule.CLEARED,
                        "team.lead_id", ErasureRule.CLEARED, "user_account.employee_id", ErasureRule.DELETED,
                        "user_role.employee_id", ErasureRule.DELETED, "employee_photo.employee_id", ErasureRule.DELETED,
                        "scim_identity.employee_id", ErasureRule.DELETED);
            }
        };
    }

    /** {@code audit-about.json} and {@code audit-by.json}: admin actions about the person and by them. */
    @Bean
    PersonalDataExporter auditExporter(AuditLog auditLog) {
        return new PersonalDataExporter() {
            @Override
            public Map<String, Object> export(UUID personId) {
                return Map.of(
                        "audit-about", all(auditLog, new AuditQuery(null, null, null, "person", personId.toString(), null, null)),
                        "audit-by", all(auditLog, new AuditQuery(null, null, personId, null, null, null, null)));
            }

            @Override
            public Set<String> exportedReferences() {
                return Set.of("audit_entry.actor_id", "audit_entry.subject_id");
            }
        };
    }

    private static List<AuditEntry> all(AuditLog auditLog, AuditQuery query) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int offset = 0; ; offset += AuditLog.MAX_PAGE) {
            List<AuditEntry> page = auditLog.search(query, offset, AuditLog.MAX_PAGE);
            entries.addAll(page);
            if (page.size() < AuditLog.MAX_PAGE) {
                return entries;
            }
        }
    }

}
