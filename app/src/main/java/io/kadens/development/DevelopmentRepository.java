package io.kadens.development;

import static io.kadens.db.Tables.DEVELOPMENT_ACTION;
import static io.kadens.db.Tables.DEVELOPMENT_CHANGE;
import static io.kadens.db.Tables.DEVELOPMENT_COMMENT;
import static io.kadens.db.Tables.DEVELOPMENT_MILESTONE;
import static io.kadens.db.Tables.DEVELOPMENT_OBJECTIVE;
import static io.kadens.db.Tables.DEVELOPMENT_PLAN;
import static io.kadens.db.Tables.MENTOR_OFFER;

import io.kadens.db.tables.records.DevelopmentPlanRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to plans, their objectives, milestones, actions, comments and history, and mentor offers.
 * Besides the tenant, a restrictive row policy shows a signed-in person only their own plans, those of
 * people below them and, to HR admins, everyone's; the parts follow their plan.
 */
@Repository
class DevelopmentRepository {

    private final DSLContext db;

    DevelopmentRepository(DSLContext db) {
        this.db = db;
    }

    record PlanRow(UUID id, UUID personId, LocalDate periodStart, LocalDate periodEnd, PlanStatus status,
                   int reviewCadenceDays, Instant submittedAt, Instant approvedAt, UUID approvedBy,
                   boolean changedSinceApproval, Instant lastTouchedAt, long version) {

        boolean staleAt(Instant now) {
            return lastTouchedAt.plus(java.time.Duration.ofDays(reviewCadenceDays)).isBefore(now);
        }
    }

    record ObjectiveRow(UUID id, UUID planId, int position, String title, String description, ObjectiveSource source,
                        UUID competencyId, UUID targetLevelId, String growthArea, UUID ownerId, LocalDate dueOn,
                        ObjectiveStatus status, int smartScore, List<String> smartMissing, UUID goalId) {
    }

    record MilestoneRow(UUID id, UUID planId, UUID objectiveId, String title, LocalDate dueOn, LocalDate doneOn) {
    }

    record ActionRow(UUID id, UUID planId, UUID objectiveId, ActionKind kind, String title, UUID mentorId,
                     UUID trainingItemId, LocalDate dueOn, ActionStatus status, Instant completedAt) {
    }

    record CommentRow(UUID id, UUID authorId, String body, Instant createdAt) {
    }

    record ChangeRow(UUID changedBy, Instant changedAt, String what, String detail) {
    }

    // ------------------------------------------------------------------ plans

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static PlanRow plan(DevelopmentPlanRecord r) {
        return new PlanRow(r.getId(), r.getPersonId(), r.getPeriodStart(), r.getPeriodEnd(),
                PlanStatus.valueOf(r.getStatus()), r.getReviewCadenceDays(), instant(r.getSubmittedAt()),
                instant(r.getApprovedAt()), r.getApprovedBy(), r.getChangedSinceApproval(),
                instant(r.getLastTouchedAt()), r.getVersion());
    }

    Optional<PlanRow> plan(UUID id) {
        return db.selectFrom(DEVELOPMENT_PLAN).where(DEVELOPMENT_PLAN.ID.eq(id)).fetchOptional(DevelopmentRepository::plan);
    }

    /** A person's plans, newest period first. */
    List<PlanRow> plansOf(UUID personId) {
        return db.selectFrom(DEVELOPMENT_PLAN).where(DEVELOPMENT_PLAN.PERSON_ID.eq(personId))
                .orderBy(DEVELOPMENT_PLAN.PERIOD_START.desc()).fetch(DevelopmentRepository::plan);
    }

    /** The plans of these people whose period holds the day, one per person at most. */
    List<PlanRow> plansOn(Collection<UUID> personIds, LocalDate day) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(DEVELOPMENT_PLAN).where(DEVELOPMENT_PLAN.PERSON_ID.in(personIds))
                .and(DEVELOPMENT_PLAN.PERIOD_START.le(day)).and(DEVELOPMENT_PLAN.PERIOD_END.ge(day))
                .fetch(DevelopmentRepository::plan);
    }

    /** Every plan of the bound tenant (as the row policy lets the caller see) whose period holds the day. */
    List<PlanRow> allPlansOn(LocalDate day) {
        return db.selectFrom(DEVELOPMENT_PLAN).where(DEVELOPMENT_PLAN.PERIOD_START.le(day))
                .and(DEVELOPMENT_PLAN.PERIOD_END.ge(day)).fetch(DevelopmentRepository::plan);
    }

    boolean overlaps(UUID personId, LocalDate start, LocalDate end, UUID exceptPlan) {
        return db.fetchExists(DEVELOPMENT_PLAN, DEVELOPMENT_PLAN.PERSON_ID.eq(personId)
                .and(DEVELOPMENT_PLAN.PERIOD_START.le(end)).and(DEVELOPMENT_PLAN.PERIOD_END.ge(start))
                .and(exceptPlan == null ? DSL.trueCondition() : DEVELOPMENT_PLAN.ID.ne(exceptPlan)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertPlan(UUID id, UUID personId, LocalDate start, LocalDate end, int cadenceDays, Instant now) {
        db.insertInto(DEVELOPMENT_PLAN).set(DEVELOPMENT_PLAN.ID, id).set(DEVELOPMENT_PLAN.PERSON_ID, personId)
                .set(DEVELOPMENT_PLAN.PERIOD_START, start).set(DEVELOPMENT_PLAN.PERIOD_END, end)
                .set(DEVELOPMENT_PLAN.REVIEW_CADENCE_DAYS, cadenceDays)
                .set(DEVELOPMENT_PLAN.LAST_TOUCHED_AT, time(now)).set(DEVELOPMENT_PLAN.CREATED_AT, time(now)).execute();
    }

    /**
     * Raises the plan's version from the expected one and marks it touched now; false when someone else
     * changed it first (or it is gone). Every change of a plan or its parts goes through here first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean touch(UUID id, long expectedVersion, Instant now, boolean changedSinceApproval) {
        return db.update(DEVELOPMENT_PLAN)
                .set(DEVELOPMENT_PLAN.VERSION, DEVELOPMENT_PLAN.VERSION.plus(1))
                .set(DEVELOPMENT_PLAN.LAST_TOUCHED_AT, time(now))
                .set(DEVELOPMENT_PLAN.CHANGED_SINCE_APPROVAL, changedSinceApproval ? DSL.val(true)
                        : DEVELOPMENT_PLAN.CHANGED_SINCE_APPROVAL)
                .where(DEVELOPMENT_PLAN.ID.eq(id)).and(DEVELOPMENT_PLAN.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void updateHeader(UUID id, LocalDate start, LocalDate end, int cadenceDays) {
        db.update(DEVELOPMENT_PLAN).set(DEVELOPMENT_PLAN.PERIOD_START, start).set(DEVELOPMENT_PLAN.PERIOD_END, end)
                .set(DEVELOPMENT_PLAN.REVIEW_CADENCE_DAYS, cadenceDays).where(DEVELOPMENT_PLAN.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setStatus(UUID id, PlanStatus status, Instant now, UUID approver) {
        var update = db.update(DEVELOPMENT_PLAN).set(DEVELOPMENT_PLAN.STATUS, status.name());
        switch (status) {
            case DRAFT -> update.set(DEVELOPMENT_PLAN.SUBMITTED_AT, (OffsetDateTime) null)
                    .set(DEVELOPMENT_PLAN.APPROVED_AT, (OffsetDateTime) null).set(DEVELOPMENT_PLAN.APPROVED_BY, (UUID) null)
                    .where(DEVELOPMENT_PLAN.ID.eq(id)).execute();
            case SUBMITTED -> update.set(DEVELOPMENT_PLAN.SUBMITTED_AT, time(now))
                    .where(DEVELOPMENT_PLAN.ID.eq(id)).execute();
            case APPROVED -> update.set(DEVELOPMENT_PLAN.APPROVED_AT, time(now)).set(DEVELOPMENT_PLAN.APPROVED_BY, approver)
                    .set(DEVELOPMENT_PLAN.CHANGED_SINCE_APPROVAL, false).where(DEVELOPMENT_PLAN.ID.eq(id)).execute();
        }
    }

    // ------------------------------------------------------------------ parts

    List<ObjectiveRow> objectives(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(DEVELOPMENT_OBJECTIVE).where(DEVELOPMENT_OBJECTIVE.PLAN_ID.in(planIds))
                .orderBy(DEVELOPMENT_OBJECTIVE.PLAN_ID, DEVELOPMENT_OBJECTIVE.POSITION)
                .fetch(r -> new ObjectiveRow(r.getId(), r.getPlanId(), r.getPosition(), r.getTitle(), r.getDescription(),
                        ObjectiveSource.valueOf(r.getSource()), r.getCompetencyId(), r.getTargetLevelId(),
                        r.getGrowthArea(), r.getOwnerId(), r.getDueOn(), ObjectiveStatus.valueOf(r.getStatus()),
                        r.getSmartScore(), List.of(r.getSmartMissing()), r.getGoalId()));
    }

    List<MilestoneRow> milestones(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(DEVELOPMENT_MILESTONE).where(DEVELOPMENT_MILESTONE.PLAN_ID.in(planIds))
                .orderBy(DEVELOPMENT_MILESTONE.DUE_ON, DEVELOPMENT_MILESTONE.TITLE)
                .fetch(r -> new MilestoneRow(r.getId(), r.getPlanId(), r.getObjectiveId(), r.getTitle(), r.getDueOn(),
                        r.getDoneOn()));
    }

    List<ActionRow> actions(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(DEVELOPMENT_ACTION).where(DEVELOPMENT_ACTION.PLAN_ID.in(planIds))
                .orderBy(DEVELOPMENT_ACTION.DUE_ON, DEVELOPMENT_ACTION.TITLE)
                .fetch(r -> new ActionRow(r.getId(), r.getPlanId(), r.getObjectiveId(),
                        ActionKind.valueOf(r.getKind()), r.getTitle(), r.getMentorId(), r.getTrainingItemId(),
                        r.getDueOn(), ActionStatus.valueOf(r.getStatus()), instant(r.getCompletedAt())));
    }

    List<CommentRow> comments(UUID planId) {
        return db.selectFrom(DEVELOPMENT_COMMENT).where(DEVELOPMENT_COMMENT.PLAN_ID.eq(planId))
                .orderBy(DEVELOPMENT_COMMENT.CREATED_AT, DEVELOPMENT_COMMENT.ID)
                .fetch(r -> new CommentRow(r.getId(), r.getAuthorId(), r.getBody(), instant(r.getCreatedAt())));
    }

    List<ChangeRow> changes(UUID planId) {
        return db.selectFrom(DEVELOPMENT_CHANGE).where(DEVELOPMENT_CHANGE.PLAN_ID.eq(planId))
                .orderBy(DEVELOPMENT_CHANGE.CHANGED_AT, DEVELOPMENT_CHANGE.ID)
                .fetch(r -> new ChangeRow(r.getChangedBy(), instant(r.getChangedAt()), r.getWhat(), r.getDetail()));
    }

    /**
     * Replaces a plan's objectives with these (each with its milestones and actions); ids given are kept,
     * so goals, agenda links and completion times stay with them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void replaceObjectives(UUID planId, List<ObjectiveRow> objectives, List<MilestoneRow> milestones,
                           List<ActionRow> actions) {
        db.deleteFrom(DEVELOPMENT_OBJECTIVE).where(DEVELOPMENT_OBJECTIVE.PLAN_ID.eq(planId)).execute();
        for (ObjectiveRow o : objectives) {
            db.insertInto(DEVELOPMENT_OBJECTIVE).set(DEVELOPMENT_OBJECTIVE.ID, o.id())
                    .set(DEVELOPMENT_OBJECTIVE.PLAN_ID, planId).set(DEVELOPMENT_OBJECTIVE.POSITION, o.position())
                    .set(DEVELOPMENT_OBJECTIVE.TITLE, o.title()).set(DEVELOPMENT_OBJECTIVE.DESCRIPTION, o.description())
                    .set(DEVELOPMENT_OBJECTIVE.SOURCE, o.source().name())
                    .set(DEVELOPMENT_OBJECTIVE.COMPETENCY_ID, o.competencyId())
                    .set(DEVELOPMENT_OBJECTIVE.TARGET_LEVEL_ID, o.targetLevelId())
                    .set(DEVELOPMENT_OBJECTIVE.GROWTH_AREA, o.growthArea())
                    .set(DEVELOPMENT_OBJECTIVE.OWNER_ID, o.ownerId()).set(DEVELOPMENT_OBJECTIVE.DUE_ON, o.dueOn())
                    .set(DEVELOPMENT_OBJECTIVE.STATUS, o.status().name())
                    .set(DEVELOPMENT_OBJECTIVE.SMART_SCORE, o.smartScore())
                    .set(DEVELOPMENT_OBJECTIVE.SMART_MISSING, o.smartMissing().toArray(String[]::new))
                    .set(DEVELOPMENT_OBJECTIVE.GOAL_ID, o.goalId()).execute();
        }
        for (MilestoneRow m : milestones) {
            db.insertInto(DEVELOPMENT_MILESTONE).set(DEVELOPMENT_MILESTONE.ID, m.id())
                    .set(DEVELOPMENT_MILESTONE.PLAN_ID, planId).set(DEVELOPMENT_MILESTONE.OBJECTIVE_ID, m.objectiveId())
                    .set(DEVELOPMENT_MILESTONE.TITLE, m.title()).set(DEVELOPMENT_MILESTONE.DUE_ON, m.dueOn())
                    .set(DEVELOPMENT_MILESTONE.DONE_ON, m.doneOn()).execute();
        }
        for (ActionRow a : actions) {
            db.insertInto(DEVELOPMENT_ACTION).set(DEVELOPMENT_ACTION.ID, a.id())
                    .set(DEVELOPMENT_ACTION.PLAN_ID, planId).set(DEVELOPMENT_ACTION.OBJECTIVE_ID, a.objectiveId())
                    .set(DEVELOPMENT_ACTION.KIND, a.kind().name()).set(DEVELOPMENT_ACTION.TITLE, a.title())
                    .set(DEVELOPMENT_ACTION.MENTOR_ID, a.mentorId())
                    .set(DEVELOPMENT_ACTION.TRAINING_ITEM_ID, a.trainingItemId())
                    .set(DEVELOPMENT_ACTION.DUE_ON, a.dueOn()).set(DEVELOPMENT_ACTION.STATUS, a.status().name())
                    .set(DEVELOPMENT_ACTION.COMPLETED_AT, time(a.completedAt())).execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setGoal(UUID objectiveId, UUID goalId) {
        db.update(DEVELOPMENT_OBJECTIVE).set(DEVELOPMENT_OBJECTIVE.GOAL_ID, goalId)
                .where(DEVELOPMENT_OBJECTIVE.ID.eq(objectiveId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setObjectiveStatus(UUID planId, UUID objectiveId, ObjectiveStatus status) {
        return db.update(DEVELOPMENT_OBJECTIVE).set(DEVELOPMENT_OBJECTIVE.STATUS, status.name())
                .where(DEVELOPMENT_OBJECTIVE.ID.eq(objectiveId)).and(DEVELOPMENT_OBJECTIVE.PLAN_ID.eq(planId))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setActionStatus(UUID planId, UUID actionId, ActionStatus status, Instant now) {
        return db.update(DEVELOPMENT_ACTION).set(DEVELOPMENT_ACTION.STATUS, status.name())
                .set(DEVELOPMENT_ACTION.COMPLETED_AT, status == ActionStatus.DONE ? time(now) : null)
                .where(DEVELOPMENT_ACTION.ID.eq(actionId)).and(DEVELOPMENT_ACTION.PLAN_ID.eq(planId)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setMilestoneDone(UUID planId, UUID milestoneId, LocalDate doneOn) {
        return db.update(DEVELOPMENT_MILESTONE).set(DEVELOPMENT_MILESTONE.DONE_ON, doneOn)
                .where(DEVELOPMENT_MILESTONE.ID.eq(milestoneId)).and(DEVELOPMENT_MILESTONE.PLAN_ID.eq(planId))
                .execute() == 1;
    }

    /** Open formal-learning actions of a person's plans on a training item. */
    List<ActionRow> openLearningActions(UUID personId, UUID trainingItemId) {
        return db.select(DEVELOPMENT_ACTION.fields()).from(DEVELOPMENT_ACTION).join(DEVELOPMENT_PLAN)
                .on(DEVELOPMENT_PLAN.TENANT_ID.eq(DEVELOPMENT_ACTION.TENANT_ID)
                        .and(DEVELOPMENT_PLAN.ID.eq(DEVELOPMENT_ACTION.PLAN_ID)))
                .where(DEVELOPMENT_PLAN.PERSON_ID.eq(personId))
                .and(DEVELOPMENT_ACTION.TRAINING_ITEM_ID.eq(trainingItemId))
                .and(DEVELOPMENT_ACTION.STATUS.eq(ActionStatus.OPEN.name()))
                .fetch(r -> {
                    var a = r.into(DEVELOPMENT_ACTION);
                    return new ActionRow(a.getId(), a.getPlanId(), a.getObjectiveId(), ActionKind.valueOf(a.getKind()),
                            a.getTitle(), a.getMentorId(), a.getTrainingItemId(), a.getDueOn(),
                            ActionStatus.valueOf(a.getStatus()), instant(a.getCompletedAt()));
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertComment(UUID planId, UUID authorId, String body, Instant now) {
        db.insertInto(DEVELOPMENT_COMMENT).set(DEVELOPMENT_COMMENT.ID, UUID.randomUUID())
                .set(DEVELOPMENT_COMMENT.PLAN_ID, planId).set(DEVELOPMENT_COMMENT.AUTHOR_ID, authorId)
                .set(DEVELOPMENT_COMMENT.BODY, body).set(DEVELOPMENT_COMMENT.CREATED_AT, time(now)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertChange(UUID planId, UUID changedBy, String what, String detail, Instant now) {
        db.insertInto(DEVELOPMENT_CHANGE).set(DEVELOPMENT_CHANGE.ID, UUID.randomUUID())
                .set(DEVELOPMENT_CHANGE.PLAN_ID, planId).set(DEVELOPMENT_CHANGE.CHANGED_BY, changedBy)
                .set(DEVELOPMENT_CHANGE.WHAT, what)
                .set(DEVELOPMENT_CHANGE.DETAIL, detail.length() > 300 ? detail.substring(0, 300) : detail)
                .set(DEVELOPMENT_CHANGE.CHANGED_AT, time(now)).execute();
    }

    // ------------------------------------------------------------------ progress, in SQL

    record PlanProgress(UUID planId, int items, int done) {
        int percent() {
            return items == 0 ? 0 : Math.round(done * 100f / items);
        }
    }

    /**
     * Done actions and reached milestones of each plan, of those of objectives not dropped: one aggregate
     * over both tables.
     */
    Map<UUID, PlanProgress> progress(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        var parts = DSL.select(DEVELOPMENT_ACTION.PLAN_ID.as("plan_id"), DEVELOPMENT_ACTION.OBJECTIVE_ID.as("objective_id"),
                        DSL.field(DEVELOPMENT_ACTION.STATUS.eq(ActionStatus.DONE.name())).as("done"))
                .from(DEVELOPMENT_ACTION).where(DEVELOPMENT_ACTION.PLAN_ID.in(planIds))
                .unionAll(DSL.select(DEVELOPMENT_MILESTONE.PLAN_ID, DEVELOPMENT_MILESTONE.OBJECTIVE_ID,
                                DSL.field(DEVELOPMENT_MILESTONE.DONE_ON.isNotNull()))
                        .from(DEVELOPMENT_MILESTONE).where(DEVELOPMENT_MILESTONE.PLAN_ID.in(planIds)))
                .asTable("part");
        var planId = parts.field("plan_id", UUID.class);
        var objectiveId = parts.field("objective_id", UUID.class);
        var done = parts.field("done", Boolean.class);
        return db.select(planId, DSL.count(), DSL.count().filterWhere(done))
                .from(parts).join(DEVELOPMENT_OBJECTIVE).on(DEVELOPMENT_OBJECTIVE.ID.eq(objectiveId))
                .where(DEVELOPMENT_OBJECTIVE.STATUS.ne(ObjectiveStatus.DROPPED.name()))
                .groupBy(planId)
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(),
                        r -> new PlanProgress(r.value1(), r.value2(), r.value3())));
    }

    // ------------------------------------------------------------------ mentors

    record MentorOfferRow(UUID personId, UUID competencyId) {
    }

    List<MentorOfferRow> mentorOffers(Collection<UUID> competencyIds) {
        var query = db.selectFrom(MENTOR_OFFER);
        var where = competencyIds == null ? DSL.trueCondition() : MENTOR_OFFER.COMPETENCY_ID.in(competencyIds);
        return query.where(where).orderBy(MENTOR_OFFER.CREATED_AT)
                .fetch(r -> new MentorOfferRow(r.getPersonId(), r.getCompetencyId()));
    }

    List<UUID> offersOf(UUID personId) {
        return db.select(MENTOR_OFFER.COMPETENCY_ID).from(MENTOR_OFFER).where(MENTOR_OFFER.PERSON_ID.eq(personId))
                .fetch(MENTOR_OFFER.COMPETENCY_ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceOffers(UUID personId, Collection<UUID> competencyIds) {
        db.deleteFrom(MENTOR_OFFER).where(MENTOR_OFFER.PERSON_ID.eq(personId))
                .and(competencyIds.isEmpty() ? DSL.trueCondition() : MENTOR_OFFER.COMPETENCY_ID.notIn(competencyIds))
                .execute();
        for (UUID competency : competencyIds) {
            db.insertInto(MENTOR_OFFER).set(MENTOR_OFFER.PERSON_ID, personId).set(MENTOR_OFFER.COMPETENCY_ID, competency)
                    .onConflictDoNothing().execute();
        }
    }
}
