package io.kadens.oneonones;

import static io.kadens.db.Tables.AGENDA_ITEM;
import static io.kadens.db.Tables.ONE_ON_ONE_MEETING;
import static io.kadens.db.Tables.ONE_ON_ONE_PAIR;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The read queries behind {@link OneOnOneEvidence}: one each for pairs, held meetings and their agendas. */
@Repository
class OneOnOneEvidenceRepository {

    private final DSLContext db;

    OneOnOneEvidenceRepository(DSLContext db) {
        this.db = db;
    }

    record Pair(UUID id, PairKind kind, UUID leadId, UUID memberId) {

        UUID other(UUID personId) {
            return personId.equals(leadId) ? memberId : leadId;
        }

        boolean includes(UUID personId) {
            return leadId.equals(personId) || memberId.equals(personId);
        }
    }

    record Held(UUID id, UUID pairId, Instant scheduledAt, Instant completedAt, String sharedNotes) {
    }

    record Point(UUID meetingId, String text, boolean covered) {
    }

    /** Every pair, active or ended, that the person is in. */
    List<Pair> pairsOf(UUID personId) {
        return db.select(ONE_ON_ONE_PAIR.ID, ONE_ON_ONE_PAIR.KIND, ONE_ON_ONE_PAIR.LEAD_ID, ONE_ON_ONE_PAIR.MEMBER_ID)
                .from(ONE_ON_ONE_PAIR)
                .where(ONE_ON_ONE_PAIR.LEAD_ID.eq(personId).or(ONE_ON_ONE_PAIR.MEMBER_ID.eq(personId)))
                .fetch(r -> new Pair(r.value1(), PairKind.valueOf(r.value2()), r.value3(), r.value4()));
    }

    /** The completed meetings of these pairs scheduled in [from, to), oldest first. */
    List<Held> held(Collection<UUID> pairIds, Instant from, Instant to) {
        return db.select(ONE_ON_ONE_MEETING.ID, ONE_ON_ONE_MEETING.PAIR_ID, ONE_ON_ONE_MEETING.SCHEDULED_AT,
                        ONE_ON_ONE_MEETING.COMPLETED_AT, ONE_ON_ONE_MEETING.SHARED_NOTES)
                .from(ONE_ON_ONE_MEETING)
                .where(ONE_ON_ONE_MEETING.PAIR_ID.in(pairIds),
                        ONE_ON_ONE_MEETING.STATUS.eq(MeetingStatus.COMPLETED.name()),
                        ONE_ON_ONE_MEETING.SCHEDULED_AT.ge(at(from)), ONE_ON_ONE_MEETING.SCHEDULED_AT.lt(at(to)))
                .orderBy(ONE_ON_ONE_MEETING.SCHEDULED_AT, ONE_ON_ONE_MEETING.ID)
                .fetch(r -> new Held(r.value1(), r.value2(), r.value3().toInstant(),
                        r.value4() == null ? null : r.value4().toInstant(), r.value5()));
    }

    /** The talking points of these meetings, in agenda order per meeting. */
    List<Point> agendas(Collection<UUID> meetingIds) {
        return db.select(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.TEXT, AGENDA_ITEM.COVERED).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.in(meetingIds))
                .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.POSITION, AGENDA_ITEM.CREATED_AT)
                .fetch(r -> new Point(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3())));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
