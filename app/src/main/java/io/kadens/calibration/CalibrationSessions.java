package io.kadens.calibration;

import io.kadens.audit.AuditLog;
import io.kadens.people.JobFamily;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.CalibrationReviewEvidence;
import io.kadens.reviews.CycleStatus;
import io.kadens.reviews.ReviewCycles;
import io.kadens.reviews.ReviewOutcome;
import io.kadens.reviews.ReviewOutcomes;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration sessions of a review cycle. HR admins set them up and the tenant's rating guideline; calibrators
 * record private previews before the meeting; the facilitator opens the meeting, moves people in the 9-box with a
 * reason (recorded through {@link ReviewOutcomes#recordCalibration} with the version the facilitator saw) and
 * finishes it. Every change is audited.
 *
 * <p>Who sees ratings, enforced here: HR admins, the session's facilitator and calibrators, and the manager chain
 * above a person (that person's row only, without previews). Nobody sees their own rating here, and nobody sees
 * another calibrator's preview before the meeting opens. Employees with no role in calibration are refused.
 */
@Service
public class CalibrationSessions {

    public static final int MAX_NAME = 120;
    public static final int MAX_REASON = 1000;
    public static final int MAX_CALIBRATORS = 30;

    private final CalibrationRepository repository;
    private final ReviewOutcomes outcomes;
    private final ReviewCycles cycles;
    private final OrgFacts org;
    private final OrganisationStructure structure;
    private final TenantSettingsService settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final CalibrationReviewEvidence reviewEvidence;

    CalibrationSessions(CalibrationRepository repository, ReviewOutcomes outcomes, ReviewCycles cycles, OrgFacts org,
                        OrganisationStructure structure, TenantSettingsService settings, CurrentUser currentUser,
                        AuditLog audit, Clock clock, CalibrationReviewEvidence reviewEvidence) {
        this.reviewEvidence = reviewEvidence;
        this.repository = repository;
        this.outcomes = outcomes;
        this.cycles = cycles;
        this.org = org;
        this.structure = structure;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** How the signed-in user stands to one session. */
    private record Access(KadensUser me, CalibrationRepository.SessionRow session, boolean hr, boolean facilitator,
                          boolean calibrator) {
        boolean member() {
            return hr || facilitator || calibrator;
        }

        UUID personId() {
            return me.personId();
        }
    }

    // ------------------------------------------------------------------ who may come in

    /**
     * Whether the signed-in user has any business in calibration: HR admins, managers (for the people below them)
     * and whoever facilitates or calibrates a session. Employees are not: the routes and endpoints refuse them.
     */
    @Transactional(readOnly = true)
    public boolean mayUseCalibration() {
        KadensUser me = currentUser.get().orElse(null);
        if (me == null || me.isOperator()) {
            return false;
        }
        return me.has(Role.HR_ADMIN) || me.has(Role.MANAGER) || !repository.sessionsOfMember(me.personId()).isEmpty();
    }

    /** Whether the signed-in user is an HR admin (sets up sessions and the guideline). */
    public boolean isHrAdmin() {
        return currentUser.get().map(u -> !u.isOperator() && u.has(Role.HR_ADMIN)).orElse(false);
    }

    private KadensUser requireCalibrationUser() {
        KadensUser me = currentUser.require();
        if (me.isOperator()) {
            throw new AccessDeniedException("calibration belongs to a tenant");
        }
        if (!me.has(Role.HR_ADMIN) && !me.has(Role.MANAGER) && repository.sessionsOfMember(me.personId()).isEmpty()) {
            throw new AccessDeniedException("employees have no access to calibration");
        }
        return me;
    }

    private KadensUser requireHrAdmin() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || !me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins set up calibration");
        }
        return me;
    }

    private Access access(UUID sessionId) {
        KadensUser me = requireCalibrationUser();
        var session = repository.session(sessionId)
                .orElseThrow(() -> new ResourceNotFoundException("calibration-session", sessionId));
        return new Access(me, session, me.has(Role.HR_ADMIN), session.facilitatorId().equals(me.personId()),
                repository.calibrators(sessionId).contains(me.personId()));
    }

    /** A member of the session, or a manager with someone of the session below them (who sees only those). */
    private Access readAccess(UUID sessionId) {
        Access access = access(sessionId);
        if (!access.member() && visibleTo(access, repository.people(sessionId)).isEmpty()) {
            throw new AccessDeniedException("not a member of this calibration session");
        }
        return access;
    }

    private Access memberAccess(UUID sessionId) {
        Access access = access(sessionId);
        if (!access.member()) {
            throw new AccessDeniedException("only the session's members see its whole picture");
        }
        return access;
    }

    /** The session's people whose ratings the viewer may see: never their own, for non-members only those below them. */
    private List<UUID> visibleTo(Access access, List<UUID> people) {
        if (access.member()) {
            return people.stream().filter(p -> !p.equals(access.personId())).toList();
        }
        Set<UUID> below = org.everyoneBelow(access.personId());
        return people.stream().filter(below::contains).toList();
    }

    private boolean mayCalibrate(UUID personId) {
        return org.managesAnyone(personId) || org.isHrAdmin(personId);
    }

    // ------------------------------------------------------------------ guideline

    /** The tenant's guideline, or the default bell for its scale while none is set. */
    @Transactional(readOnly = true)
    public Guideline guideline() {
        requireCalibrationUser();
        return tenantGuideline();
    }

    private Guideline tenantGuideline() {
        int points = settings.current().ratingPoints();
        return repository.guideline().filter(g -> g.shares().size() == points)
                .orElseGet(() -> new Guideline(Guideline.defaultShares(points),
                        repository.guideline().map(Guideline::version).orElse(0L)));
    }

    @Transactional
    public Guideline updateGuideline(List<Integer> shares, long expectedVersion) {
        requireHrAdmin();
        checkShares(shares, "shares");
        Guideline before = tenantGuideline();
        if (!repository.saveGuideline(shares, expectedVersion)) {
            throw new ConcurrentEditException("calibration-guideline", "tenant");
        }
        audit.record("calibration.guideline.updated", "calibration_guideline", "tenant",
                Map.of("shares", before.shares()), Map.of("shares", shares));
        return tenantGuideline();
    }

    private void checkShares(List<Integer> shares, String field) {
        int points = settings.current().ratingPoints();
        boolean valid = shares != null && shares.size() == points && shares.stream().allMatch(s -> s != null && s >= 0)
                && shares.stream().mapToInt(Integer::intValue).sum() == 100;
        if (!valid) {
            throw InvalidInputException.of(field, "calibration.guideline.invalid");
        }
    }

    // ------------------------------------------------------------------ sessions

    /** HR admins: every session; others: the sessions they are in, or that hold people below them. */
    @Transactional(readOnly = true)
    public List<CalibrationSession> sessions() {
        KadensUser me = requireCalibrationUser();
        var rows = repository.sessions();
        if (!me.has(Role.HR_ADMIN)) {
            Set<UUID> mine = new HashSet<>(repository.sessionsOfMember(me.personId()));
            if (me.has(Role.MANAGER)) {
                mine.addAll(repository.sessionsWithPeople(org.everyoneBelow(me.personId())));
            }
            rows = rows.stream().filter(r -> mine.contains(r.id())).toList();
        }
        Map<UUID, Integer> counts = repository.peopleCounts(rows.stream().map(CalibrationRepository.SessionRow::id).toList());
        Guideline tenant = tenantGuideline();
        return rows.stream().map(r -> toSession(r, counts.getOrDefault(r.id(), 0), tenant)).toList();
    }

    @Transactional(readOnly = true)
    public CalibrationSession session(UUID id) {
        Access access = readAccess(id);
        return toSession(access.session(), repository.people(id).size(), tenantGuideline());
    }

    private CalibrationSession toSession(CalibrationRepository.SessionRow row, int people, Guideline tenant) {
        Set<UUID> calibrators = repository.calibrators(row.id());
        Set<UUID> ids = new HashSet<>(calibrators);
        ids.add(row.facilitatorId());
        Map<UUID, String> names = org.names(ids);
        Map<UUID, String> calibratorNames = new LinkedHashMap<>();
        calibrators.stream().sorted(Comparator.comparing(id -> String.valueOf(names.get(id))))
                .forEach(id -> calibratorNames.put(id, names.get(id)));
        return new CalibrationSession(row.id(), row.cycleId(), row.name(), row.scopeKind(), row.scopeIds(),
                row.facilitatorId(), names.get(row.facilitatorId()), calibratorNames,
                row.guideline() != null ? row.guideline() : tenant.shares(), row.guideline() != null, row.status(),
                people, row.createdAt(), row.openedAt(), row.finishedAt(), row.version());
    }

    /** Something to choose when setting up a session: a cycle or a person, by name. */
    public record Choice(UUID id, String name) {
    }

    /** Launched and closed cycles, newest first (HR admins). */
    @Transactional(readOnly = true)
    public List<Choice> cyclesToCalibrate() {
        requireHrAdmin();
        return cycles.cycles().stream().filter(c -> c.status() != CycleStatus.DRAFT)
                .map(c -> new Choice(c.id(), c.name())).toList();
    }

    /** The cycle's active participants, by name (HR admins), for a session by list. */
    @Transactional(readOnly = true)
    public List<Choice> participants(UUID cycleId) {
        requireHrAdmin();
        List<UUID> ids = outcomes.outcomes(cycleId).stream().map(ReviewOutcome::employeeId).toList();
        return byName(org.names(ids));
    }

    /** Who may facilitate or calibrate: managers and HR admins, by name (HR admins). */
    @Transactional(readOnly = true)
    public List<Choice> calibratorCandidates() {
        requireHrAdmin();
        Set<UUID> ids = new HashSet<>(org.hrAdmins());
        org.activeReportingLines().forEach(line -> ids.add(line.managerId()));
        return byName(org.names(org.active(ids)));
    }

    private static List<Choice> byName(Map<UUID, String> names) {
        return names.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Choice c) -> String.valueOf(c.name())).thenComparing(Choice::id)).toList();
    }

    /** Whether the signed-in user runs this session's meeting: its facilitator or an HR admin. */
    @Transactional(readOnly = true)
    public boolean runsMeeting(UUID sessionId) {
        Access access = access(sessionId);
        return access.facilitator() || access.hr();
    }

    /** Whether the signed-in user calibrates in this session (records previews). */
    @Transactional(readOnly = true)
    public boolean calibrates(UUID sessionId) {
        return access(sessionId).calibrator();
    }

    /** Whether the signed-in user is a member of the session (HR admin, facilitator, calibrator). */
    @Transactional(readOnly = true)
    public boolean isMember(UUID sessionId) {
        return access(sessionId).member();
    }

    /** Sets up a session for the cycle's active participants in the chosen departments, teams or list. */
    @Transactional
    public CalibrationSession create(SessionDraft draft) {
        KadensUser me = requireHrAdmin();
        // Ids this tenant does not know (another tenant's among them) are not found, like everywhere else in Kadens;
        // only known ones that do not fit are bad input.
        if (draft != null && draft.cycleId() != null && cycles.cycle(draft.cycleId()).isEmpty()) {
            throw new io.kadens.platform.ResourceNotFoundException("review-cycle", draft.cycleId());
        }
        if (draft != null) {
            java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(draft.facilitatorId()),
                            draft.calibratorIds() == null ? java.util.stream.Stream.empty() : draft.calibratorIds().stream())
                    .filter(id -> id != null && org.person(id).isEmpty()).findFirst().ifPresent(id -> {
                        throw new io.kadens.platform.ResourceNotFoundException("person", id);
                    });
        }
        var errors = new InvalidInputException.Collector();
        String name = draft == null || draft.name() == null ? "" : draft.name().strip();
        errors.check(!name.isEmpty() && name.length() <= MAX_NAME, "name", "calibration.session.name.invalid");
        errors.check(draft != null && draft.cycleId() != null, "cycleId", "calibration.session.cycle.invalid");
        errors.check(draft != null && draft.scopeKind() != null && draft.scopeIds() != null
                && !draft.scopeIds().isEmpty(), "scope", "calibration.session.scope.empty");
        // Facilitator and calibrators are managers or HR admins: employees never reach calibration.
        errors.check(draft != null && draft.facilitatorId() != null && org.person(draft.facilitatorId())
                .filter(OrgPerson::active).isPresent() && mayCalibrate(draft.facilitatorId()), "facilitatorId",
                "calibration.session.facilitator.invalid");
        Set<UUID> calibratorIds = draft == null || draft.calibratorIds() == null ? Set.of()
                : new LinkedHashSet<>(draft.calibratorIds());
        errors.check(!calibratorIds.isEmpty() && calibratorIds.size() <= MAX_CALIBRATORS
                && org.active(calibratorIds).size() == calibratorIds.size()
                && calibratorIds.stream().allMatch(this::mayCalibrate), "calibratorIds",
                "calibration.session.calibrators.invalid");
        errors.throwIfAny();
        if (draft.guideline() != null) {
            checkShares(draft.guideline(), "guideline");
        }
        var cycle = cycles.cycle(draft.cycleId())
                .orElseThrow(() -> new io.kadens.platform.ResourceNotFoundException("review-cycle", draft.cycleId()));
        if (cycle.status() == CycleStatus.DRAFT) {
            throw InvalidInputException.of("cycleId", "calibration.session.cycle.not-launched");
        }
        Set<UUID> participants = outcomes.outcomes(cycle.id()).stream().map(ReviewOutcome::employeeId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<UUID> chosen = switch (draft.scopeKind()) {
            case DEPARTMENTS -> org.activePeopleIn(draft.scopeIds(), List.of());
            case TEAMS -> org.activePeopleIn(List.of(), draft.scopeIds());
            case LIST -> draft.scopeIds();
        };
        List<UUID> people = participants.stream().filter(chosen::contains).toList();
        if (people.isEmpty()) {
            throw InvalidInputException.of("scope", "calibration.session.scope.nobody");
        }
        UUID id = UUID.randomUUID();
        SessionDraft clean = new SessionDraft(cycle.id(), name, draft.scopeKind(), draft.scopeIds(),
                draft.facilitatorId(), calibratorIds, draft.guideline());
        repository.insertSession(id, clean, List.copyOf(draft.scopeIds()), me.personId(), clock.instant(), people);
        audit.record("calibration.session.created", "calibration_session", id.toString(), null,
                Map.of("name", name, "cycleId", cycle.id(), "scope", draft.scopeKind(), "facilitatorId",
                        draft.facilitatorId(), "calibratorIds", calibratorIds, "people", people.size(),
                        "guideline", draft.guideline() == null ? "tenant" : draft.guideline()));
        return toSession(repository.session(id).orElseThrow(), people.size(), tenantGuideline());
    }

    /** The facilitator (or an HR admin) opens the meeting: from now on every preview is shown and people move. */
    @Transactional
    public CalibrationSession open(UUID id, long expectedVersion) {
        return changeStatus(id, SessionStatus.PREVIEW, SessionStatus.MEETING, expectedVersion, "calibration.session.opened");
    }

    /** The facilitator (or an HR admin) finishes the session: the calibrated ratings stand. */
    @Transactional
    public CalibrationSession finish(UUID id, long expectedVersion) {
        return changeStatus(id, SessionStatus.MEETING, SessionStatus.FINISHED, expectedVersion,
                "calibration.session.finished");
    }

    private CalibrationSession changeStatus(UUID id, SessionStatus from, SessionStatus to, long expectedVersion,
                                            String action) {
        Access access = access(id);
        if (!access.facilitator() && !access.hr()) {
            throw new AccessDeniedException("only the facilitator runs the meeting");
        }
        if (access.session().status() != from) {
            throw InvalidInputException.of("status", "calibration.session.status." + to.name().toLowerCase());
        }
        if (!repository.changeStatus(id, from, to, clock.instant(), expectedVersion)) {
            throw new ConcurrentEditException("calibration-session", id);
        }
        audit.record(action, "calibration_session", id.toString(), Map.of("status", from.name()),
                Map.of("status", to.name()));
        return toSession(repository.session(id).orElseThrow(), repository.people(id).size(), tenantGuideline());
    }

    // ------------------------------------------------------------------ the people of a session

    /** Filters of the meeting view; null means any. */
    public record Filter(UUID departmentId, UUID managerId, String level, Boolean calibrated) {
        public static final Filter NONE = new Filter(null, null, null, null);

        boolean accepts(CalibrationPerson p) {
            return (departmentId == null || departmentId.equals(p.departmentId()))
                    && (managerId == null || managerId.equals(p.managerId()))
                    && (level == null || level.equals(p.level()))
                    && (calibrated == null || calibrated == (p.calibratedRating() != null));
        }
    }

    /** The people the viewer may see, in name order, with previews, manager's and final ratings. */
    @Transactional(readOnly = true)
    public List<CalibrationPerson> people(UUID sessionId, Filter filter) {
        Access access = readAccess(sessionId);
        List<UUID> visible = visibleTo(access, repository.people(sessionId));
        return rows(access, visible).stream().filter((filter == null ? Filter.NONE : filter)::accepts).toList();
    }

    private List<CalibrationPerson> rows(Access access, Collection<UUID> people) {
        Set<UUID> wanted = new HashSet<>(people);
        Map<UUID, ReviewOutcome> byPerson = new HashMap<>();
        if (wanted.size() == 1) {
            UUID only = wanted.iterator().next();
            outcomes.outcome(access.session().cycleId(), only).ifPresent(o -> byPerson.put(only, o));
        } else {
            outcomes.outcomes(access.session().cycleId()).stream().filter(o -> wanted.contains(o.employeeId()))
                    .forEach(o -> byPerson.put(o.employeeId(), o));
        }
        Map<UUID, List<CalibrationRepository.PreviewRow>> previews = access.member()
                ? repository.previews(access.session().id()).stream()
                        .filter(p -> wanted.contains(p.employeeId()))
                        .filter(p -> access.session().status() != SessionStatus.PREVIEW
                                || p.calibratorId().equals(access.personId()))
                        .collect(Collectors.groupingBy(CalibrationRepository.PreviewRow::employeeId))
                : Map.of();
        Set<UUID> nameIds = new HashSet<>(wanted);
        byPerson.values().forEach(o -> nameIds.add(o.managerId()));
        previews.values().forEach(list -> list.forEach(p -> nameIds.add(p.calibratorId())));
        nameIds.remove(null);
        Map<UUID, OrgPerson> persons = org.people(wanted);
        Map<UUID, String> names = org.names(nameIds);
        Map<UUID, OrgDepartment> departments = org.departments(persons.values().stream().map(OrgPerson::departmentId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, String> levels = levels(wanted);
        int points = settings.current().ratingPoints();
        List<CalibrationPerson> rows = new ArrayList<>();
        for (UUID id : wanted) {
            ReviewOutcome o = byPerson.get(id);
            if (o == null) {
                continue;
            }
            OrgPerson person = persons.get(id);
            UUID department = person == null ? null : person.departmentId();
            List<Preview> visiblePreviews = previews.getOrDefault(id, List.of()).stream()
                    .map(p -> new Preview(p.calibratorId(), names.get(p.calibratorId()), p.employeeId(), p.rating(),
                            p.potential(), p.recordedAt()))
                    .sorted(Comparator.comparing(p -> String.valueOf(p.calibratorName()))).toList();
            rows.add(new CalibrationPerson(id, names.get(id), o.managerId(), names.get(o.managerId()), department,
                    department == null || departments.get(department) == null ? null : departments.get(department).name(),
                    levels.get(id), o.managerRating(), o.calibratedRating(), o.finalRating(), o.potential(),
                    NineBox.performance(o.finalRating(), points), visiblePreviews, o.version()));
        }
        rows.sort(Comparator.comparing((CalibrationPerson p) -> String.valueOf(p.name())).thenComparing(CalibrationPerson::personId));
        return rows;
    }

    /** Each person's job level as "Family: Level", when set. */
    private Map<UUID, String> levels(Collection<UUID> people) {
        Map<UUID, JobPosition> positions = org.jobPositions(people);
        if (positions.values().stream().allMatch(p -> p == null || p.jobLevelId() == null)) {
            return Map.of();
        }
        Map<UUID, String> levelNames = new HashMap<>();
        for (JobFamily family : structure.jobFamilies()) {
            for (JobFamily.JobLevel level : family.levels()) {
                levelNames.put(level.id(), family.name() + ": " + level.name());
            }
        }
        Map<UUID, String> levels = new HashMap<>();
        positions.forEach((person, position) -> {
            if (position != null && position.jobLevelId() != null && levelNames.containsKey(position.jobLevelId())) {
                levels.put(person, levelNames.get(position.jobLevelId()));
            }
        });
        return levels;
    }

    // ------------------------------------------------------------------ previews

    /**
     * A calibrator's private proposal for a person, before the meeting opens; recording again replaces it. Nobody
     * else sees it until the facilitator opens the meeting.
     */
    @Transactional
    public Preview recordPreview(UUID sessionId, UUID employeeId, Integer rating, Integer potential) {
        Access access = access(sessionId);
        if (!access.calibrator()) {
            throw new AccessDeniedException("only the session's calibrators record previews");
        }
        if (access.session().status() != SessionStatus.PREVIEW) {
            throw InvalidInputException.of("status", "calibration.preview.closed");
        }
        int points = settings.current().ratingPoints();
        var errors = new InvalidInputException.Collector();
        errors.check(rating != null && rating >= 1 && rating <= points, "rating", "calibration.rating.range");
        errors.check(potential == null || (potential >= 1 && potential <= NineBox.BANDS), "potential",
                "calibration.potential.range");
        errors.check(employeeId != null && repository.includes(sessionId, employeeId)
                && !employeeId.equals(access.personId()), "employeeId", "calibration.person.not-in-session");
        errors.throwIfAny();
        Instant now = clock.instant();
        repository.savePreview(sessionId, access.personId(), employeeId, rating, potential, now);
        // the audit says that a preview was recorded, not its value: the value is private until the meeting opens
        audit.record("calibration.preview.recorded", "calibration_session", sessionId.toString(), null,
                Map.of("employeeId", employeeId));
        return new Preview(access.personId(), access.me().displayName(), employeeId, rating, potential, now);
    }

    /** The previews the viewer may see: their own before the meeting opens, everyone's after. */
    @Transactional(readOnly = true)
    public List<Preview> previews(UUID sessionId) {
        Access access = memberAccess(sessionId);
        Set<UUID> visible = new HashSet<>(visibleTo(access, repository.people(sessionId)));
        var rows = repository.previews(sessionId).stream().filter(p -> visible.contains(p.employeeId()))
                .filter(p -> access.session().status() != SessionStatus.PREVIEW || p.calibratorId().equals(access.personId()))
                .toList();
        Map<UUID, String> names = org.names(rows.stream().map(CalibrationRepository.PreviewRow::calibratorId).collect(Collectors.toSet()));
        return rows.stream().map(p -> new Preview(p.calibratorId(), names.get(p.calibratorId()), p.employeeId(),
                p.rating(), p.potential(), p.recordedAt())).toList();
    }

    // ------------------------------------------------------------------ moves

    /**
     * The facilitator (or an HR admin) moves a person to a rating and potential, with a reason.
     * {@code expectedVersion} is the outcome version the mover saw: if someone calibrated the person since,
     * nothing is written and {@link CalibrationConflictException} carries where the person stands now.
     */
    @Transactional
    public CalibrationPerson move(UUID sessionId, UUID employeeId, Integer rating, Integer potential, String reason,
                                  long expectedVersion) {
        Access access = access(sessionId);
        if (!access.facilitator() && !access.hr()) {
            throw new AccessDeniedException("only the facilitator moves people");
        }
        if (access.session().status() != SessionStatus.MEETING) {
            throw InvalidInputException.of("status", "calibration.move.not-in-meeting");
        }
        int points = settings.current().ratingPoints();
        String why = reason == null ? "" : reason.strip();
        var errors = new InvalidInputException.Collector();
        errors.check(rating != null && rating >= 1 && rating <= points, "rating", "calibration.rating.range");
        errors.check(potential != null && potential >= 1 && potential <= NineBox.BANDS, "potential",
                "calibration.potential.range");
        errors.check(!why.isEmpty() && why.length() <= MAX_REASON, "reason", "calibration.move.reason.required");
        errors.check(employeeId != null && repository.includes(sessionId, employeeId)
                && !employeeId.equals(access.personId()), "employeeId", "calibration.person.not-in-session");
        errors.throwIfAny();
        UUID cycleId = access.session().cycleId();
        ReviewOutcome before = outcomes.outcome(cycleId, employeeId).orElseThrow();
        try {
            outcomes.recordCalibration(cycleId, employeeId, rating, potential, access.personId(), expectedVersion);
        } catch (ConcurrentEditException stale) {
            throw new CalibrationConflictException(employeeId, rows(access, List.of(employeeId)).stream().findFirst()
                    .orElse(null));
        }
        UUID moveId = UUID.randomUUID();
        repository.insertMove(moveId, sessionId, employeeId, access.personId(), before.finalRating(),
                before.potential(), rating, potential, why, clock.instant());
        audit.record("calibration.person.moved", "calibration_session", sessionId.toString(),
                Map.of("employeeId", employeeId, "rating", String.valueOf(before.finalRating()),
                        "potential", String.valueOf(before.potential())),
                Map.of("employeeId", employeeId, "rating", rating, "potential", potential, "reason", why));
        return rows(access, List.of(employeeId)).getFirst();
    }

    /** The session's move log, oldest first, of the people the viewer may see. */
    @Transactional(readOnly = true)
    public List<CalibrationMove> moves(UUID sessionId) {
        Access access = memberAccess(sessionId);
        return moveLog(access, new HashSet<>(visibleTo(access, repository.people(sessionId))));
    }

    private List<CalibrationMove> moveLog(Access access, Set<UUID> visible) {
        var rows = repository.moves(access.session().id()).stream().filter(m -> visible.contains(m.employeeId())).toList();
        Set<UUID> ids = new HashSet<>();
        rows.forEach(m -> {
            ids.add(m.employeeId());
            ids.add(m.movedBy());
        });
        Map<UUID, String> names = org.names(ids);
        return rows.stream().map(m -> new CalibrationMove(m.id(), m.employeeId(), names.get(m.employeeId()),
                m.movedBy(), names.get(m.movedBy()), m.fromRating(), m.fromPotential(), m.toRating(), m.toPotential(),
                m.reason(), m.movedAt())).toList();
    }

    /**
     * One person side by side: the outcome's ratings, the previews the viewer may see, the moves so far, and the
     * reviews' evidence (the manager review's answers, and peer and upward answers pooled, withheld below the
     * anonymity threshold), read through the reviews package. Never the viewer's own: nobody calibrates themselves.
     */
    @Transactional(readOnly = true)
    public Evidence evidence(UUID sessionId, UUID employeeId) {
        Access access = readAccess(sessionId);
        if (!visibleTo(access, repository.people(sessionId)).contains(employeeId)) {
            throw new AccessDeniedException("not a person this viewer may see");
        }
        CalibrationPerson person = rows(access, List.of(employeeId)).getFirst();
        List<CalibrationMove> moves = access.member() ? moveLog(access, Set.of(employeeId)) : List.of();
        return new Evidence(person, moves, reviewEvidence.of(access.session().cycleId(), employeeId,
                access.me().locale()));
    }

    // ------------------------------------------------------------------ distributions

    /** The session's final ratings against its guideline. */
    @Transactional(readOnly = true)
    public Distribution distribution(UUID sessionId) {
        Access access = memberAccess(sessionId);
        TenantSettings tenant = settings.current();
        List<Integer> guideline = access.session().guideline() != null ? access.session().guideline()
                : tenantGuideline().shares();
        Set<UUID> people = new HashSet<>(repository.people(sessionId));
        int[] counts = new int[tenant.ratingPoints()];
        int unrated = 0;
        for (ReviewOutcome o : outcomes.outcomes(access.session().cycleId())) {
            if (!people.contains(o.employeeId())) {
                continue;
            }
            Integer rating = o.finalRating();
            if (rating == null || rating > counts.length) {
                unrated++;
            } else {
                counts[rating - 1]++;
            }
        }
        int rated = java.util.Arrays.stream(counts).sum();
        List<Distribution.Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            int share = i < guideline.size() ? guideline.get(i) : 0;
            double actual = rated == 0 ? 0 : Math.round(counts[i] * 1000.0 / rated) / 10.0;
            bars.add(new Distribution.Bar(i + 1, tenant.ratingLabels().get(i), counts[i], actual, share,
                    (int) Math.round(rated * share / 100.0)));
        }
        return new Distribution(bars, rated, unrated);
    }

    /**
     * Final ratings of the session's people by department or by job level, optionally within one department.
     * A group smaller than the tenant's anonymity threshold is not shown (only counted as hidden), so narrowing a
     * filter cannot single anybody out. Gender is not recorded in the people model, so it is not a dimension.
     */
    @Transactional(readOnly = true)
    public GroupDistribution groups(UUID sessionId, GroupDistribution.Dimension dimension, UUID departmentId) {
        memberAccess(sessionId);
        var session = repository.session(sessionId).orElseThrow();
        TenantSettings tenant = settings.current();
        int threshold = tenant.anonymityThreshold();
        Set<UUID> people = new HashSet<>(repository.people(sessionId));
        Map<UUID, OrgPerson> persons = org.people(people);
        if (departmentId != null) {
            people.removeIf(p -> persons.get(p) == null || !departmentId.equals(persons.get(p).departmentId()));
        }
        Function<UUID, String> groupOf;
        if (dimension == GroupDistribution.Dimension.LEVEL) {
            Map<UUID, String> levels = levels(people);
            groupOf = p -> levels.get(p);
        } else {
            Map<UUID, OrgDepartment> departments = org.departments(persons.values().stream()
                    .map(OrgPerson::departmentId).filter(Objects::nonNull).collect(Collectors.toSet()));
            groupOf = p -> {
                OrgPerson person = persons.get(p);
                OrgDepartment d = person == null || person.departmentId() == null ? null
                        : departments.get(person.departmentId());
                return d == null ? null : d.name();
            };
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Integer> sizes = new TreeMap<>();
        for (ReviewOutcome o : outcomes.outcomes(session.cycleId())) {
            if (!people.contains(o.employeeId())) {
                continue;
            }
            String group = groupOf.apply(o.employeeId());
            if (group == null) {
                continue;
            }
            sizes.merge(group, 1, Integer::sum);
            int[] bucket = counts.computeIfAbsent(group, g -> new int[tenant.ratingPoints()]);
            Integer rating = o.finalRating();
            if (rating != null && rating <= bucket.length) {
                bucket[rating - 1]++;
            }
        }
        List<GroupDistribution.Group> shown = new ArrayList<>();
        int hidden = 0;
        for (var entry : sizes.entrySet()) {
            if (entry.getValue() < threshold) {
                hidden++;
            } else {
                shown.add(new GroupDistribution.Group(entry.getKey(), entry.getValue(),
                        java.util.Arrays.stream(counts.get(entry.getKey())).boxed().toList()));
            }
        }
        return new GroupDistribution(dimension, shown, hidden, threshold);
    }
}
