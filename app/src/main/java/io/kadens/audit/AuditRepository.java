package io.kadens.audit;

import static io.kadens.db.Tables.AUDIT_ENTRY;

import io.kadens.db.tables.records.AuditEntryRecord;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    /** In the caller's transaction: an entry is written with the change it describes, or not at all. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID actorId, String actorLabel, String action, String subjectType, String subjectId,
                String beforeJson, String afterJson) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, UUID.randomUUID())
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTOR_LABEL, actorLabel)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.SUBJECT_TYPE, subjectType)
                .set(AUDIT_ENTRY.SUBJECT_ID, subjectId)
                .set(AUDIT_ENTRY.BEFORE_STATE, beforeJson == null ? null : JSONB.valueOf(beforeJson))
                .set(AUDIT_ENTRY.AFTER_STATE, afterJson == null ? null : JSONB.valueOf(afterJson))
                .execute();
    }

    List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(conditions(query))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID)
                .offset(offset)
                .limit(limit)
                .fetch(AuditRepository::toEntry);
    }

    int count(AuditQuery query) {
        return db.fetchCount(AUDIT_ENTRY, conditions(query));
    }

    private static List<Condition> conditions(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (present(query.action())) {
            String action = query.action().trim();
            conditions.add(action.endsWith(".")
                    ? AUDIT_ENTRY.ACTION.startsWith(action)
                    : AUDIT_ENTRY.ACTION.eq(action).or(AUDIT_ENTRY.ACTION.startsWith(action + ".")));
        }
        if (present(query.actor())) {
            conditions.add(AUDIT_ENTRY.ACTOR_LABEL.containsIgnoreCase(query.actor().trim()));
        }
        if (query.actorId() != null) {
            conditions.add(AUDIT_ENTRY.ACTOR_ID.eq(query.actorId()));
        }
        if (present(query.subjectType())) {
            conditions.add(AUDIT_ENTRY.SUBJECT_TYPE.eq(query.subjectType().trim()));
        }
        if (present(query.subjectId())) {
            conditions.add(AUDIT_ENTRY.SUBJECT_ID.eq(query.subjectId().trim()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(query.from().atOffset(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(query.to().atOffset(ZoneOffset.UTC)));
        }
        return conditions.isEmpty() ? List.of(DSL.trueCondition()) : conditions;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static AuditEntry toEntry(AuditEntryRecord row) {
        return new AuditEntry(row.getId(), row.getOccurredAt().toInstant(), row.getActorId(), row.getActorLabel(),
                row.getAction(), row.getSubjectType(), row.getSubjectId(),
                row.getBeforeState() == null ? null : row.getBeforeState().data(),
                row.getAfterState() == null ? null : row.getAfterState().data());
    }
}
