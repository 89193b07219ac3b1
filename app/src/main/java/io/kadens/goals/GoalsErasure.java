package io.kadens.goals;

import static io.kadens.db.Tables.GOAL_CONTRIBUTOR;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Goals at a person's erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md). Goals are the
 * organisation's work record: others' goals align to them and roll up from them, so the person's goals,
 * check-ins and comments stay and name the pseudonymised person. The person is taken off the contributor
 * lists of goals: a former employee contributes to nothing now.
 */
@Component
class GoalsErasure implements PersonalDataEraser {

    private final DSLContext db;

    GoalsErasure(DSLContext db) {
        this.db = db;
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(GOAL_CONTRIBUTOR).where(GOAL_CONTRIBUTOR.EMPLOYEE_ID.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("goal.owner_id", ErasureRule.KEPT, "goal.created_by", ErasureRule.KEPT,
                "goal.approval_by", ErasureRule.KEPT, "goal.health_override_by", ErasureRule.KEPT,
                "goal_check_in.author_id", ErasureRule.KEPT, "goal_comment.author_id", ErasureRule.KEPT,
                "goal_contributor.employee_id", ErasureRule.DELETED,
                // counts of the person's goals, which stay: the next refresh recomputes them from those goals
                "goal_analytics_figure.person_id", ErasureRule.KEPT);
    }
}
