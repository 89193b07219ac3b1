package io.kadens.rollout;

import static io.kadens.db.Tables.PILOT_GROUP;
import static io.kadens.db.Tables.PILOT_GROUP_CHAMPION;
import static io.kadens.db.Tables.PILOT_GROUP_MEMBER;
import static io.kadens.db.Tables.ROLLOUT_PLAN;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The rollout plan in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md):
 * the pilot groups they are a named member or champion of, and whether they are the rollout's contact
 * person. Erasure takes them out of the pilot groups and off the plan's contact (HR names a new one); the
 * groups themselves stay.
 */
@Component
class RolloutPersonalData implements PersonalDataExporter, PersonalDataEraser {

    record PilotRole(UUID groupId, String groupName) {
    }

    private final DSLContext db;

    RolloutPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var member = db.select(PILOT_GROUP.ID, PILOT_GROUP.NAME).from(PILOT_GROUP_MEMBER)
                .join(PILOT_GROUP).on(PILOT_GROUP.TENANT_ID.eq(PILOT_GROUP_MEMBER.TENANT_ID)
                        .and(PILOT_GROUP.ID.eq(PILOT_GROUP_MEMBER.GROUP_ID)))
                .where(PILOT_GROUP_MEMBER.PERSON_ID.eq(personId)).orderBy(PILOT_GROUP.NAME)
                .fetch(r -> new PilotRole(r.value1(), r.value2()));
        var champion = db.select(PILOT_GROUP.ID, PILOT_GROUP.NAME).from(PILOT_GROUP_CHAMPION)
                .join(PILOT_GROUP).on(PILOT_GROUP.TENANT_ID.eq(PILOT_GROUP_CHAMPION.TENANT_ID)
                        .and(PILOT_GROUP.ID.eq(PILOT_GROUP_CHAMPION.GROUP_ID)))
                .where(PILOT_GROUP_CHAMPION.PERSON_ID.eq(personId)).orderBy(PILOT_GROUP.NAME)
                .fetch(r -> new PilotRole(r.value1(), r.value2()));
        boolean contact = db.fetchExists(ROLLOUT_PLAN, ROLLOUT_PLAN.CONTACT_PERSON_ID.eq(personId));
        return Map.of("rollout", Map.of("pilotMemberOf", member, "championOf", champion, "rolloutContact", contact));
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("pilot_group_member.person_id", "pilot_group_member.member_id", "pilot_group_champion.person_id",
                "rollout_plan.contact_person_id");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(PILOT_GROUP_MEMBER).where(PILOT_GROUP_MEMBER.PERSON_ID.eq(personId)).execute();
        db.deleteFrom(PILOT_GROUP_CHAMPION).where(PILOT_GROUP_CHAMPION.PERSON_ID.eq(personId)).execute();
        db.update(ROLLOUT_PLAN).set(ROLLOUT_PLAN.CONTACT_PERSON_ID, (UUID) null)
                .set(ROLLOUT_PLAN.VERSION, ROLLOUT_PLAN.VERSION.plus(org.jooq.impl.DSL.inline(1L)))
                .where(ROLLOUT_PLAN.CONTACT_PERSON_ID.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("pilot_group_member.person_id", ErasureRule.DELETED, "pilot_group_member.member_id",
                ErasureRule.DELETED, "pilot_group_champion.person_id", ErasureRule.DELETED,
                "rollout_plan.contact_person_id", ErasureRule.CLEARED);
    }
}
