package io.kadens.goals;

import static io.kadens.db.Tables.GOAL;
import static io.kadens.db.Tables.GOAL_CHECK_IN;
import static io.kadens.db.Tables.GOAL_COMMENT;
import static io.kadens.db.Tables.GOAL_CONTRIBUTOR;

import io.kadens.privacy.PersonalDataExporter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Goals' part of a person's data export: the goals they own or contribute to, the check-ins and the
 * discussion comments they wrote, and the goals of others they created, approve or set the health of. What an
 * erasure does to them: {@link GoalsErasure}.
 */
@Component
class GoalsPersonalData implements PersonalDataExporter {

    record OwnGoal(UUID id, String title, String description, String level, String status, String visibility,
                   LocalDate startsOn, LocalDate endsOn, OffsetDateTime createdAt) {
    }

    record Contribution(UUID goalId, String title) {
    }

    record WrittenCheckIn(UUID goalId, UUID keyResultId, BigDecimal value, int confidence, String comment,
                          OffsetDateTime at) {
    }

    record WrittenComment(UUID goalId, String body, OffsetDateTime at) {
    }

    /** A goal the person created for someone else, is asked to approve (or approved), or set the health of. */
    record Decision(UUID goalId, String title, boolean created, boolean approver, boolean healthOverridden) {
    }

    private final DSLContext db;

    GoalsPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var owned = db.select(GOAL.ID, GOAL.TITLE, GOAL.DESCRIPTION, GOAL.LEVEL, GOAL.STATUS, GOAL.VISIBILITY,
                        GOAL.STARTS_ON, GOAL.ENDS_ON, GOAL.CREATED_AT)
                .from(GOAL).where(GOAL.OWNER_ID.eq(personId)).orderBy(GOAL.CREATED_AT)
                .fetch(row -> new OwnGoal(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9()));
        var contributions = db.select(GOAL.ID, GOAL.TITLE).from(GOAL_CONTRIBUTOR)
                .join(GOAL).on(GOAL.TENANT_ID.eq(GOAL_CONTRIBUTOR.TENANT_ID).and(GOAL.ID.eq(GOAL_CONTRIBUTOR.GOAL_ID)))
                .where(GOAL_CONTRIBUTOR.EMPLOYEE_ID.eq(personId)).orderBy(GOAL.TITLE)
                .fetch(row -> new Contribution(row.value1(), row.value2()));
        var checkIns = db.select(GOAL_CHECK_IN.GOAL_ID, GOAL_CHECK_IN.KEY_RESULT_ID, GOAL_CHECK_IN.VALUE,
                        GOAL_CHECK_IN.CONFIDENCE, GOAL_CHECK_IN.COMMENT, GOAL_CHECK_IN.CREATED_AT)
                .from(GOAL_CHECK_IN).where(GOAL_CHECK_IN.AUTHOR_ID.eq(personId)).orderBy(GOAL_CHECK_IN.CREATED_AT)
                .fetch(row -> new WrittenCheckIn(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
        var comments = db.select(GOAL_COMMENT.GOAL_ID, GOAL_COMMENT.BODY, GOAL_COMMENT.CREATED_AT)
                .from(GOAL_COMMENT).where(GOAL_COMMENT.AUTHOR_ID.eq(personId)).orderBy(GOAL_COMMENT.CREATED_AT)
                .fetch(row -> new WrittenComment(row.value1(), row.value2(), row.value3()));
        var decisions = db.select(GOAL.ID, GOAL.TITLE, GOAL.CREATED_BY, GOAL.APPROVAL_BY, GOAL.HEALTH_OVERRIDE_BY)
                .from(GOAL)
                .where(GOAL.OWNER_ID.ne(personId)
                        .and(GOAL.CREATED_BY.eq(personId).or(GOAL.APPROVAL_BY.eq(personId))
                                .or(GOAL.HEALTH_OVERRIDE_BY.eq(personId))))
                .orderBy(GOAL.CREATED_AT)
                .fetch(row -> new Decision(row.value1(), row.value2(), personId.equals(row.value3()),
                        personId.equals(row.value4()), personId.equals(row.value5())));
        return Map.of("goals-owned", owned, "goals-contributions", contributions, "goals-check-ins", checkIns,
                "goals-comments", comments, "goals-decisions", decisions);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("goal.owner_id", "goal.created_by", "goal.approval_by", "goal.health_override_by",
                "goal_contributor.employee_id", "goal_check_in.author_id", "goal_comment.author_id");
    }
}
