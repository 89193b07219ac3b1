package io.kadens.surveys;

import static io.kadens.db.Tables.SURVEY;
import static io.kadens.db.Tables.SURVEY_ANSWER;
import static io.kadens.db.Tables.SURVEY_INVITEE;
import static io.kadens.db.Tables.SURVEY_SCHEDULE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to survey schedules, the runs they opened and who has not answered; under row-level security. */
@Repository
class SurveyScheduleRepository {

    private static final int DEFAULT_REMIND_AFTER_DAYS = 3;

    private final DSLContext db;

    SurveyScheduleRepository(DSLContext db) {
        this.db = db;
    }

    /** Someone asked by an open survey who has not answered its current questions, and the survey's title. */
    record Unanswered(UUID surveyId, int revision, String title, UUID personId) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, NewSurveySchedule schedule) {
        db.insertInto(SURVEY_SCHEDULE)
                .set(SURVEY_SCHEDULE.ID, id)
                .set(SURVEY_SCHEDULE.TITLE, schedule.title().strip())
                .set(SURVEY_SCHEDULE.TEMPLATE, schedule.template().name())
                .set(SURVEY_SCHEDULE.BANK_QUESTIONS, schedule.bankQuestions().stream().map(Enum::name).toArray(String[]::new))
                .set(SURVEY_SCHEDULE.AUDIENCE, schedule.audience().name())
                .set(SURVEY_SCHEDULE.AUDIENCE_ID, schedule.audience() == AudienceKind.EVERYONE ? null : schedule.audienceId())
                .set(SURVEY_SCHEDULE.EVERY_MONTHS, (short) schedule.everyMonths())
                .set(SURVEY_SCHEDULE.NEXT_RUN_ON, schedule.firstRunOn())
                .set(SURVEY_SCHEDULE.REMIND_AFTER_DAYS, (short) schedule.remindAfterDays())
                .execute();
    }

    List<SurveySchedule> all() {
        return db.selectFrom(SURVEY_SCHEDULE).orderBy(SURVEY_SCHEDULE.CREATED_AT.desc(), SURVEY_SCHEDULE.TITLE)
                .fetch(this::schedule);
    }

    /** Active schedules whose next run is due on or before this date, locked so one round handles each. */
    List<SurveySchedule> dueOn(LocalDate today) {
        return db.selectFrom(SURVEY_SCHEDULE)
                .where(SURVEY_SCHEDULE.ACTIVE).and(SURVEY_SCHEDULE.NEXT_RUN_ON.le(today))
                .orderBy(SURVEY_SCHEDULE.NEXT_RUN_ON)
                .forUpdate().skipLocked()
                .fetch(this::schedule);
    }

    private SurveySchedule schedule(Record row) {
        var r = row.into(SURVEY_SCHEDULE);
        return new SurveySchedule(r.getId(), r.getVersion(), r.getTitle(), SurveyTemplate.valueOf(r.getTemplate()),
                Arrays.stream(r.getBankQuestions()).map(BankQuestion::valueOf).toList(),
                AudienceKind.valueOf(r.getAudience()), r.getAudienceId(), r.getEveryMonths(), r.getNextRunOn(),
                r.getRemindAfterDays(), r.getActive());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void advance(UUID scheduleId, LocalDate nextRunOn) {
        db.update(SURVEY_SCHEDULE)
                .set(SURVEY_SCHEDULE.NEXT_RUN_ON, nextRunOn)
                .set(SURVEY_SCHEDULE.VERSION, SURVEY_SCHEDULE.VERSION.plus(1))
                .where(SURVEY_SCHEDULE.ID.eq(scheduleId))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setActive(UUID scheduleId, long expectedVersion, boolean active) {
        return db.update(SURVEY_SCHEDULE)
                .set(SURVEY_SCHEDULE.ACTIVE, active)
                .set(SURVEY_SCHEDULE.VERSION, SURVEY_SCHEDULE.VERSION.plus(1))
                .where(SURVEY_SCHEDULE.ID.eq(scheduleId)).and(SURVEY_SCHEDULE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean hasRun(UUID scheduleId, LocalDate runOn) {
        return db.fetchExists(SURVEY, SURVEY.SCHEDULE_ID.eq(scheduleId).and(SURVEY.RUN_ON.eq(runOn)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markRun(UUID surveyId, UUID scheduleId, LocalDate runOn) {
        db.update(SURVEY).set(SURVEY.SCHEDULE_ID, scheduleId).set(SURVEY.RUN_ON, runOn)
                .where(SURVEY.ID.eq(surveyId)).execute();
    }

    /** The schedule's open runs, with their versions, to close before the next opens. */
    List<SurveyRepository.SurveyRow> openRuns(UUID scheduleId) {
        return db.select(SURVEY.ID, SURVEY.VERSION).from(SURVEY)
                .where(SURVEY.SCHEDULE_ID.eq(scheduleId)).and(SURVEY.STATUS.eq(SurveyStatus.OPEN.name()))
                .fetch(row -> new SurveyRepository.SurveyRow(row.value1(), row.value2(), null, null, null, null,
                        SurveyStatus.OPEN, 0));
    }

    /**
     * Invitees of open surveys, opened at least their reminder delay before {@code now} (the schedule's, or three
     * days), who have not answered the current questions.
     */
    List<Unanswered> unanswered(Instant now) {
        return db.select(SURVEY.ID, SURVEY.REVISION, SURVEY.TITLE, SURVEY_INVITEE.PERSON_ID)
                .from(SURVEY)
                .join(SURVEY_INVITEE).on(SURVEY_INVITEE.TENANT_ID.eq(SURVEY.TENANT_ID).and(SURVEY_INVITEE.SURVEY_ID.eq(SURVEY.ID)))
                .leftJoin(SURVEY_SCHEDULE).on(SURVEY_SCHEDULE.TENANT_ID.eq(SURVEY.TENANT_ID)
                        .and(SURVEY_SCHEDULE.ID.eq(SURVEY.SCHEDULE_ID)))
                .where(SURVEY.STATUS.eq(SurveyStatus.OPEN.name()))
                .and(DSL.condition("coalesce({0}, {1}) + make_interval(days => coalesce({2}, {3})::int) <= {4}",
                        SURVEY.OPENED_AT, SURVEY.CREATED_AT, SURVEY_SCHEDULE.REMIND_AFTER_DAYS,
                        DSL.inline(DEFAULT_REMIND_AFTER_DAYS), DSL.val(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))))
                .andNotExists(DSL.selectOne().from(SURVEY_ANSWER)
                        .where(SURVEY_ANSWER.TENANT_ID.eq(SURVEY_INVITEE.TENANT_ID))
                        .and(SURVEY_ANSWER.SURVEY_ID.eq(SURVEY_INVITEE.SURVEY_ID))
                        .and(SURVEY_ANSWER.PERSON_ID.eq(SURVEY_INVITEE.PERSON_ID))
                        .and(SURVEY_ANSWER.REVISION.eq(SURVEY.REVISION)))
                .orderBy(SURVEY.ID, SURVEY_INVITEE.PERSON_ID)
                .fetch(row -> new Unanswered(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
