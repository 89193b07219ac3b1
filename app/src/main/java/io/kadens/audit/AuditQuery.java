package io.kadens.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for the audit log; every part is optional (null or blank = any).
 *
 * @param action      an action or its prefix ("person." finds every person action)
 * @param actor       part of the actor's label, any case
 * @param actorId     the acting person
 * @param subjectType e.g. {@code person}
 * @param subjectId   the subject's id
 * @param from        inclusive
 * @param to          exclusive
 */
public record AuditQuery(String action, String actor, UUID actorId, String subjectType, String subjectId,
                         Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    public static AuditQuery about(String subjectType, String subjectId) {
        return new AuditQuery(null, null, null, subjectType, subjectId, null, null);
    }
}
