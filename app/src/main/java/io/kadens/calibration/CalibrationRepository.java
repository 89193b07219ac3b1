package io.kadens.calibration;

import static io.kadens.db.Tables.CALIBRATION_GUIDELINE;
import static io.kadens.db.Tables.CALIBRATION_MOVE;
import static io.kadens.db.Tables.CALIBRATION_PREVIEW;
import static io.kadens.db.Tables.CALIBRATION_SESSION;
import static io.kadens.db.Tables.CALIBRATION_SESSION_CALIBRATOR;
import static io.kadens.db.Tables.CALIBRATION_SESSION_PERSON;

import io.kadens.db.tables.records.CalibrationSessionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** jOOQ access to calibration's own tables. Checks no access rights: {@link CalibrationSessions} does. */
@Repository
class CalibrationRepository {

    record SessionRow(UUID id, UUID cycleId, String name, ScopeKind scopeKind, List<UUID> scopeIds,
                      UUID facilitatorId, List<Integer> guideline, SessionStatus status, Instant createdAt,
                      Instant openedAt, Instant finishedAt, long version) {
    }

    record PreviewRow(UUID calibratorId, UUID employeeId, int rating, Integer potential, Instant recordedAt) {
    }

    record MoveRow(UUID id, UUID employeeId, UUID movedBy, Integer fromRating, Integer fromPotential, int toRating,
                   int toPotential, String reason, Instant movedAt) {
    }

    private final DSLContext db;

    CalibrationRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ guideline

    Optional<Guideline> guideline() {
        return db.selectFrom(CALIBRATION_GUIDELINE).fetchOptional()
                .map(r -> new Guideline(shares(r.getShares()), r.getVersion()));
    }

    /** Stores the tenant's guideline if its version is still {@code expectedVersion} (0: none stored yet). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveGuideline(List<Integer> shares, long expectedVersion) {
        Short[] values = toShorts(shares);
        if (expectedVersion == 0) {
            return db.insertInto(CALIBRATION_GUIDELINE).set(CALIBRATION_GUIDELINE.SHARES, values)
                    .set(CALIBRATION_GUIDELINE.VERSION, 1L).onConflictDoNothing().execute() == 1;
        }
        return db.update(CALIBRATION_GUIDELINE).set(CALIBRATION_GUIDELINE.SHARES, values)
                .set(CALIBRATION_GUIDELINE.VERSION, CALIBRATION_GUIDELINE.VERSION.plus(1))
                .where(CALIBRATION_GUIDELINE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    // ------------------------------------------------------------------ sessions

    List<SessionRow> sessions() {
        return db.selectFrom(CALIBRATION_SESSION).orderBy(CALIBRATION_SESSION.CREATED_AT.desc(), CALIBRATION_SESSION.ID)
                .fetch(CalibrationRepository::toSession);
    }

    Optional<SessionRow> session(UUID id) {
        return db.selectFrom(CALIBRATION_SESSION).where(CALIBRATION_SESSION.ID.eq(id)).fetchOptional()
                .map(CalibrationRepository::toSession);
    }

    /** Sessions the person facilitates or calibrates in. */
    Set<UUID> sessionsOfMember(UUID personId) {
        Set<UUID> ids = new HashSet<>(db.select(CALIBRATION_SESSION.ID).from(CALIBRATION_SESSION)
                .where(CALIBRATION_SESSION.FACILITATOR_ID.eq(personId)).fetch(CALIBRATION_SESSION.ID));
        ids.addAll(db.select(CALIBRATION_SESSION_CALIBRATOR.SESSION_ID).from(CALIBRATION_SESSION_CALIBRATOR)
                .where(CALIBRATION_SESSION_CALIBRATOR.CALIBRATOR_ID.eq(personId))
                .fetch(CALIBRATION_SESSION_CALIBRATOR.SESSION_ID));
        return ids;
    }

    /** Sessions that calibrate any of these people. */
    Set<UUID> sessionsWithPeople(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.selectDistinct(CALIBRATION_SESSION_PERSON.SESSION_ID).from(CALIBRATION_SESSION_PERSON)
                .where(CALIBRATION_SESSION_PERSON.EMPLOYEE_ID.in(people)).fetch(CALIBRATION_SESSION_PERSON.SESSION_ID));
    }

    Set<UUID> calibrators(UUID sessionId) {
        return new LinkedHashSet<>(db.select(CALIBRATION_SESSION_CALIBRATOR.CALIBRATOR_ID)
                .from(CALIBRATION_SESSION_CALIBRATOR).where(CALIBRATION_SESSION_CALIBRATOR.SESSION_ID.eq(sessionId))
                .orderBy(CALIBRATION_SESSION_CALIBRATOR.CALIBRATOR_ID).fetch(CALIBRATION_SESSION_CALIBRATOR.CALIBRATOR_ID));
    }

    List<UUID> people(UUID sessionId) {
        return db.select(CALIBRATION_SESSION_PERSON.EMPLOYEE_ID).from(CALIBRATION_SESSION_PERSON)
                .where(CALIBRATION_SESSION_PERSON.SESSION_ID.eq(sessionId))
                .orderBy(CALIBRATION_SESSION_PERSON.EMPLOYEE_ID).fetch(CALIBRATION_SESSION_PERSON.EMPLOYEE_ID);
    }

    Map<UUID, Integer> peopleCounts(Collection<UUID> sessionIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        db.select(CALIBRATION_SESSION_PERSON.SESSION_ID, DSL.count()).from(CALIBRATION_SESSION_PERSON)
                .where(CALIBRATION_SESSION_PERSON.SESSION_ID.in(sessionIds))
                .groupBy(CALIBRATION_SESSION_PERSON.SESSION_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    boolean includes(UUID sessionId, UUID personId) {
        return db.fetchExists(CALIBRATION_SESSION_PERSON, CALIBRATION_SESSION_PERSON.SESSION_ID.eq(sessionId),
                CALIBRATION_SESSION_PERSON.EMPLOYEE_ID.eq(personId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertSession(UUID id, SessionDraft draft, List<UUID> scopeIds, UUID createdBy, Instant at,
                       Collection<UUID> people) {
        db.insertInto(CALIBRATION_SESSION)
                .set(CALIBRATION_SESSION.ID, id).set(CALIBRATION_SESSION.CYCLE_ID, draft.cycleId())
                .set(CALIBRATION_SESSION.NAME, draft.name()).set(CALIBRATION_SESSION.SCOPE_KIND, draft.scopeKind().name())
                .set(CALIBRATION_SESSION.SCOPE_IDS, scopeIds.toArray(UUID[]::new))
                .set(CALIBRATION_SESSION.FACILITATOR_ID, draft.facilitatorId())
                .set(CALIBRATION_SESSION.GUIDELINE, draft.guideline() == null ? null : toShorts(draft.guideline()))
                .set(CALIBRATION_SESSION.CREATED_BY, createdBy).set(CALIBRATION_SESSION.CREATED_AT, at(at))
                .execute();
        var calibrators = db.insertInto(CALIBRATION_SESSION_CALIBRATOR, CALIBRATION_SESSION_CALIBRATOR.SESSION_ID,
                CALIBRATION_SESSION_CALIBRATOR.CALIBRATOR_ID);
        for (UUID calibrator : draft.calibratorIds()) {
            calibrators = calibrators.values(id, calibrator);
        }
        calibrators.execute();
        var members = db.insertInto(CALIBRATION_SESSION_PERSON, CALIBRATION_SESSION_PERSON.SESSION_ID,
                CALIBRATION_SESSION_PERSON.CYCLE_ID, CALIBRATION_SESSION_PERSON.EMPLOYEE_ID);
        for (UUID person : people) {
            members = members.values(id, draft.cycleId(), person);
        }
        members.execute();
    }

    /** Moves the session to {@code to} if its version is still {@code expectedVersion}. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean changeStatus(UUID id, SessionStatus from, SessionStatus to, Instant at, long expectedVersion) {
        var update = db.update(CALIBRATION_SESSION).set(CALIBRATION_SESSION.STATUS, to.name())
                .set(CALIBRATION_SESSION.VERSION, CALIBRATION_SESSION.VERSION.plus(1));
        if (to == SessionStatus.MEETING) {
            update = update.set(CALIBRATION_SESSION.OPENED_AT, at(at));
        } else if (to == SessionStatus.FINISHED) {
            update = update.set(CALIBRATION_SESSION.FINISHED_AT, at(at));
        }
        return update.where(CALIBRATION_SESSION.ID.eq(id), CALIBRATION_SESSION.STATUS.eq(from.name()),
                CALIBRATION_SESSION.VERSION.eq(expectedVersion)).execute() == 1;
    }

    // ------------------------------------------------------------------ previews

    List<PreviewRow> previews(UUID sessionId) {
        return db.selectFrom(CALIBRATION_PREVIEW).where(CALIBRATION_PREVIEW.SESSION_ID.eq(sessionId))
                .orderBy(CALIBRATION_PREVIEW.EMPLOYEE_ID, CALIBRATION_PREVIEW.CALIBRATOR_ID)
                .fetch(r -> new PreviewRow(r.getCalibratorId(), r.getEmployeeId(), r.getRating(),
                        r.getPotential() == null ? null : r.getPotential().intValue(), r.getRecordedAt().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void savePreview(UUID sessionId, UUID calibratorId, UUID employeeId, int rating, Integer potential, Instant at) {
        db.insertInto(CALIBRATION_PREVIEW)
                .set(CALIBRATION_PREVIEW.SESSION_ID, sessionId).set(CALIBRATION_PREVIEW.CALIBRATOR_ID, calibratorId)
                .set(CALIBRATION_PREVIEW.EMPLOYEE_ID, employeeId).set(CALIBRATION_PREVIEW.RATING, (short) rating)
                .set(CALIBRATION_PREVIEW.POTENTIAL, potential == null ? null : potential.shortValue())
                .set(CALIBRATION_PREVIEW.RECORDED_AT, at(at))
                .onConflict(CALIBRATION_PREVIEW.TENANT_ID, CALIBRATION_PREVIEW.SESSION_ID,
                        CALIBRATION_PREVIEW.CALIBRATOR_ID, CALIBRATION_PREVIEW.EMPLOYEE_ID)
                .doUpdate().set(CALIBRATION_PREVIEW.RATING, (short) rating)
                .set(CALIBRATION_PREVIEW.POTENTIAL, potential == null ? null : potential.shortValue())
                .set(CALIBRATION_PREVIEW.RECORDED_AT, at(at))
                .execute();
    }

    // ------------------------------------------------------------------ moves

    List<MoveRow> moves(UUID sessionId) {
        return db.selectFrom(CALIBRATION_MOVE).where(CALIBRATION_MOVE.SESSION_ID.eq(sessionId))
                .orderBy(CALIBRATION_MOVE.MOVED_AT, CALIBRATION_MOVE.ID)
                .fetch(r -> new MoveRow(r.getId(), r.getEmployeeId(), r.getMovedBy(), integer(r.getFromRating()),
                        integer(r.getFromPotential()), r.getToRating(), r.getToPotential(), r.getReason(),
                        r.getMovedAt().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertMove(UUID id, UUID sessionId, UUID employeeId, UUID movedBy, Integer fromRating, Integer fromPotential,
                    int toRating, int toPotential, String reason, Instant at) {
        db.insertInto(CALIBRATION_MOVE)
                .set(CALIBRATION_MOVE.ID, id).set(CALIBRATION_MOVE.SESSION_ID, sessionId)
                .set(CALIBRATION_MOVE.EMPLOYEE_ID, employeeId).set(CALIBRATION_MOVE.MOVED_BY, movedBy)
                .set(CALIBRATION_MOVE.FROM_RATING, fromRating == null ? null : fromRating.shortValue())
                .set(CALIBRATION_MOVE.FROM_POTENTIAL, fromPotential == null ? null : fromPotential.shortValue())
                .set(CALIBRATION_MOVE.TO_RATING, (short) toRating).set(CALIBRATION_MOVE.TO_POTENTIAL, (short) toPotential)
                .set(CALIBRATION_MOVE.REASON, reason).set(CALIBRATION_MOVE.MOVED_AT, at(at))
                .execute();
    }

    // ------------------------------------------------------------------ mapping

    private static SessionRow toSession(CalibrationSessionRecord r) {
        return new SessionRow(r.getId(), r.getCycleId(), r.getName(), ScopeKind.valueOf(r.getScopeKind()),
                List.of(r.getScopeIds()), r.getFacilitatorId(), r.getGuideline() == null ? null : shares(r.getGuideline()),
                SessionStatus.valueOf(r.getStatus()), r.getCreatedAt().toInstant(), instant(r.getOpenedAt()),
                instant(r.getFinishedAt()), r.getVersion());
    }

    private static List<Integer> shares(Short[] values) {
        return Arrays.stream(values).map(Short::intValue).toList();
    }

    private static Short[] toShorts(List<Integer> values) {
        return values.stream().map(Integer::shortValue).toArray(Short[]::new);
    }

    private static Integer integer(Short value) {
        return value == null ? null : value.intValue();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
