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
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Goals' part of a person's data export: the goals they own or contribute to, the check-ins and the
 * discussion comments they wrote. After an erasure these rows stay with the pseudonymised person (the
 * goal tree and its history remain whole), so no eraser is needed.
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
        return Map.of("goals-owned", owned, "goals-contributions", contributions, "goals-check-ins", checkIns,
                "goals-comments", comments);
    }
}
