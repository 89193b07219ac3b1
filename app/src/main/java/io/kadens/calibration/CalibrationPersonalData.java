package io.kadens.calibration;

import static io.kadens.db.Tables.CALIBRATION_MOVE;
import static io.kadens.db.Tables.CALIBRATION_PREVIEW;
import static io.kadens.db.Tables.CALIBRATION_SESSION;
import static io.kadens.db.Tables.CALIBRATION_SESSION_CALIBRATOR;
import static io.kadens.db.Tables.CALIBRATION_SESSION_PERSON;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Calibration in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md). The
 * export lists the sessions the person was calibrated in (without ratings: those reach the person through the
 * shared review outcome), and what they did as facilitator or calibrator: the sessions, their previews and
 * moves. Erasure keeps everything: sessions, previews and moves are the employer's record of how ratings were
 * settled and back the calibrated ratings of others; they then name the pseudonymised person.
 */
@Component
class CalibrationPersonalData implements PersonalDataExporter, PersonalDataEraser {

    private final DSLContext db;

    CalibrationPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var calibratedIn = db.select(CALIBRATION_SESSION.ID, CALIBRATION_SESSION.NAME, CALIBRATION_SESSION.CYCLE_ID)
                .from(CALIBRATION_SESSION_PERSON).join(CALIBRATION_SESSION)
                .on(CALIBRATION_SESSION.TENANT_ID.eq(CALIBRATION_SESSION_PERSON.TENANT_ID),
                        CALIBRATION_SESSION.ID.eq(CALIBRATION_SESSION_PERSON.SESSION_ID))
                .where(CALIBRATION_SESSION_PERSON.EMPLOYEE_ID.eq(personId))
                .fetch(r -> Map.of("sessionId", r.value1(), "name", r.value2(), "cycleId", r.value3()));
        var facilitated = db.select(CALIBRATION_SESSION.ID, CALIBRATION_SESSION.NAME).from(CALIBRATION_SESSION)
                .where(CALIBRATION_SESSION.FACILITATOR_ID.eq(personId).or(CALIBRATION_SESSION.CREATED_BY.eq(personId)))
                .fetch(r -> Map.of("sessionId", r.value1(), "name", r.value2()));
        var calibrating = db.select(CALIBRATION_SESSION_CALIBRATOR.SESSION_ID).from(CALIBRATION_SESSION_CALIBRATOR)
                .where(CALIBRATION_SESSION_CALIBRATOR.CALIBRATOR_ID.eq(personId))
                .fetch(CALIBRATION_SESSION_CALIBRATOR.SESSION_ID);
        var previews = db.select(CALIBRATION_PREVIEW.SESSION_ID, CALIBRATION_PREVIEW.EMPLOYEE_ID,
                        CALIBRATION_PREVIEW.RATING, CALIBRATION_PREVIEW.POTENTIAL, CALIBRATION_PREVIEW.RECORDED_AT)
                .from(CALIBRATION_PREVIEW).where(CALIBRATION_PREVIEW.CALIBRATOR_ID.eq(personId))
                .fetch(r -> Map.of("sessionId", r.value1(), "employeeId", r.value2(), "rating", r.value3(),
                        "potential", String.valueOf(r.value4()), "recordedAt", r.value5()));
        var moves = db.select(CALIBRATION_MOVE.SESSION_ID, CALIBRATION_MOVE.EMPLOYEE_ID, CALIBRATION_MOVE.TO_RATING,
                        CALIBRATION_MOVE.TO_POTENTIAL, CALIBRATION_MOVE.REASON, CALIBRATION_MOVE.MOVED_AT)
                .from(CALIBRATION_MOVE).where(CALIBRATION_MOVE.MOVED_BY.eq(personId))
                .fetch(r -> Map.of("sessionId", r.value1(), "employeeId", r.value2(), "rating", r.value3(),
                        "potential", r.value4(), "reason", r.value5(), "movedAt", r.value6()));
        return Map.of("calibration-sessions-about-me", calibratedIn, "calibration-sessions-facilitated", facilitated,
                "calibration-sessions-calibrating", calibrating, "calibration-previews-made", previews,
                "calibration-moves-made", moves);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("calibration_session_person.employee_id", "calibration_session.facilitator_id",
                "calibration_session.created_by", "calibration_session_calibrator.calibrator_id",
                "calibration_preview.calibrator_id", "calibration_move.moved_by");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        // Kept whole: see the class comment. The person's own words are only in the reasons of moves they made,
        // which explain others' ratings and so stay.
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("calibration_session_person.employee_id", ErasureRule.KEPT,
                "calibration_session.facilitator_id", ErasureRule.KEPT,
                "calibration_session.created_by", ErasureRule.KEPT,
                "calibration_session_calibrator.calibrator_id", ErasureRule.KEPT,
                "calibration_preview.calibrator_id", ErasureRule.KEPT,
                "calibration_preview.employee_id", ErasureRule.KEPT,
                "calibration_move.moved_by", ErasureRule.KEPT,
                "calibration_move.employee_id", ErasureRule.KEPT);
    }
}
