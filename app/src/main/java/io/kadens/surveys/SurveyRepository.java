package io.kadens.surveys;

import static io.kadens.db.Tables.SURVEY;
import static io.kadens.db.Tables.SURVEY_ANSWER;
import static io.kadens.db.Tables.SURVEY_INVITEE;
import static io.kadens.db.Tables.SURVEY_QUESTION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to the survey tables; row-level security confines every statement to the bound tenant. Answers
 * leave this class only as counts, averages and texts of whole groups, never with the person who gave them,
 * except {@link #answersOf} for the person themselves.
 */
@Repository
class SurveyRepository {

    private final DSLContext db;

    SurveyRepository(DSLContext db) {
        this.db = db;
    }

    /** A survey row; {@code revision} is the question revision that takes answers now. */
    record SurveyRow(UUID id, long version, String title, SurveyTemplate template, AudienceKind audience,
                     UUID audienceId, SurveyStatus status, int revision) {
    }

    record Invitee(UUID personId, UUID departmentId, boolean inPilot) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertSurvey(UUID id, NewSurvey survey, List<SurveyQuestion> questions) {
        db.insertInto(SURVEY)
                .set(SURVEY.ID, id)
                .set(SURVEY.TEMPLATE, survey.template().name())
                .set(SURVEY.TITLE, survey.title().strip())
                .set(SURVEY.AUDIENCE, survey.audience().name())
                .set(SURVEY.AUDIENCE_ID, survey.audience() == AudienceKind.EVERYONE ? null : survey.audienceId())
                .execute();
        insertQuestions(id, 1, questions);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertQuestions(UUID id, int revision, List<SurveyQuestion> questions) {
        for (SurveyQuestion question : questions) {
            db.insertInto(SURVEY_QUESTION)
                    .set(SURVEY_QUESTION.SURVEY_ID, id)
                    .set(SURVEY_QUESTION.REVISION, revision)
                    .set(SURVEY_QUESTION.POSITION, (short) question.position())
                    .set(SURVEY_QUESTION.KIND, question.kind().name())
                    .set(SURVEY_QUESTION.PROMPT_EN, question.promptEn())
                    .set(SURVEY_QUESTION.PROMPT_SV, question.promptSv())
                    .execute();
        }
    }

    List<SurveyRow> surveys() {
        return db.select(SURVEY.ID, SURVEY.VERSION, SURVEY.TITLE, SURVEY.TEMPLATE, SURVEY.AUDIENCE, SURVEY.AUDIENCE_ID,
                        SURVEY.STATUS, SURVEY.REVISION)
                .from(SURVEY).orderBy(SURVEY.CREATED_AT.desc(), SURVEY.TITLE)
                .fetch(row -> new SurveyRow(row.value1(), row.value2(), row.value3(), SurveyTemplate.valueOf(row.value4()),
                        AudienceKind.valueOf(row.value5()), row.value6(), SurveyStatus.valueOf(row.value7()),
                        row.value8()));
    }

    Optional<SurveyRow> survey(UUID id) {
        return surveys(SURVEY.ID.eq(id)).stream().findFirst();
    }

    private List<SurveyRow> surveys(Condition condition) {
        return db.select(SURVEY.ID, SURVEY.VERSION, SURVEY.TITLE, SURVEY.TEMPLATE, SURVEY.AUDIENCE, SURVEY.AUDIENCE_ID,
                        SURVEY.STATUS, SURVEY.REVISION)
                .from(SURVEY).where(condition).orderBy(SURVEY.CREATED_AT.desc(), SURVEY.TITLE)
                .fetch(row -> new SurveyRow(row.value1(), row.value2(), row.value3(), SurveyTemplate.valueOf(row.value4()),
                        AudienceKind.valueOf(row.value5()), row.value6(), SurveyStatus.valueOf(row.value7()),
                        row.value8()));
    }

    /** The surveys a person is asked that are open or closed (drafts ask nobody). */
    List<SurveyRow> surveysAsking(UUID personId) {
        return surveys(SURVEY.STATUS.ne(SurveyStatus.DRAFT.name()).and(DSL.exists(DSL.selectOne().from(SURVEY_INVITEE)
                .where(SURVEY_INVITEE.SURVEY_ID.eq(SURVEY.ID)).and(SURVEY_INVITEE.PERSON_ID.eq(personId)))));
    }

    /** The current revision's questions of these surveys, in order, by survey. */
    Map<UUID, List<SurveyQuestion>> questions(Collection<UUID> surveyIds) {
        Map<UUID, List<SurveyQuestion>> questions = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return questions;
        }
        db.select(SURVEY_QUESTION.SURVEY_ID, SURVEY_QUESTION.POSITION, SURVEY_QUESTION.KIND, SURVEY_QUESTION.PROMPT_EN,
                        SURVEY_QUESTION.PROMPT_SV)
                .from(SURVEY_QUESTION).join(SURVEY).on(SURVEY.TENANT_ID.eq(SURVEY_QUESTION.TENANT_ID)
                        .and(SURVEY.ID.eq(SURVEY_QUESTION.SURVEY_ID)).and(SURVEY.REVISION.eq(SURVEY_QUESTION.REVISION)))
                .where(SURVEY_QUESTION.SURVEY_ID.in(surveyIds)).orderBy(SURVEY_QUESTION.POSITION)
                .forEach(row -> questions.computeIfAbsent(row.value1(), s -> new ArrayList<>()).add(new SurveyQuestion(
                        row.value2().intValue(), QuestionKind.valueOf(row.value3()), row.value4(), row.value5())));
        return questions;
    }

    /** The questions of one revision of a survey, in order (empty for a revision that does not exist). */
    List<SurveyQuestion> questions(UUID surveyId, int revision) {
        return db.select(SURVEY_QUESTION.POSITION, SURVEY_QUESTION.KIND, SURVEY_QUESTION.PROMPT_EN, SURVEY_QUESTION.PROMPT_SV)
                .from(SURVEY_QUESTION)
                .where(SURVEY_QUESTION.SURVEY_ID.eq(surveyId)).and(SURVEY_QUESTION.REVISION.eq(revision))
                .orderBy(SURVEY_QUESTION.POSITION)
                .fetch(row -> new SurveyQuestion(row.value1().intValue(), QuestionKind.valueOf(row.value2()), row.value3(),
                        row.value4()));
    }

    boolean hasAnswers(UUID surveyId, int revision) {
        return db.fetchExists(SURVEY_ANSWER, SURVEY_ANSWER.SURVEY_ID.eq(surveyId).and(SURVEY_ANSWER.REVISION.eq(revision)));
    }

    /**
     * Replaces the questions of a survey (optimistic locking on its version). With {@code newRevision} the
     * current questions stay, with their answers, and these become the next revision; otherwise they replace
     * the current revision's questions, which must have no answers.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean replaceQuestions(UUID surveyId, long expectedVersion, boolean newRevision, List<SurveyQuestion> questions) {
        Integer revision = db.update(SURVEY)
                .set(SURVEY.VERSION, SURVEY.VERSION.plus(1))
                .set(SURVEY.REVISION, newRevision ? SURVEY.REVISION.plus(1) : SURVEY.REVISION)
                .where(SURVEY.ID.eq(surveyId)).and(SURVEY.VERSION.eq(expectedVersion))
                .returningResult(SURVEY.REVISION)
                .fetchOne(SURVEY.REVISION);
        if (revision == null) {
            return false;
        }
        if (!newRevision) {
            db.deleteFrom(SURVEY_QUESTION)
                    .where(SURVEY_QUESTION.SURVEY_ID.eq(surveyId)).and(SURVEY_QUESTION.REVISION.eq(revision))
                    .execute();
        }
        insertQuestions(surveyId, revision, questions);
        return true;
    }

    /** Invited people per survey. */
    Map<UUID, Integer> invitedCounts() {
        var invited = DSL.count();
        return db.select(SURVEY_INVITEE.SURVEY_ID, invited).from(SURVEY_INVITEE).groupBy(SURVEY_INVITEE.SURVEY_ID)
                .fetchMap(SURVEY_INVITEE.SURVEY_ID, invited);
    }

    /** People who answered at least one question of the survey's current revision, per survey. */
    Map<UUID, Integer> respondedCounts() {
        var responded = DSL.countDistinct(SURVEY_ANSWER.PERSON_ID);
        return db.select(SURVEY_ANSWER.SURVEY_ID, responded).from(SURVEY_ANSWER)
                .join(SURVEY).on(SURVEY.TENANT_ID.eq(SURVEY_ANSWER.TENANT_ID).and(SURVEY.ID.eq(SURVEY_ANSWER.SURVEY_ID))
                        .and(SURVEY.REVISION.eq(SURVEY_ANSWER.REVISION)))
                .groupBy(SURVEY_ANSWER.SURVEY_ID)
                .fetchMap(SURVEY_ANSWER.SURVEY_ID, responded);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setStatus(UUID id, long expectedVersion, SurveyStatus status) {
        return db.update(SURVEY)
                .set(SURVEY.STATUS, status.name())
                .set(SURVEY.OPENED_AT, status == SurveyStatus.OPEN
                        ? DSL.coalesce(SURVEY.OPENED_AT, DSL.currentOffsetDateTime()) : SURVEY.OPENED_AT)
                .set(SURVEY.VERSION, SURVEY.VERSION.plus(1))
                .where(SURVEY.ID.eq(id)).and(SURVEY.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean hasInvitees(UUID surveyId) {
        return db.fetchExists(SURVEY_INVITEE, SURVEY_INVITEE.SURVEY_ID.eq(surveyId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertInvitees(UUID surveyId, Collection<Invitee> invitees) {
        var insert = db.insertInto(SURVEY_INVITEE, SURVEY_INVITEE.SURVEY_ID, SURVEY_INVITEE.PERSON_ID,
                SURVEY_INVITEE.DEPARTMENT_ID, SURVEY_INVITEE.IN_PILOT);
        for (Invitee invitee : invitees) {
            insert = insert.values(surveyId, invitee.personId(), invitee.departmentId(), invitee.inPilot());
        }
        if (!invitees.isEmpty()) {
            insert.onConflictDoNothing().execute();
        }
    }

    /** Whom a survey asks, in a fixed order (demo data answers by position in it). */
    List<Invitee> invitees(UUID surveyId) {
        return db.select(SURVEY_INVITEE.PERSON_ID, SURVEY_INVITEE.DEPARTMENT_ID, SURVEY_INVITEE.IN_PILOT)
                .from(SURVEY_INVITEE).where(SURVEY_INVITEE.SURVEY_ID.eq(surveyId)).orderBy(SURVEY_INVITEE.PERSON_ID)
                .fetch(row -> new Invitee(row.value1(), row.value2(), row.value3()));
    }

    boolean isInvitee(UUID surveyId, UUID personId) {
        return db.fetchExists(SURVEY_INVITEE, SURVEY_INVITEE.SURVEY_ID.eq(surveyId)
                .and(SURVEY_INVITEE.PERSON_ID.eq(personId)));
    }

    /** A person's own answers to one revision of a survey, by position. */
    List<Answer> answersOf(UUID surveyId, int revision, UUID personId) {
        return db.select(SURVEY_ANSWER.POSITION, SURVEY_ANSWER.SCALE_VALUE, SURVEY_ANSWER.TEXT_VALUE)
                .from(SURVEY_ANSWER)
                .where(SURVEY_ANSWER.SURVEY_ID.eq(surveyId)).and(SURVEY_ANSWER.PERSON_ID.eq(personId))
                .and(SURVEY_ANSWER.REVISION.eq(revision))
                .orderBy(SURVEY_ANSWER.POSITION)
                .fetch(row -> new Answer(row.value1().intValue(), row.value2() == null ? null : row.value2().intValue(),
                        row.value3()));
    }

    /**
     * Replaces a person's answers to one revision of a survey with these: answering again keeps the last answers
     * only; answers to earlier revisions stay with the questions they answered.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void replaceAnswers(UUID surveyId, int revision, UUID personId, List<Answer> answers) {
        db.deleteFrom(SURVEY_ANSWER)
                .where(SURVEY_ANSWER.SURVEY_ID.eq(surveyId)).and(SURVEY_ANSWER.PERSON_ID.eq(personId))
                .and(SURVEY_ANSWER.REVISION.eq(revision))
                .execute();
        for (Answer answer : answers) {
            db.insertInto(SURVEY_ANSWER)
                    .set(SURVEY_ANSWER.SURVEY_ID, surveyId)
                    .set(SURVEY_ANSWER.REVISION, revision)
                    .set(SURVEY_ANSWER.PERSON_ID, personId)
                    .set(SURVEY_ANSWER.POSITION, (short) answer.position())
                    .set(SURVEY_ANSWER.SCALE_VALUE, answer.scale() == null ? null : answer.scale().shortValue())
                    .set(SURVEY_ANSWER.TEXT_VALUE, answer.text())
                    .execute();
        }
    }

    // ------------------------------------------------------------------ aggregates (SQL, under row-level security)

    private Condition inGroup(UUID surveyId, ResultFilter filter) {
        Condition condition = SURVEY_INVITEE.SURVEY_ID.eq(surveyId);
        if (filter.departmentId() != null) {
            condition = condition.and(SURVEY_INVITEE.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.pilot() != null) {
            condition = condition.and(SURVEY_INVITEE.IN_PILOT.eq(filter.pilot()));
        }
        return condition;
    }

    int invited(UUID surveyId, ResultFilter filter) {
        return db.fetchCount(SURVEY_INVITEE, inGroup(surveyId, filter));
    }

    int respondents(UUID surveyId, int revision, ResultFilter filter) {
        return db.select(DSL.countDistinct(SURVEY_ANSWER.PERSON_ID)).from(SURVEY_ANSWER)
                .join(SURVEY_INVITEE).on(SURVEY_INVITEE.TENANT_ID.eq(SURVEY_ANSWER.TENANT_ID)
                        .and(SURVEY_INVITEE.SURVEY_ID.eq(SURVEY_ANSWER.SURVEY_ID))
                        .and(SURVEY_INVITEE.PERSON_ID.eq(SURVEY_ANSWER.PERSON_ID)))
                .where(inGroup(surveyId, filter)).and(SURVEY_ANSWER.REVISION.eq(revision))
                .fetchOne(0, int.class);
    }

    /** For each scale question, the number of answers of each value 1 to 5 (index 0 is value 1). */
    Map<Integer, int[]> distributions(UUID surveyId, int revision, ResultFilter filter) {
        Map<Integer, int[]> distributions = new TreeMap<>();
        db.select(SURVEY_ANSWER.POSITION, SURVEY_ANSWER.SCALE_VALUE, DSL.count()).from(SURVEY_ANSWER)
                .join(SURVEY_INVITEE).on(SURVEY_INVITEE.TENANT_ID.eq(SURVEY_ANSWER.TENANT_ID)
                        .and(SURVEY_INVITEE.SURVEY_ID.eq(SURVEY_ANSWER.SURVEY_ID))
                        .and(SURVEY_INVITEE.PERSON_ID.eq(SURVEY_ANSWER.PERSON_ID)))
                .where(inGroup(surveyId, filter)).and(SURVEY_ANSWER.REVISION.eq(revision))
                .and(SURVEY_ANSWER.SCALE_VALUE.isNotNull())
                .groupBy(SURVEY_ANSWER.POSITION, SURVEY_ANSWER.SCALE_VALUE)
                .forEach(row -> distributions.computeIfAbsent(row.value1().intValue(), p -> new int[5])
                        [row.value2() - 1] = row.value3());
        return distributions;
    }

    /** For each text question, its answers in alphabetical order (never in the order they were given). */
    Map<Integer, List<String>> texts(UUID surveyId, int revision, ResultFilter filter) {
        Map<Integer, List<String>> texts = new TreeMap<>();
        db.select(SURVEY_ANSWER.POSITION, SURVEY_ANSWER.TEXT_VALUE).from(SURVEY_ANSWER)
                .join(SURVEY_INVITEE).on(SURVEY_INVITEE.TENANT_ID.eq(SURVEY_ANSWER.TENANT_ID)
                        .and(SURVEY_INVITEE.SURVEY_ID.eq(SURVEY_ANSWER.SURVEY_ID))
                        .and(SURVEY_INVITEE.PERSON_ID.eq(SURVEY_ANSWER.PERSON_ID)))
                .where(inGroup(surveyId, filter)).and(SURVEY_ANSWER.REVISION.eq(revision))
                .and(SURVEY_ANSWER.TEXT_VALUE.isNotNull())
                .orderBy(SURVEY_ANSWER.POSITION, SURVEY_ANSWER.TEXT_VALUE)
                .forEach(row -> texts.computeIfAbsent(row.value1().intValue(), p -> new ArrayList<>()).add(row.value2()));
        return texts;
    }
}
