package io.kadens.privacy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exporters of the people model and the audit log, which have no feature of their own to live in. */
@Configuration(proxyBeanMethods = false)
class PersonDataExporters {

    /** {@code person.json}: the employee record, organisation links and sign-in facts (never the password hash). */
    @Bean
    PersonalDataExporter personRecordExporter(PrivacyRepository repository) {
        return personId -> Map.of("person", repository.personData(personId));
    }

    /** {@code audit-about.json} and {@code audit-by.json}: admin actions about the person and by them. */
    @Bean
    PersonalDataExporter auditExporter(AuditLog auditLog) {
        return personId -> Map.of(
                "audit-about", all(auditLog, new AuditQuery(null, null, null, "person", personId.toString(), null, null)),
                "audit-by", all(auditLog, new AuditQuery(null, null, personId, null, null, null, null)));
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
