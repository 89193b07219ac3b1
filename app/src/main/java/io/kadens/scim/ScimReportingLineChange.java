package io.kadens.scim;

import io.kadens.audit.AuditEntry;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change of someone's manager that an identity provider made through SCIM, as HR admins see it.
 *
 * @param previousManagerName null when the person had no manager before
 * @param newManagerName      null when the change removed their manager
 * @param actor               which SCIM token made it ("SCIM token Okta")
 */
public record ScimReportingLineChange(Instant at, UUID personId, String personName, String previousManagerName,
                                      String newManagerName, String actor) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An audit entry's ids, before their names are looked up. */
    record Raw(Instant at, UUID personId, UUID previousManager, UUID newManager, String actor) {

        static Raw of(AuditEntry entry) {
            return new Raw(entry.occurredAt(), ScimUsers.uuid(entry.subjectId()), managerIn(entry.beforeState()),
                    managerIn(entry.afterState()), entry.actorLabel());
        }

        Set<UUID> ids() {
            Set<UUID> ids = new HashSet<>();
            for (UUID id : new UUID[] {personId, previousManager, newManager}) {
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        }

        ScimReportingLineChange named(Map<UUID, String> names) {
            return new ScimReportingLineChange(at, personId, personId == null ? null : names.get(personId),
                    previousManager == null ? null : names.get(previousManager),
                    newManager == null ? null : names.get(newManager), actor);
        }

        private static UUID managerIn(String state) {
            if (state == null) {
                return null;
            }
            JsonNode manager = JSON.readTree(state).get("managerId");
            return manager == null || manager.isNull() ? null : ScimUsers.uuid(manager.asString());
        }
    }
}
