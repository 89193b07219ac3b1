package io.kadens.oneonones;

import static io.kadens.db.Tables.ACTION_ITEM;
import static io.kadens.db.Tables.AGENDA_ITEM;
import static io.kadens.db.Tables.CHECK_IN;
import static io.kadens.db.Tables.CHECK_IN_ANSWER;
import static io.kadens.db.Tables.ONE_ON_ONE_MEETING;
import static io.kadens.db.Tables.ONE_ON_ONE_PAIR;
import static io.kadens.db.Tables.PRIVATE_NOTE;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * 1:1s and check-ins in a person's data export and erasure. The export (run by an HR admin) holds the
 * person's series, check-ins with their answers, talking points they added and action items they own;
 * private notes are not in it, because nobody but their author can read them (the person reads their
 * own in Kadens). Erasure deletes the person's private notes and the texts of their check-in answers;
 * meetings, pulses, agenda points and action items stay for the other person and for adherence, and
 * then belong to the pseudonymised person; the person's active series end, so nothing new is planned with them.
 */
@Component
class OneOnOnePersonalData implements PersonalDataExporter, PersonalDataEraser {

    record Series(UUID id, String kind, UUID leadId, UUID memberId, boolean active) {
    }

    record Answer(String questionEn, String text, Integer pulse) {
    }

    record CheckInPart(UUID id, OffsetDateTime meetingAt, OffsetDateTime submittedAt, Integer pulse,
                       List<Answer> answers, String reply) {
    }

    record TalkingPoint(UUID meetingId, OffsetDateTime meetingAt, String text) {
    }

    record Action(UUID id, String text, LocalDate dueDate, OffsetDateTime doneAt) {
    }

    record Reply(UUID checkInId, String text) {
    }

    record ActionForOthers(UUID id, UUID ownerId, String text) {
    }

    private final DSLContext db;

    OneOnOnePersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var series = db.selectFrom(ONE_ON_ONE_PAIR)
                .where(ONE_ON_ONE_PAIR.LEAD_ID.eq(personId).or(ONE_ON_ONE_PAIR.MEMBER_ID.eq(personId)))
                .orderBy(ONE_ON_ONE_PAIR.CREATED_AT)
                .fetch(r -> new Series(r.getId(), r.getKind(), r.getLeadId(), r.getMemberId(), r.getActive()));
        var checkIns = db.select(CHECK_IN.ID, ONE_ON_ONE_MEETING.SCHEDULED_AT, CHECK_IN.SUBMITTED_AT, CHECK_IN.PULSE,
                        CHECK_IN.REPLY)
                .from(CHECK_IN).join(ONE_ON_ONE_MEETING).on(ONE_ON_ONE_MEETING.ID.eq(CHECK_IN.MEETING_ID))
                .where(CHECK_IN.EMPLOYEE_ID.eq(personId)).orderBy(CHECK_IN.SUBMITTED_AT)
                .fetch(r -> new CheckInPart(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : r.value4().intValue(),
                        db.selectFrom(CHECK_IN_ANSWER).where(CHECK_IN_ANSWER.CHECK_IN_ID.eq(r.value1()))
                                .orderBy(CHECK_IN_ANSWER.POSITION)
                                .fetch(a -> new Answer(a.getQuestionEn(), a.getTextValue(),
                                        a.getPulseValue() == null ? null : a.getPulseValue().intValue())),
                        r.value5()));
        var points = db.select(AGENDA_ITEM.MEETING_ID, ONE_ON_ONE_MEETING.SCHEDULED_AT, AGENDA_ITEM.TEXT)
                .from(AGENDA_ITEM).join(ONE_ON_ONE_MEETING).on(ONE_ON_ONE_MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.AUTHOR_ID.eq(personId)).orderBy(ONE_ON_ONE_MEETING.SCHEDULED_AT)
                .fetch(r -> new TalkingPoint(r.value1(), r.value2(), r.value3()));
        var actions = db.selectFrom(ACTION_ITEM).where(ACTION_ITEM.OWNER_ID.eq(personId)).orderBy(ACTION_ITEM.CREATED_AT)
                .fetch(r -> new Action(r.getId(), r.getText(), r.getDueDate(), r.getDoneAt()));
        var replies = db.select(CHECK_IN.ID, CHECK_IN.REPLY).from(CHECK_IN).where(CHECK_IN.REPLIED_BY.eq(personId))
                .orderBy(CHECK_IN.SUBMITTED_AT).fetch(r -> new Reply(r.value1(), r.value2()));
        var actionsForOthers = db.selectFrom(ACTION_ITEM)
                .where(ACTION_ITEM.CREATED_BY.eq(personId).and(ACTION_ITEM.OWNER_ID.ne(personId)))
                .orderBy(ACTION_ITEM.CREATED_AT).fetch(r -> new ActionForOthers(r.getId(), r.getOwnerId(), r.getText()));
        return Map.of("oneonones-series", series, "oneonones-check-ins", checkIns,
                "oneonones-talking-points", points, "oneonones-action-items", actions,
                "oneonones-replies", replies, "oneonones-action-items-for-others", actionsForOthers);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("one_on_one_pair.lead_id", "one_on_one_pair.member_id", "check_in.employee_id",
                "check_in.replied_by", "agenda_item.author_id", "action_item.owner_id", "action_item.created_by");
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("private_note.author_id", ErasureRule.DELETED,
                "check_in.employee_id", ErasureRule.KEPT, "check_in.replied_by", ErasureRule.KEPT,
                "one_on_one_pair.lead_id", ErasureRule.KEPT, "one_on_one_pair.member_id", ErasureRule.KEPT,
                "agenda_item.author_id", ErasureRule.KEPT,
                "action_item.owner_id", ErasureRule.KEPT, "action_item.created_by", ErasureRule.KEPT);
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        // Private notes answer only to their author: bind the erased person for this one delete (it
        // reads nothing back), then restore whoever the transaction acted for.
        String actingPerson = db.fetchValue(DSL.field("current_setting('app.person_id', true)", String.class));
        db.execute("select set_config('app.person_id', {0}, true)", DSL.val(personId.toString()));
        db.deleteFrom(PRIVATE_NOTE).where(PRIVATE_NOTE.AUTHOR_ID.eq(personId)).execute();
        db.execute("select set_config('app.person_id', {0}, true)", DSL.val(actingPerson == null ? "" : actingPerson));
        db.update(CHECK_IN_ANSWER).set(CHECK_IN_ANSWER.TEXT_VALUE, (String) null)
                .where(CHECK_IN_ANSWER.CHECK_IN_ID.in(DSL.select(CHECK_IN.ID).from(CHECK_IN)
                        .where(CHECK_IN.EMPLOYEE_ID.eq(personId))))
                .execute();
        // No more meetings are planned with a former employee; the series and its past meetings stay.
        db.update(ONE_ON_ONE_PAIR).set(ONE_ON_ONE_PAIR.ACTIVE, false)
                .set(ONE_ON_ONE_PAIR.VERSION, ONE_ON_ONE_PAIR.VERSION.plus(DSL.inline(1L)))
                .where(ONE_ON_ONE_PAIR.ACTIVE.isTrue().and(ONE_ON_ONE_PAIR.LEAD_ID.eq(personId).or(ONE_ON_ONE_PAIR.MEMBER_ID.eq(personId))))
                .execute();
    }
}
