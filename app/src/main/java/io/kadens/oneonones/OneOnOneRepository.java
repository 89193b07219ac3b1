package io.kadens.oneonones;

import static io.kadens.db.Tables.ACTION_ITEM;
import static io.kadens.db.Tables.AGENDA_ITEM;
import static io.kadens.db.Tables.CHECK_IN;
import static io.kadens.db.Tables.CHECK_IN_ANSWER;
import static io.kadens.db.Tables.CHECK_IN_QUESTION;
import static io.kadens.db.Tables.ONE_ON_ONE_MEETING;
import static io.kadens.db.Tables.ONE_ON_ONE_PAIR;
import static io.kadens.db.Tables.PRIVATE_NOTE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to 1:1s and check-ins. Row-level security confines every query to the bound tenant and
 * private notes to the bound person. People (names, reporting lines) come from {@link OneOnOnePeople}.
 */
@Repository
class OneOnOneRepository {

    private final DSLContext db;

    OneOnOneRepository(DSLContext db) {
        this.db = db;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    // ------------------------------------------------------------------ pairs

    record PairRow(UUID id, PairKind kind, UUID leadId, UUID memberId, String cadenceOverride, boolean active,
                   long version) {

        boolean includes(UUID personId) {
            return leadId.equals(personId) || memberId.equals(personId);
        }
    }

    private static PairRow toPair(Record r) {
        return new PairRow(r.get(ONE_ON_ONE_PAIR.ID), PairKind.valueOf(r.get(ONE_ON_ONE_PAIR.KIND)),
                r.get(ONE_ON_ONE_PAIR.LEAD_ID), r.get(ONE_ON_ONE_PAIR.MEMBER_ID), r.get(ONE_ON_ONE_PAIR.CADENCE_OVERRIDE),
                r.get(ONE_ON_ONE_PAIR.ACTIVE), r.get(ONE_ON_ONE_PAIR.VERSION));
    }

    List<PairRow> allPairs(PairKind kind) {
        return db.selectFrom(ONE_ON_ONE_PAIR).where(ONE_ON_ONE_PAIR.KIND.eq(kind.name())).fetch(OneOnOneRepository::toPair);
    }

    List<PairRow> pairsOf(UUID personId) {
        return db.selectFrom(ONE_ON_ONE_PAIR)
                .where(ONE_ON_ONE_PAIR.LEAD_ID.eq(personId).or(ONE_ON_ONE_PAIR.MEMBER_ID.eq(personId)))
                .orderBy(ONE_ON_ONE_PAIR.CREATED_AT).fetch(OneOnOneRepository::toPair);
    }

    Optional<PairRow> pair(UUID id) {
        return db.selectFrom(ONE_ON_ONE_PAIR).where(ONE_ON_ONE_PAIR.ID.eq(id)).fetchOptional(OneOnOneRepository::toPair);
    }

    Optional<PairRow> pair(PairKind kind, UUID leadId, UUID memberId) {
        return db.selectFrom(ONE_ON_ONE_PAIR).where(ONE_ON_ONE_PAIR.KIND.eq(kind.name())
                        .and(ONE_ON_ONE_PAIR.LEAD_ID.eq(leadId)).and(ONE_ON_ONE_PAIR.MEMBER_ID.eq(memberId)))
                .fetchOptional(OneOnOneRepository::toPair);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertPair(PairKind kind, UUID leadId, UUID memberId, Instant now) {
        UUID id = UUID.randomUUID();
        db.insertInto(ONE_ON_ONE_PAIR)
                .set(ONE_ON_ONE_PAIR.ID, id)
                .set(ONE_ON_ONE_PAIR.KIND, kind.name()).set(ONE_ON_ONE_PAIR.LEAD_ID, leadId)
                .set(ONE_ON_ONE_PAIR.MEMBER_ID, memberId).set(ONE_ON_ONE_PAIR.CREATED_AT, at(now))
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setPairActive(UUID pairId, boolean active) {
        db.update(ONE_ON_ONE_PAIR).set(ONE_ON_ONE_PAIR.ACTIVE, active)
                .set(ONE_ON_ONE_PAIR.VERSION, ONE_ON_ONE_PAIR.VERSION.plus(1)).where(ONE_ON_ONE_PAIR.ID.eq(pairId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setCadenceOverride(UUID pairId, String cadence) {
        db.update(ONE_ON_ONE_PAIR).set(ONE_ON_ONE_PAIR.CADENCE_OVERRIDE, cadence)
                .set(ONE_ON_ONE_PAIR.VERSION, ONE_ON_ONE_PAIR.VERSION.plus(1)).where(ONE_ON_ONE_PAIR.ID.eq(pairId)).execute();
    }

    // ------------------------------------------------------------------ meetings

    record MeetingRow(UUID id, UUID pairId, Instant scheduledAt, int durationMinutes, MeetingStatus status,
                      Instant completedAt, String sharedNotes, long notesVersion, long version) {

        MeetingSummary summary() {
            return new MeetingSummary(id, pairId, scheduledAt, durationMinutes, status, completedAt, version);
        }
    }

    private static MeetingRow toMeeting(Record r) {
        return new MeetingRow(r.get(ONE_ON_ONE_MEETING.ID), r.get(ONE_ON_ONE_MEETING.PAIR_ID),
                instant(r.get(ONE_ON_ONE_MEETING.SCHEDULED_AT)), r.get(ONE_ON_ONE_MEETING.DURATION_MINUTES),
                MeetingStatus.valueOf(r.get(ONE_ON_ONE_MEETING.STATUS)), instant(r.get(ONE_ON_ONE_MEETING.COMPLETED_AT)),
                r.get(ONE_ON_ONE_MEETING.SHARED_NOTES), r.get(ONE_ON_ONE_MEETING.NOTES_VERSION),
                r.get(ONE_ON_ONE_MEETING.VERSION));
    }

    List<MeetingRow> meetingsOf(UUID pairId) {
        return db.selectFrom(ONE_ON_ONE_MEETING).where(ONE_ON_ONE_MEETING.PAIR_ID.eq(pairId))
                .orderBy(ONE_ON_ONE_MEETING.SCHEDULED_AT, ONE_ON_ONE_MEETING.ID).fetch(OneOnOneRepository::toMeeting);
    }

    /** Every meeting of these series in one query, oldest first per series (no list for a series without any). */
    Map<UUID, List<MeetingRow>> meetingsOf(Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<MeetingRow>> byPair = new HashMap<>();
        db.selectFrom(ONE_ON_ONE_MEETING).where(ONE_ON_ONE_MEETING.PAIR_ID.in(pairIds))
                .orderBy(ONE_ON_ONE_MEETING.SCHEDULED_AT, ONE_ON_ONE_MEETING.ID)
                .fetch(OneOnOneRepository::toMeeting)
                .forEach(meeting -> byPair.computeIfAbsent(meeting.pairId(), id -> new ArrayList<>()).add(meeting));
        return byPair;
    }

    /** Of these meetings, the ones that have a check-in, in one query. */
    Set<UUID> meetingsWithCheckIn(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(CHECK_IN.MEETING_ID).from(CHECK_IN).where(CHECK_IN.MEETING_ID.in(meetingIds))
                .fetch(CHECK_IN.MEETING_ID));
    }

    Optional<MeetingRow> meeting(UUID id) {
        return db.selectFrom(ONE_ON_ONE_MEETING).where(ONE_ON_ONE_MEETING.ID.eq(id))
                .fetchOptional(OneOnOneRepository::toMeeting);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<MeetingRow> meetingForUpdate(UUID id) {
        return db.selectFrom(ONE_ON_ONE_MEETING).where(ONE_ON_ONE_MEETING.ID.eq(id)).forUpdate()
                .fetchOptional(OneOnOneRepository::toMeeting);
    }

    List<MeetingRow> scheduledBetween(Instant from, Instant to) {
        return db.selectFrom(ONE_ON_ONE_MEETING)
                .where(ONE_ON_ONE_MEETING.STATUS.eq(MeetingStatus.SCHEDULED.name())
                        .and(ONE_ON_ONE_MEETING.SCHEDULED_AT.ge(at(from))).and(ONE_ON_ONE_MEETING.SCHEDULED_AT.lt(at(to))))
                .orderBy(ONE_ON_ONE_MEETING.SCHEDULED_AT).fetch(OneOnOneRepository::toMeeting);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertMeeting(UUID pairId, Instant scheduledAt, int durationMinutes) {
        UUID id = UUID.randomUUID();
        db.insertInto(ONE_ON_ONE_MEETING)
                .set(ONE_ON_ONE_MEETING.ID, id)
                .set(ONE_ON_ONE_MEETING.PAIR_ID, pairId).set(ONE_ON_ONE_MEETING.SCHEDULED_AT, at(scheduledAt))
                .set(ONE_ON_ONE_MEETING.DURATION_MINUTES, durationMinutes)
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setStatus(UUID meetingId, MeetingStatus status, Instant completedAt) {
        db.update(ONE_ON_ONE_MEETING).set(ONE_ON_ONE_MEETING.STATUS, status.name())
                .set(ONE_ON_ONE_MEETING.COMPLETED_AT, at(completedAt))
                .set(ONE_ON_ONE_MEETING.VERSION, ONE_ON_ONE_MEETING.VERSION.plus(1))
                .where(ONE_ON_ONE_MEETING.ID.eq(meetingId)).execute();
    }

    /** @return false when the version moved on */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean reschedule(UUID meetingId, Instant scheduledAt, Long expectedVersion) {
        var where = ONE_ON_ONE_MEETING.ID.eq(meetingId);
        if (expectedVersion != null) {
            where = where.and(ONE_ON_ONE_MEETING.VERSION.eq(expectedVersion));
        }
        return db.update(ONE_ON_ONE_MEETING).set(ONE_ON_ONE_MEETING.SCHEDULED_AT, at(scheduledAt))
                .set(ONE_ON_ONE_MEETING.VERSION, ONE_ON_ONE_MEETING.VERSION.plus(1)).where(where).execute() == 1;
    }

    /** @return false when someone saved since {@code expectedVersion} */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveSharedNotes(UUID meetingId, String text, long expectedVersion) {
        return db.update(ONE_ON_ONE_MEETING).set(ONE_ON_ONE_MEETING.SHARED_NOTES, text)
                .set(ONE_ON_ONE_MEETING.NOTES_VERSION, ONE_ON_ONE_MEETING.NOTES_VERSION.plus(1))
                .where(ONE_ON_ONE_MEETING.ID.eq(meetingId).and(ONE_ON_ONE_MEETING.NOTES_VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    // ------------------------------------------------------------------ agenda

    record AgendaRow(UUID id, UUID meetingId, UUID authorId, String text, int position, boolean covered,
                     boolean recurring, UUID carriedFrom, long version) {
    }

    private static AgendaRow toAgenda(Record r) {
        return new AgendaRow(r.get(AGENDA_ITEM.ID), r.get(AGENDA_ITEM.MEETING_ID), r.get(AGENDA_ITEM.AUTHOR_ID),
                r.get(AGENDA_ITEM.TEXT), r.get(AGENDA_ITEM.POSITION), r.get(AGENDA_ITEM.COVERED),
                r.get(AGENDA_ITEM.RECURRING), r.get(AGENDA_ITEM.CARRIED_FROM), r.get(AGENDA_ITEM.VERSION));
    }

    List<AgendaRow> agenda(UUID meetingId) {
        return db.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.CREATED_AT).fetch(OneOnOneRepository::toAgenda);
    }

    Optional<AgendaRow> agendaItem(UUID id) {
        return db.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id)).fetchOptional(OneOnOneRepository::toAgenda);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertAgendaItem(UUID meetingId, UUID authorId, String text, boolean recurring, UUID carriedFrom,
                          Instant now) {
        UUID id = UUID.randomUUID();
        Integer last = db.select(DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchOne(0, Integer.class);
        db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.ID, id).set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.AUTHOR_ID, authorId).set(AGENDA_ITEM.TEXT, text)
                .set(AGENDA_ITEM.POSITION, last == null ? 0 : last + 1).set(AGENDA_ITEM.RECURRING, recurring)
                .set(AGENDA_ITEM.CARRIED_FROM, carriedFrom).set(AGENDA_ITEM.CREATED_AT, at(now))
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setCovered(UUID itemId, boolean covered) {
        db.update(AGENDA_ITEM).set(AGENDA_ITEM.COVERED, covered).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setPosition(UUID itemId, int position) {
        db.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, position).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void moveAgendaItem(UUID itemId, UUID toMeetingId, UUID carriedFrom) {
        Integer last = db.select(DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(toMeetingId)).fetchOne(0, Integer.class);
        db.update(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, toMeetingId).set(AGENDA_ITEM.CARRIED_FROM, carriedFrom)
                .set(AGENDA_ITEM.POSITION, last == null ? 0 : last + 1)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1)).where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void deleteAgendaItem(UUID itemId) {
        db.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    // ------------------------------------------------------------------ action items

    record ActionRow(UUID id, UUID pairId, UUID meetingId, UUID ownerId, String text, LocalDate dueDate,
                     Instant doneAt, long version) {
    }

    private static ActionRow toAction(Record r) {
        return new ActionRow(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.PAIR_ID), r.get(ACTION_ITEM.MEETING_ID),
                r.get(ACTION_ITEM.OWNER_ID), r.get(ACTION_ITEM.TEXT), r.get(ACTION_ITEM.DUE_DATE),
                instant(r.get(ACTION_ITEM.DONE_AT)), r.get(ACTION_ITEM.VERSION));
    }

    List<ActionRow> actionItemsOf(UUID pairId) {
        return db.selectFrom(ACTION_ITEM).where(ACTION_ITEM.PAIR_ID.eq(pairId))
                .orderBy(ACTION_ITEM.DONE_AT.isNotNull(), ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.CREATED_AT)
                .fetch(OneOnOneRepository::toAction);
    }

    Map<UUID, Integer> openActionCounts(Collection<UUID> pairIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (!pairIds.isEmpty()) {
            db.select(ACTION_ITEM.PAIR_ID, DSL.count()).from(ACTION_ITEM)
                    .where(ACTION_ITEM.PAIR_ID.in(pairIds).and(ACTION_ITEM.DONE_AT.isNull()))
                    .groupBy(ACTION_ITEM.PAIR_ID).forEach(r -> result.put(r.value1(), r.value2()));
        }
        return result;
    }

    Optional<ActionRow> actionItem(UUID id) {
        return db.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).fetchOptional(OneOnOneRepository::toAction);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertActionItem(UUID pairId, UUID meetingId, UUID ownerId, UUID createdBy, String text, LocalDate due,
                          Instant now) {
        UUID id = UUID.randomUUID();
        db.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.ID, id).set(ACTION_ITEM.PAIR_ID, pairId)
                .set(ACTION_ITEM.MEETING_ID, meetingId).set(ACTION_ITEM.OWNER_ID, ownerId)
                .set(ACTION_ITEM.CREATED_BY, createdBy).set(ACTION_ITEM.TEXT, text).set(ACTION_ITEM.DUE_DATE, due)
                .set(ACTION_ITEM.CREATED_AT, at(now))
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setDone(UUID id, Instant doneAt) {
        db.update(ACTION_ITEM).set(ACTION_ITEM.DONE_AT, at(doneAt)).set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(id)).execute();
    }

    // ------------------------------------------------------------------ private notes (author-only by policy)

    Optional<PrivateNote> privateNote(UUID meetingId) {
        return db.select(PRIVATE_NOTE.TEXT, PRIVATE_NOTE.VERSION).from(PRIVATE_NOTE)
                .where(PRIVATE_NOTE.MEETING_ID.eq(meetingId))
                .fetchOptional(r -> new PrivateNote(meetingId, r.value1(), r.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean insertPrivateNote(UUID meetingId, UUID authorId, String text, Instant now) {
        return db.insertInto(PRIVATE_NOTE)
                .set(PRIVATE_NOTE.MEETING_ID, meetingId)
                .set(PRIVATE_NOTE.AUTHOR_ID, authorId).set(PRIVATE_NOTE.TEXT, text).set(PRIVATE_NOTE.UPDATED_AT, at(now))
                .onConflictDoNothing().execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updatePrivateNote(UUID meetingId, UUID authorId, String text, long expectedVersion, Instant now) {
        return db.update(PRIVATE_NOTE).set(PRIVATE_NOTE.TEXT, text).set(PRIVATE_NOTE.UPDATED_AT, at(now))
                .set(PRIVATE_NOTE.VERSION, PRIVATE_NOTE.VERSION.plus(1))
                .where(PRIVATE_NOTE.MEETING_ID.eq(meetingId).and(PRIVATE_NOTE.AUTHOR_ID.eq(authorId))
                        .and(PRIVATE_NOTE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    // ------------------------------------------------------------------ check-in questionnaire

    List<CheckInQuestion> questions() {
        return db.selectFrom(CHECK_IN_QUESTION).orderBy(CHECK_IN_QUESTION.POSITION)
                .fetch(r -> new CheckInQuestion(r.getId(), CheckInQuestionKind.valueOf(r.getKind()), r.getTextEn(),
                        r.getTextSv(), r.getRequired()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceQuestions(List<CheckInQuestion> questions) {
        db.deleteFrom(CHECK_IN_QUESTION).execute();
        int position = 0;
        for (CheckInQuestion q : questions) {
            db.insertInto(CHECK_IN_QUESTION)
                    .set(CHECK_IN_QUESTION.ID, q.id())
                    .set(CHECK_IN_QUESTION.POSITION, position++).set(CHECK_IN_QUESTION.KIND, q.kind().name())
                    .set(CHECK_IN_QUESTION.TEXT_EN, q.textEn()).set(CHECK_IN_QUESTION.TEXT_SV, q.textSv())
                    .set(CHECK_IN_QUESTION.REQUIRED, q.required())
                    .execute();
        }
    }

    // ------------------------------------------------------------------ check-ins

    record CheckInRow(UUID id, UUID meetingId, UUID employeeId, Integer pulse, Instant submittedAt, String reply,
                      UUID repliedBy, Instant repliedAt, long version) {
    }

    private static CheckInRow toCheckIn(Record r) {
        Short pulse = r.get(CHECK_IN.PULSE);
        return new CheckInRow(r.get(CHECK_IN.ID), r.get(CHECK_IN.MEETING_ID), r.get(CHECK_IN.EMPLOYEE_ID),
                pulse == null ? null : pulse.intValue(), instant(r.get(CHECK_IN.SUBMITTED_AT)), r.get(CHECK_IN.REPLY),
                r.get(CHECK_IN.REPLIED_BY), instant(r.get(CHECK_IN.REPLIED_AT)), r.get(CHECK_IN.VERSION));
    }

    Optional<CheckInRow> checkIn(UUID id) {
        return db.selectFrom(CHECK_IN).where(CHECK_IN.ID.eq(id)).fetchOptional(OneOnOneRepository::toCheckIn);
    }

    Optional<CheckInRow> checkInForMeeting(UUID meetingId) {
        return db.selectFrom(CHECK_IN).where(CHECK_IN.MEETING_ID.eq(meetingId)).fetchOptional(OneOnOneRepository::toCheckIn);
    }

    List<CheckInRow> checkInsOf(Collection<UUID> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(CHECK_IN).where(CHECK_IN.EMPLOYEE_ID.in(employeeIds))
                .orderBy(CHECK_IN.SUBMITTED_AT.desc()).limit(500).fetch(OneOnOneRepository::toCheckIn);
    }

    /** The latest pulse per employee. */
    Map<UUID, Integer> lastPulses(Collection<UUID> employeeIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            db.select(CHECK_IN.EMPLOYEE_ID, CHECK_IN.PULSE).distinctOn(CHECK_IN.EMPLOYEE_ID).from(CHECK_IN)
                    .where(CHECK_IN.EMPLOYEE_ID.in(employeeIds).and(CHECK_IN.PULSE.isNotNull()))
                    .orderBy(CHECK_IN.EMPLOYEE_ID, CHECK_IN.SUBMITTED_AT.desc())
                    .forEach(r -> result.put(r.value1(), r.value2().intValue()));
        }
        return result;
    }

    List<CheckInAnswer> answers(UUID checkInId) {
        return db.selectFrom(CHECK_IN_ANSWER).where(CHECK_IN_ANSWER.CHECK_IN_ID.eq(checkInId))
                .orderBy(CHECK_IN_ANSWER.POSITION)
                .fetch(r -> new CheckInAnswer(r.getQuestionId(), CheckInQuestionKind.valueOf(r.getKind()),
                        r.getQuestionEn(), r.getQuestionSv(), r.getTextValue(),
                        r.getPulseValue() == null ? null : r.getPulseValue().intValue()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    UUID insertCheckIn(UUID meetingId, UUID employeeId, Integer pulse, Instant submittedAt) {
        UUID id = UUID.randomUUID();
        db.insertInto(CHECK_IN)
                .set(CHECK_IN.ID, id).set(CHECK_IN.MEETING_ID, meetingId)
                .set(CHECK_IN.EMPLOYEE_ID, employeeId).set(CHECK_IN.PULSE, pulse == null ? null : pulse.shortValue())
                .set(CHECK_IN.SUBMITTED_AT, at(submittedAt))
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void updateCheckInPulse(UUID checkInId, Integer pulse) {
        db.update(CHECK_IN).set(CHECK_IN.PULSE, pulse == null ? null : pulse.shortValue())
                .set(CHECK_IN.VERSION, CHECK_IN.VERSION.plus(1)).where(CHECK_IN.ID.eq(checkInId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceAnswers(UUID checkInId, List<CheckInAnswer> answers) {
        db.deleteFrom(CHECK_IN_ANSWER).where(CHECK_IN_ANSWER.CHECK_IN_ID.eq(checkInId)).execute();
        int position = 0;
        for (CheckInAnswer a : answers) {
            db.insertInto(CHECK_IN_ANSWER)
                    .set(CHECK_IN_ANSWER.CHECK_IN_ID, checkInId)
                    .set(CHECK_IN_ANSWER.POSITION, position++).set(CHECK_IN_ANSWER.QUESTION_ID, a.questionId())
                    .set(CHECK_IN_ANSWER.KIND, a.kind().name()).set(CHECK_IN_ANSWER.QUESTION_EN, a.questionEn())
                    .set(CHECK_IN_ANSWER.QUESTION_SV, a.questionSv()).set(CHECK_IN_ANSWER.TEXT_VALUE, a.text())
                    .set(CHECK_IN_ANSWER.PULSE_VALUE, a.pulse() == null ? null : a.pulse().shortValue())
                    .execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean reply(UUID checkInId, String reply, UUID by, Instant at, long expectedVersion) {
        return db.update(CHECK_IN).set(CHECK_IN.REPLY, reply).set(CHECK_IN.REPLIED_BY, by)
                .set(CHECK_IN.REPLIED_AT, at(at)).set(CHECK_IN.VERSION, CHECK_IN.VERSION.plus(1))
                .where(CHECK_IN.ID.eq(checkInId).and(CHECK_IN.VERSION.eq(expectedVersion))).execute() == 1;
    }

    record AdherenceRow(UUID memberId, Instant scheduledAt, Instant submittedAt) {
    }

    /** Manager 1:1s not cancelled in [from, to), with the check-in's submission time if any. */
    List<AdherenceRow> managerMeetingsWithCheckIns(Instant from, Instant to) {
        return db.select(ONE_ON_ONE_PAIR.MEMBER_ID, ONE_ON_ONE_MEETING.SCHEDULED_AT, CHECK_IN.SUBMITTED_AT)
                .from(ONE_ON_ONE_MEETING)
                .join(ONE_ON_ONE_PAIR).on(ONE_ON_ONE_PAIR.ID.eq(ONE_ON_ONE_MEETING.PAIR_ID))
                .leftJoin(CHECK_IN).on(CHECK_IN.MEETING_ID.eq(ONE_ON_ONE_MEETING.ID))
                .where(ONE_ON_ONE_PAIR.KIND.eq(PairKind.MANAGER.name())
                        .and(ONE_ON_ONE_MEETING.STATUS.ne(MeetingStatus.CANCELLED.name()))
                        .and(ONE_ON_ONE_MEETING.SCHEDULED_AT.ge(at(from)))
                        .and(ONE_ON_ONE_MEETING.SCHEDULED_AT.lt(at(to))))
                .fetch(r -> new AdherenceRow(r.value1(), instant(r.value2()), instant(r.value3())));
    }
}
