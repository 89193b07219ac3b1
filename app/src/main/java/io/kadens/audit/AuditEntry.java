package io.kadens.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One admin action as recorded.
 *
 * @param actorId     the person who acted; null for the operator, SCIM and background work
 * @param actorLabel  who acted, readable (a person's name, "Operator operator@…", "SCIM token Okta")
 * @param action      dotted lower case, e.g. {@code person.updated}
 * @param beforeState JSON of the state before, or null
 * @param afterState  JSON of the state after, or null
 */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        UUID actorId,
        String actorLabel,
        String action,
        String subjectType,
        String subjectId,
        String beforeState,
        String afterState) {
}
