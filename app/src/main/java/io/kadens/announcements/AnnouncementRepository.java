package io.kadens.announcements;

import static io.kadens.db.Tables.ANNOUNCEMENT;
import static io.kadens.db.Tables.ANNOUNCEMENT_RECIPIENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to announcements and their recipients; row-level security confines it to the bound tenant. */
@Repository
class AnnouncementRepository {

    record AnnouncementRow(UUID id, long version, String titleEn, String bodyEn, String titleSv, String bodySv,
                           AnnouncementAudience audience, UUID audienceId, boolean alsoNotify, UUID authorId,
                           Instant publishedAt, Instant endsAt, int recipients, int dismissed) {
    }

    private final DSLContext db;

    AnnouncementRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, AnnouncementDraft draft, UUID authorId, Instant now, Collection<UUID> recipients) {
        db.insertInto(ANNOUNCEMENT)
                .set(ANNOUNCEMENT.ID, id)
                .set(ANNOUNCEMENT.TITLE_EN, draft.titleEn())
                .set(ANNOUNCEMENT.BODY_EN, draft.bodyEn())
                .set(ANNOUNCEMENT.TITLE_SV, draft.titleSv())
                .set(ANNOUNCEMENT.BODY_SV, draft.bodySv())
                .set(ANNOUNCEMENT.AUDIENCE, draft.audience().name())
                .set(ANNOUNCEMENT.AUDIENCE_ID, draft.audienceId())
                .set(ANNOUNCEMENT.ALSO_NOTIFY, draft.alsoNotify())
                .set(ANNOUNCEMENT.AUTHOR_ID, authorId)
                .set(ANNOUNCEMENT.PUBLISHED_AT, at(now))
                .execute();
        if (!recipients.isEmpty()) {
            var insert = db.insertInto(ANNOUNCEMENT_RECIPIENT, ANNOUNCEMENT_RECIPIENT.ANNOUNCEMENT_ID,
                    ANNOUNCEMENT_RECIPIENT.EMPLOYEE_ID);
            for (UUID recipient : recipients) {
                insert = insert.values(id, recipient);
            }
            insert.execute();
        }
    }

    /** Every announcement with its reach, newest first. */
    List<AnnouncementRow> all() {
        var recipients = DSL.selectCount().from(ANNOUNCEMENT_RECIPIENT)
                .where(ANNOUNCEMENT_RECIPIENT.ANNOUNCEMENT_ID.eq(ANNOUNCEMENT.ID)).asField("recipients");
        var dismissed = DSL.selectCount().from(ANNOUNCEMENT_RECIPIENT)
                .where(ANNOUNCEMENT_RECIPIENT.ANNOUNCEMENT_ID.eq(ANNOUNCEMENT.ID))
                .and(ANNOUNCEMENT_RECIPIENT.DISMISSED_AT.isNotNull()).asField("dismissed");
        return db.select(ANNOUNCEMENT.fields()).select(recipients, dismissed).from(ANNOUNCEMENT)
                .orderBy(ANNOUNCEMENT.PUBLISHED_AT.desc(), ANNOUNCEMENT.ID)
                .fetch(row -> toRow(row, row.get("recipients", Integer.class), row.get("dismissed", Integer.class)));
    }

    Optional<AnnouncementRow> announcement(UUID id) {
        return db.selectFrom(ANNOUNCEMENT).where(ANNOUNCEMENT.ID.eq(id)).fetchOptional(row -> toRow(row, 0, 0));
    }

    /** The current announcements this person received and has not dismissed, newest first: one indexed query. */
    List<AnnouncementRow> currentFor(UUID personId, Instant now) {
        return db.select(ANNOUNCEMENT.fields()).from(ANNOUNCEMENT_RECIPIENT)
                .join(ANNOUNCEMENT).on(ANNOUNCEMENT.TENANT_ID.eq(ANNOUNCEMENT_RECIPIENT.TENANT_ID)
                        .and(ANNOUNCEMENT.ID.eq(ANNOUNCEMENT_RECIPIENT.ANNOUNCEMENT_ID)))
                .where(ANNOUNCEMENT_RECIPIENT.EMPLOYEE_ID.eq(personId))
                .and(ANNOUNCEMENT_RECIPIENT.DISMISSED_AT.isNull())
                .and(ANNOUNCEMENT.ENDS_AT.isNull().or(ANNOUNCEMENT.ENDS_AT.gt(at(now))))
                .orderBy(ANNOUNCEMENT.PUBLISHED_AT.desc(), ANNOUNCEMENT.ID)
                .fetch(row -> toRow(row, 0, 0));
    }

    /** Marks the announcement dismissed for this person; false when they did not receive it. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean dismiss(UUID announcementId, UUID personId, Instant now) {
        return db.update(ANNOUNCEMENT_RECIPIENT)
                .set(ANNOUNCEMENT_RECIPIENT.DISMISSED_AT, DSL.coalesce(ANNOUNCEMENT_RECIPIENT.DISMISSED_AT, DSL.val(at(now))))
                .where(ANNOUNCEMENT_RECIPIENT.ANNOUNCEMENT_ID.eq(announcementId))
                .and(ANNOUNCEMENT_RECIPIENT.EMPLOYEE_ID.eq(personId))
                .execute() == 1;
    }

    /** Ends a current announcement now (optimistic locking); false when it changed or ended meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean withdraw(UUID id, long expectedVersion, Instant now) {
        return db.update(ANNOUNCEMENT).set(ANNOUNCEMENT.ENDS_AT, at(now)).set(ANNOUNCEMENT.VERSION, expectedVersion + 1)
                .where(ANNOUNCEMENT.ID.eq(id)).and(ANNOUNCEMENT.VERSION.eq(expectedVersion))
                .and(ANNOUNCEMENT.ENDS_AT.isNull())
                .execute() == 1;
    }

    record Received(UUID announcementId, Instant dismissedAt) {
    }

    List<Received> receivedBy(UUID personId) {
        return db.select(ANNOUNCEMENT_RECIPIENT.ANNOUNCEMENT_ID, ANNOUNCEMENT_RECIPIENT.DISMISSED_AT)
                .from(ANNOUNCEMENT_RECIPIENT).where(ANNOUNCEMENT_RECIPIENT.EMPLOYEE_ID.eq(personId))
                .fetch(row -> new Received(row.value1(), instant(row.value2())));
    }

    List<UUID> writtenBy(UUID personId) {
        return db.select(ANNOUNCEMENT.ID).from(ANNOUNCEMENT).where(ANNOUNCEMENT.AUTHOR_ID.eq(personId))
                .fetch(ANNOUNCEMENT.ID);
    }

    /** Erasure: the person's receipts go; announcements they wrote stay, without their author. */
    @Transactional(propagation = Propagation.MANDATORY)
    void forget(UUID personId) {
        db.deleteFrom(ANNOUNCEMENT_RECIPIENT).where(ANNOUNCEMENT_RECIPIENT.EMPLOYEE_ID.eq(personId)).execute();
        db.update(ANNOUNCEMENT).setNull(ANNOUNCEMENT.AUTHOR_ID).where(ANNOUNCEMENT.AUTHOR_ID.eq(personId)).execute();
    }

    private static AnnouncementRow toRow(Record row, int recipients, int dismissed) {
        return new AnnouncementRow(row.get(ANNOUNCEMENT.ID), row.get(ANNOUNCEMENT.VERSION), row.get(ANNOUNCEMENT.TITLE_EN),
                row.get(ANNOUNCEMENT.BODY_EN), row.get(ANNOUNCEMENT.TITLE_SV), row.get(ANNOUNCEMENT.BODY_SV),
                AnnouncementAudience.valueOf(row.get(ANNOUNCEMENT.AUDIENCE)), row.get(ANNOUNCEMENT.AUDIENCE_ID),
                row.get(ANNOUNCEMENT.ALSO_NOTIFY), row.get(ANNOUNCEMENT.AUTHOR_ID),
                instant(row.get(ANNOUNCEMENT.PUBLISHED_AT)), instant(row.get(ANNOUNCEMENT.ENDS_AT)), recipients, dismissed);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
