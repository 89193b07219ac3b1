package io.kadens.surveys;

import static io.kadens.db.Tables.SURVEY;
import static io.kadens.db.Tables.SURVEY_INVITEE;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Surveys in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
 * Answers are anonymous: nobody reads them per person, only in groups at the tenant's threshold. So the
 * export (made by an HR admin) lists only which surveys invited the person, never their answers or whether
 * they answered; and erasure keeps the invitation and the answers, because they are counted in results that
 * were already shown and name nobody. They stay linked to the pseudonymised person only inside the database.
 */
@Component
class SurveysPersonalData implements PersonalDataExporter, PersonalDataEraser {

    record Invited(UUID surveyId, String title, String status) {
    }

    private final DSLContext db;

    SurveysPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        return Map.of("surveys-invited", db.select(SURVEY.ID, SURVEY.TITLE, SURVEY.STATUS).from(SURVEY_INVITEE)
                .join(SURVEY).on(SURVEY.TENANT_ID.eq(SURVEY_INVITEE.TENANT_ID).and(SURVEY.ID.eq(SURVEY_INVITEE.SURVEY_ID)))
                .where(SURVEY_INVITEE.PERSON_ID.eq(personId)).orderBy(SURVEY.CREATED_AT)
                .fetch(r -> new Invited(r.value1(), r.value2(), r.value3())));
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("survey_invitee.person_id");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        // Nothing to remove: see the class comment.
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("survey_invitee.person_id", ErasureRule.KEPT, "survey_answer.person_id", ErasureRule.KEPT);
    }
}
