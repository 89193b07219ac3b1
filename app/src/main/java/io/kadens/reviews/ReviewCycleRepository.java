package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_CYCLE;
import static io.kadens.db.Tables.REVIEW_CYCLE_PHASE;
import static io.kadens.db.Tables.REVIEW_CYCLE_SELECTION;
import static io.kadens.db.Tables.REVIEW_PARTICIPANT;

import io.kadens.db.tables.records.ReviewCycleRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * jOOQ access to cycles, their phases, selections, participants and reviews. Row-level security confines
 * every statement to the bound tenant. Launching writes participants and reviews set-based: one statement
 * each, whatever the number of people.
 */
@Repository
class ReviewCycleRepository {

    private final DSLContext db;

    ReviewCycleRepository(DSLContext db) {
        this.db = db;
    }

    record CycleRow(UUID id, String name, CycleKind kind, UUID templateId, Integer templateVersion,
                    LocalDate windowStart, LocalDate windowEnd, int peerCap, CycleStatus status, Instant launchedAt,
                    Instant closedAt, long version) {
    }

    private static CycleRow toRow(ReviewCycleRecord r) {
        return new CycleRow(r.getId(), r.getName(), CycleKind.valueOf(r.getKind()), r.getTemplateId(),
                r.getTemplateVersion(), r.getWindowStart(), r.getWindowEnd(), r.getPeerCap(),
                CycleStatus.valueOf(r.getStatus()), instant(r.getLaunchedAt()), instant(r.getClosedAt()), r.getVersion());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    List<CycleRow> cycles() {
        return db.selectFrom(REVIEW_CYCLE).orderBy(REVIEW_CYCLE.CREATED_AT.desc(), REVIEW_CYCLE.WINDOW_END.desc(), REVIEW_CYCLE.ID)
                .fetch(ReviewCycleRepository::toRow);
    }

    Optional<CycleRow> cycle(UUID id) {
        return db.selectFrom(REVIEW_CYCLE).where(REVIEW_CYCLE.ID.eq(id)).fetchOptional(ReviewCycleRepository::toRow);
    }

    /** Locks the cycle's row for the rest of the transaction: launches, closes and membership changes queue up. */
    Optional<CycleRow> cycleForUpdate(UUID id) {
        return db.selectFrom(REVIEW_CYCLE).where(REVIEW_CYCLE.ID.eq(id)).forUpdate()
                .fetchOptional(ReviewCycleRepository::toRow);
    }

    Map<CyclePhase, LocalDate> deadlines(UUID cycleId) {
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        db.selectFrom(REVIEW_CYCLE_PHASE).where(REVIEW_CYCLE_PHASE.CYCLE_ID.eq(cycleId))
                .forEach(r -> deadlines.put(CyclePhase.valueOf(r.getPhase()), r.getDeadline()));
        return deadlines;
    }

    ParticipantSelection selection(UUID cycleId) {
        Set<UUID> departments = new HashSet<>();
        Set<UUID> teams = new HashSet<>();
        Set<UUID> persons = new HashSet<>();
        db.selectFrom(REVIEW_CYCLE_SELECTION).where(REVIEW_CYCLE_SELECTION.CYCLE_ID.eq(cycleId)).forEach(r -> {
            switch (r.getKind()) {
                case "DEPARTMENT" -> departments.add(r.getRefId());
                case "TEAM" -> teams.add(r.getRefId());
                default -> persons.add(r.getRefId());
            }
        });
        return new ParticipantSelection(departments, teams, persons);
    }

    /** Active participants, reviews and submitted reviews of each cycle; one query for all. */
    Map<UUID, ReviewCycle.Progress> progress(Collection<UUID> cycleIds) {
        Map<UUID, ReviewCycle.Progress> result = new HashMap<>();
        var participants = db.select(REVIEW_PARTICIPANT.CYCLE_ID, DSL.count()).from(REVIEW_PARTICIPANT)
                .where(REVIEW_PARTICIPANT.CYCLE_ID.in(cycleIds), REVIEW_PARTICIPANT.STATUS.eq("ACTIVE"))
                .groupBy(REVIEW_PARTICIPANT.CYCLE_ID).fetchMap(REVIEW_PARTICIPANT.CYCLE_ID, DSL.count());
        var reviews = db.select(REVIEW.CYCLE_ID, DSL.count(),
                        DSL.count().filterWhere(REVIEW.STATUS.eq(ReviewStatus.SUBMITTED.name())))
                .from(REVIEW).join(REVIEW_PARTICIPANT).on(REVIEW_PARTICIPANT.TENANT_ID.eq(REVIEW.TENANT_ID),
                        REVIEW_PARTICIPANT.CYCLE_ID.eq(REVIEW.CYCLE_ID), REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(REVIEW.SUBJECT_ID))
                .where(REVIEW.CYCLE_ID.in(cycleIds), REVIEW_PARTICIPANT.STATUS.eq("ACTIVE"))
                .groupBy(REVIEW.CYCLE_ID).fetch();
        for (UUID id : cycleIds) {
            result.put(id, new ReviewCycle.Progress(participants.getOrDefault(id, 0), 0, 0));
        }
        reviews.forEach(r -> result.put(r.value1(),
                new ReviewCycle.Progress(participants.getOrDefault(r.value1(), 0), r.value2(), r.value3())));
        return result;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertCycle(UUID id, CycleDraft draft) {
        db.insertInto(REVIEW_CYCLE).set(REVIEW_CYCLE.ID, id).set(REVIEW_CYCLE.NAME, draft.name())
                .set(REVIEW_CYCLE.KIND, draft.kind().name()).set(REVIEW_CYCLE.TEMPLATE_ID, draft.templateId())
                .set(REVIEW_CYCLE.WINDOW_START, draft.windowStart()).set(REVIEW_CYCLE.WINDOW_END, draft.windowEnd())
                .set(REVIEW_CYCLE.PEER_CAP, draft.peerCap())
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateCycle(UUID id, CycleDraft draft, long expectedVersion) {
        return db.update(REVIEW_CYCLE).set(REVIEW_CYCLE.NAME, draft.name())
                .set(REVIEW_CYCLE.KIND, draft.kind().name()).set(REVIEW_CYCLE.TEMPLATE_ID, draft.templateId())
                .set(REVIEW_CYCLE.WINDOW_START, draft.windowStart()).set(REVIEW_CYCLE.WINDOW_END, draft.windowEnd())
                .set(REVIEW_CYCLE.PEER_CAP, draft.peerCap())
                .set(REVIEW_CYCLE.VERSION, REVIEW_CYCLE.VERSION.plus(1))
                .where(REVIEW_CYCLE.ID.eq(id), REVIEW_CYCLE.VERSION.eq(expectedVersion), REVIEW_CYCLE.STATUS.eq("DRAFT"))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceDeadlines(UUID cycleId, Map<CyclePhase, LocalDate> deadlines) {
        db.deleteFrom(REVIEW_CYCLE_PHASE).where(REVIEW_CYCLE_PHASE.CYCLE_ID.eq(cycleId)).execute();
        var insert = db.insertInto(REVIEW_CYCLE_PHASE, REVIEW_CYCLE_PHASE.CYCLE_ID, REVIEW_CYCLE_PHASE.PHASE,
                REVIEW_CYCLE_PHASE.DEADLINE);
        deadlines.forEach((phase, deadline) -> insert.values(cycleId, phase.name(), deadline));
        insert.execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceSelection(UUID cycleId, ParticipantSelection selection) {
        db.deleteFrom(REVIEW_CYCLE_SELECTION).where(REVIEW_CYCLE_SELECTION.CYCLE_ID.eq(cycleId)).execute();
        List<org.jooq.Query> inserts = new ArrayList<>();
        selection.departmentIds().forEach(id -> inserts.add(selectionInsert(cycleId, "DEPARTMENT", id)));
        selection.teamIds().forEach(id -> inserts.add(selectionInsert(cycleId, "TEAM", id)));
        selection.personIds().forEach(id -> inserts.add(selectionInsert(cycleId, "PERSON", id)));
        if (!inserts.isEmpty()) {
            db.batch(inserts).execute();
        }
    }

    private org.jooq.Query selectionInsert(UUID cycleId, String kind, UUID refId) {
        return db.insertInto(REVIEW_CYCLE_SELECTION).set(REVIEW_CYCLE_SELECTION.CYCLE_ID, cycleId)
                .set(REVIEW_CYCLE_SELECTION.KIND, kind).set(REVIEW_CYCLE_SELECTION.REF_ID, refId);
    }

    /** Moves a cycle from one status to another if its version is still the expected one. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean changeStatus(UUID id, CycleStatus from, CycleStatus to, long expectedVersion, Integer templateVersion,
                         Instant now) {
        var update = db.update(REVIEW_CYCLE).set(REVIEW_CYCLE.STATUS, to.name())
                .set(REVIEW_CYCLE.VERSION, REVIEW_CYCLE.VERSION.plus(1));
        if (from == CycleStatus.DRAFT) {
            update = update.set(REVIEW_CYCLE.LAUNCHED_AT, at(now)).set(REVIEW_CYCLE.TEMPLATE_VERSION, templateVersion);
        }
        if (to == CycleStatus.CLOSED) {
            update = update.set(REVIEW_CYCLE.CLOSED_AT, at(now));
        }
        return update.where(REVIEW_CYCLE.ID.eq(id), REVIEW_CYCLE.STATUS.eq(from.name()),
                REVIEW_CYCLE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean bumpVersion(UUID id, long expectedVersion) {
        return db.update(REVIEW_CYCLE).set(REVIEW_CYCLE.VERSION, REVIEW_CYCLE.VERSION.plus(1))
                .where(REVIEW_CYCLE.ID.eq(id), REVIEW_CYCLE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    // ------------------------------------------------------------------ participants and reviews

    /**
     * Adds participants with their managers in one statement (arrays unnested by the database), skipping
     * people already in the cycle. Returns how many were added.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int insertParticipants(UUID cycleId, List<UUID> people, List<UUID> managers, Instant now) {
        return db.execute("""
                INSERT INTO review_participant (cycle_id, employee_id, manager_id, added_at)
                SELECT ?::uuid, t.person, t.manager, ?::timestamptz FROM unnest(?, ?) AS t(person, manager)
                ON CONFLICT DO NOTHING""", cycleId, at(now).toString(), people.toArray(UUID[]::new),
                managers.toArray(UUID[]::new));
    }

    /**
     * Creates the missing self and manager reviews of the cycle's active participants (of these people, or
     * of all when null), one statement: only the forms the template asks, and a manager review only where
     * there is a manager.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int insertReviews(UUID cycleId, boolean self, boolean manager, Collection<UUID> onlyPeople) {
        String only = onlyPeople == null ? "" : " AND employee_id = ANY (?)";
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO review (cycle_id, subject_id, author_id, form) ");
        List<String> parts = new ArrayList<>();
        if (self) {
            parts.add("SELECT cycle_id, employee_id, employee_id, 'SELF' FROM review_participant"
                    + " WHERE cycle_id = ?::uuid AND status = 'ACTIVE'" + only);
            binds.add(cycleId);
            if (onlyPeople != null) {
                binds.add(onlyPeople.toArray(UUID[]::new));
            }
        }
        if (manager) {
            parts.add("SELECT cycle_id, employee_id, manager_id, 'MANAGER' FROM review_participant"
                    + " WHERE cycle_id = ?::uuid AND status = 'ACTIVE' AND manager_id IS NOT NULL" + only);
            binds.add(cycleId);
            if (onlyPeople != null) {
                binds.add(onlyPeople.toArray(UUID[]::new));
            }
        }
        if (parts.isEmpty()) {
            return 0;
        }
        sql.append(String.join(" UNION ALL ", parts)).append(" ON CONFLICT DO NOTHING");
        return db.execute(sql.toString(), binds.toArray());
    }

    record ParticipantRow(UUID personId, UUID managerId, boolean active, Instant addedAt, Instant removedAt,
                          int reviews, int submitted) {
    }

    List<ParticipantRow> participants(UUID cycleId) {
        var submitted = DSL.count().filterWhere(REVIEW.STATUS.eq(ReviewStatus.SUBMITTED.name()));
        var reviews = DSL.count(REVIEW.ID);
        return db.select(REVIEW_PARTICIPANT.EMPLOYEE_ID, REVIEW_PARTICIPANT.MANAGER_ID, REVIEW_PARTICIPANT.STATUS,
                        REVIEW_PARTICIPANT.ADDED_AT, REVIEW_PARTICIPANT.REMOVED_AT, reviews, submitted)
                .from(REVIEW_PARTICIPANT).leftJoin(REVIEW).on(REVIEW.TENANT_ID.eq(REVIEW_PARTICIPANT.TENANT_ID),
                        REVIEW.CYCLE_ID.eq(REVIEW_PARTICIPANT.CYCLE_ID), REVIEW.SUBJECT_ID.eq(REVIEW_PARTICIPANT.EMPLOYEE_ID))
                .where(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId))
                .groupBy(REVIEW_PARTICIPANT.EMPLOYEE_ID, REVIEW_PARTICIPANT.MANAGER_ID, REVIEW_PARTICIPANT.STATUS,
                        REVIEW_PARTICIPANT.ADDED_AT, REVIEW_PARTICIPANT.REMOVED_AT)
                .fetch(r -> new ParticipantRow(r.value1(), r.value2(), "ACTIVE".equals(r.value3()), instant(r.value4()),
                        instant(r.value5()), r.value6(), r.value7()));
    }

    Optional<ParticipantRow> participant(UUID cycleId, UUID personId) {
        return participants(cycleId).stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reactivateParticipant(UUID cycleId, UUID personId, UUID managerId, Instant now) {
        db.update(REVIEW_PARTICIPANT).set(REVIEW_PARTICIPANT.STATUS, "ACTIVE")
                .set(REVIEW_PARTICIPANT.REMOVED_AT, (OffsetDateTime) null)
                .set(REVIEW_PARTICIPANT.MANAGER_ID, managerId).set(REVIEW_PARTICIPANT.ADDED_AT, at(now))
                .where(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId), REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(personId))
                .execute();
    }

    /**
     * Takes a person out of a cycle: the participant is marked removed, and the reviews about them or by them
     * that nobody submitted are deleted. Submitted reviews stay. Returns the number of reviews deleted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int removeParticipant(UUID cycleId, UUID personId, Instant now) {
        db.update(REVIEW_PARTICIPANT).set(REVIEW_PARTICIPANT.STATUS, "REMOVED")
                .set(REVIEW_PARTICIPANT.REMOVED_AT, at(now))
                .where(REVIEW_PARTICIPANT.CYCLE_ID.eq(cycleId), REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(personId))
                .execute();
        return db.deleteFrom(REVIEW).where(REVIEW.CYCLE_ID.eq(cycleId),
                        REVIEW.SUBJECT_ID.eq(personId).or(REVIEW.AUTHOR_ID.eq(personId)),
                        REVIEW.STATUS.ne(ReviewStatus.SUBMITTED.name()))
                .execute();
    }

    record ReviewRow(UUID id, UUID subjectId, UUID authorId, ReviewForm form, ReviewStatus status,
                     Instant submittedAt) {
    }

    /** Reviews of the cycle's active participants that are not submitted, by subject. */
    List<ReviewRow> unfinished(UUID cycleId) {
        return db.select(REVIEW.ID, REVIEW.SUBJECT_ID, REVIEW.AUTHOR_ID, REVIEW.FORM, REVIEW.STATUS, REVIEW.SUBMITTED_AT)
                .from(REVIEW).join(REVIEW_PARTICIPANT).on(REVIEW_PARTICIPANT.TENANT_ID.eq(REVIEW.TENANT_ID),
                        REVIEW_PARTICIPANT.CYCLE_ID.eq(REVIEW.CYCLE_ID), REVIEW_PARTICIPANT.EMPLOYEE_ID.eq(REVIEW.SUBJECT_ID))
                .where(REVIEW.CYCLE_ID.eq(cycleId), REVIEW_PARTICIPANT.STATUS.eq("ACTIVE"),
                        REVIEW.STATUS.ne(ReviewStatus.SUBMITTED.name()))
                .orderBy(REVIEW.SUBJECT_ID, REVIEW.FORM)
                .fetch(r -> new ReviewRow(r.value1(), r.value2(), r.value3(), ReviewForm.valueOf(r.value4()),
                        ReviewStatus.valueOf(r.value5()), instant(r.value6())));
    }

    List<ReviewRow> reviewsOf(UUID cycleId, UUID subjectId) {
        return db.selectFrom(REVIEW).where(REVIEW.CYCLE_ID.eq(cycleId), REVIEW.SUBJECT_ID.eq(subjectId))
                .orderBy(REVIEW.FORM)
                .fetch(r -> new ReviewRow(r.getId(), r.getSubjectId(), r.getAuthorId(), ReviewForm.valueOf(r.getForm()),
                        ReviewStatus.valueOf(r.getStatus()), instant(r.getSubmittedAt())));
    }

    /** A review not submitted whose phase deadline is the given day, in a running cycle. */
    record DueReview(UUID reviewId, UUID cycleId, String cycleName, UUID subjectId, UUID authorId, LocalDate deadline) {
    }

    List<DueReview> dueOn(LocalDate day) {
        return db.resultQuery("""
                SELECT r.id, c.id, c.name, r.subject_id, r.author_id, p.deadline
                FROM review r
                JOIN review_cycle c ON c.tenant_id = r.tenant_id AND c.id = r.cycle_id AND c.status = 'ACTIVE'
                JOIN review_participant rp ON rp.tenant_id = r.tenant_id AND rp.cycle_id = r.cycle_id
                     AND rp.employee_id = r.subject_id AND rp.status = 'ACTIVE'
                JOIN review_cycle_phase p ON p.tenant_id = r.tenant_id AND p.cycle_id = r.cycle_id
                     AND p.phase = CASE r.form WHEN 'SELF' THEN 'SELF_REVIEW' WHEN 'MANAGER' THEN 'MANAGER_REVIEW'
                                               ELSE 'PEER_REVIEWS' END
                WHERE r.status <> 'SUBMITTED' AND p.deadline = ?::date
                ORDER BY r.id""", day.toString())
                .fetch(row -> new DueReview(row.get(0, UUID.class), row.get(1, UUID.class), row.get(2, String.class),
                        row.get(3, UUID.class), row.get(4, UUID.class), row.get(5, LocalDate.class)));
    }

    /**
     * Creates the missing upward reviews of the cycle: each active participant reviews their manager at launch when
     * that manager is an active participant too (a review is about a participant). With {@code person}, only the
     * upward reviews by or about that person. One statement. Returns how many were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int insertUpwardReviews(UUID cycleId, UUID person) {
        String only = person == null ? "" : " AND (rp.employee_id = ?::uuid OR rp.manager_id = ?::uuid)";
        List<Object> binds = new ArrayList<>(List.of(cycleId));
        if (person != null) {
            binds.add(person);
            binds.add(person);
        }
        return db.execute("""
                INSERT INTO review (cycle_id, subject_id, author_id, form)
                SELECT rp.cycle_id, rp.manager_id, rp.employee_id, 'UPWARD' FROM review_participant rp
                JOIN review_participant m ON m.tenant_id = rp.tenant_id AND m.cycle_id = rp.cycle_id
                     AND m.employee_id = rp.manager_id AND m.status = 'ACTIVE'
                WHERE rp.cycle_id = ?::uuid AND rp.status = 'ACTIVE'""" + only + " ON CONFLICT DO NOTHING",
                binds.toArray());
    }

    /**
     * Creates a launch's reviews in one statement from three parallel arrays (subject, author, form), unnested by the
     * database: no join over the participants just written, whose statistics the planner does not know yet inside
     * the launching transaction. Returns how many were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int insertLaunchReviews(UUID cycleId, List<UUID> subjects, List<UUID> authors, List<String> forms) {
        if (subjects.isEmpty()) {
            return 0;
        }
        return db.execute("""
                INSERT INTO review (cycle_id, subject_id, author_id, form)
                SELECT ?::uuid, t.subject, t.author, t.form FROM unnest(?, ?, ?) AS t(subject, author, form)
                ON CONFLICT DO NOTHING""", cycleId, subjects.toArray(UUID[]::new), authors.toArray(UUID[]::new),
                forms.toArray(String[]::new));
    }
}
