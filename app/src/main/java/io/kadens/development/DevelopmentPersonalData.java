package io.kadens.development;

import static io.kadens.db.Tables.DEVELOPMENT_ACTION;
import static io.kadens.db.Tables.DEVELOPMENT_CHANGE;
import static io.kadens.db.Tables.DEVELOPMENT_COMMENT;
import static io.kadens.db.Tables.DEVELOPMENT_MILESTONE;
import static io.kadens.db.Tables.DEVELOPMENT_OBJECTIVE;
import static io.kadens.db.Tables.DEVELOPMENT_PLAN;
import static io.kadens.db.Tables.MENTOR_OFFER;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Development plans in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
 * The export holds the person's own plans with every objective, milestone, action, comment and change, their
 * mentoring offers, and what they did on other people's plans (approvals, comments, changes, objectives they
 * own, actions where they are the mentor) by id only, because those plans are about someone else.
 * Erasure deletes the person's plans (objectives, milestones, actions, comments and history go with them)
 * and their mentoring offers, and takes them off other people's actions as mentor. Approvals, comments and
 * changes they made on others' plans stay, by the pseudonymised person, because they are part of those
 * plans' history.
 */
@Component
class DevelopmentPersonalData implements PersonalDataExporter, PersonalDataEraser {

    private final DSLContext db;

    DevelopmentPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        List<UUID> plans = db.select(DEVELOPMENT_PLAN.ID).from(DEVELOPMENT_PLAN)
                .where(DEVELOPMENT_PLAN.PERSON_ID.eq(personId)).fetch(DEVELOPMENT_PLAN.ID);
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("plans", db.selectFrom(DEVELOPMENT_PLAN).where(DEVELOPMENT_PLAN.ID.in(plans))
                .orderBy(DEVELOPMENT_PLAN.PERIOD_START).fetchMaps());
        own.put("objectives", db.selectFrom(DEVELOPMENT_OBJECTIVE).where(DEVELOPMENT_OBJECTIVE.PLAN_ID.in(plans)).fetchMaps());
        own.put("milestones", db.selectFrom(DEVELOPMENT_MILESTONE).where(DEVELOPMENT_MILESTONE.PLAN_ID.in(plans)).fetchMaps());
        own.put("actions", db.selectFrom(DEVELOPMENT_ACTION).where(DEVELOPMENT_ACTION.PLAN_ID.in(plans)).fetchMaps());
        own.put("comments", db.selectFrom(DEVELOPMENT_COMMENT).where(DEVELOPMENT_COMMENT.PLAN_ID.in(plans)).fetchMaps());
        own.put("changes", db.selectFrom(DEVELOPMENT_CHANGE).where(DEVELOPMENT_CHANGE.PLAN_ID.in(plans)).fetchMaps());

        Map<String, Object> onOthers = new LinkedHashMap<>();
        onOthers.put("approved-plans", db.select(DEVELOPMENT_PLAN.ID, DEVELOPMENT_PLAN.APPROVED_AT).from(DEVELOPMENT_PLAN)
                .where(DEVELOPMENT_PLAN.APPROVED_BY.eq(personId).and(DEVELOPMENT_PLAN.PERSON_ID.ne(personId))).fetchMaps());
        onOthers.put("comments", db.select(DEVELOPMENT_COMMENT.ID, DEVELOPMENT_COMMENT.PLAN_ID).from(DEVELOPMENT_COMMENT)
                .where(DEVELOPMENT_COMMENT.AUTHOR_ID.eq(personId).and(DEVELOPMENT_COMMENT.PLAN_ID.notIn(plans))).fetchMaps());
        onOthers.put("changes", db.select(DEVELOPMENT_CHANGE.ID, DEVELOPMENT_CHANGE.PLAN_ID).from(DEVELOPMENT_CHANGE)
                .where(DEVELOPMENT_CHANGE.CHANGED_BY.eq(personId).and(DEVELOPMENT_CHANGE.PLAN_ID.notIn(plans))).fetchMaps());
        onOthers.put("objectives-owned", db.select(DEVELOPMENT_OBJECTIVE.ID, DEVELOPMENT_OBJECTIVE.PLAN_ID)
                .from(DEVELOPMENT_OBJECTIVE)
                .where(DEVELOPMENT_OBJECTIVE.OWNER_ID.eq(personId).and(DEVELOPMENT_OBJECTIVE.PLAN_ID.notIn(plans))).fetchMaps());
        onOthers.put("mentoring-actions", db.select(DEVELOPMENT_ACTION.ID, DEVELOPMENT_ACTION.PLAN_ID).from(DEVELOPMENT_ACTION)
                .where(DEVELOPMENT_ACTION.MENTOR_ID.eq(personId).and(DEVELOPMENT_ACTION.PLAN_ID.notIn(plans))).fetchMaps());
        return Map.of("development-plans", own, "development-on-others-plans", onOthers,
                "development-mentoring-offers", db.selectFrom(MENTOR_OFFER).where(MENTOR_OFFER.PERSON_ID.eq(personId)).fetchMaps());
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("development_plan.person_id", "development_plan.approved_by", "development_objective.owner_id",
                "development_action.mentor_id", "development_comment.author_id", "development_change.changed_by",
                "mentor_offer.person_id");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        // Objectives, milestones, actions, comments and changes follow their plan (ON DELETE CASCADE).
        db.deleteFrom(DEVELOPMENT_PLAN).where(DEVELOPMENT_PLAN.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(MENTOR_OFFER).where(MENTOR_OFFER.PERSON_ID.eq(personId)).execute();
        db.update(DEVELOPMENT_ACTION).setNull(DEVELOPMENT_ACTION.MENTOR_ID)
                .where(DEVELOPMENT_ACTION.MENTOR_ID.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("development_plan.person_id", ErasureRule.DELETED,
                "development_plan.approved_by", ErasureRule.KEPT,
                "development_objective.owner_id", ErasureRule.KEPT,
                "development_action.mentor_id", ErasureRule.CLEARED,
                "development_comment.author_id", ErasureRule.KEPT,
                "development_change.changed_by", ErasureRule.KEPT,
                "mentor_offer.person_id", ErasureRule.DELETED);
    }
}
