package io.kadens.competencies;

import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.audit.AuditLog;
import io.kadens.oneonones.CheckIns;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self and manager ratings of a person's competencies, and what they add up to: the skill profile
 * (expected against current) and the team matrix. Assessments are visible to the person, the managers
 * above them and HR admins only: checked here, and by a row policy in the database as well. A person
 * rates themselves; a manager rates people below them. Evidence (goals, feedback, check-ins) must be
 * visible to the one who cites it, and is shown only to viewers who may see it too.
 */
@Service
@Transactional
public class Assessments {

    static final int MAX_COMMENT = 2000;
    static final int MAX_EVIDENCE = 20;
    static final int HISTORY = 50;

    private final AssessmentRepository repository;
    private final FrameworkRepository framework;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final SearchAccessRules access;
    private final CheckIns checkIns;
    private final AuditLog audit;

    Assessments(AssessmentRepository repository, FrameworkRepository framework, OrgFacts org, CurrentUser currentUser,
                SearchAccessRules access, CheckIns checkIns, AuditLog audit) {
        this.repository = repository;
        this.framework = framework;
        this.org = org;
        this.currentUser = currentUser;
        this.access = access;
        this.checkIns = checkIns;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ rating

    /**
     * Stores an assessment: {@code SELF} of the signed-in person, {@code MANAGER} of someone below them.
     * Every rating names an active competency once, a level on the scale, and evidence the assessor may see.
     */
    public UUID record(UUID personId, AssessmentKind kind, List<Rating> ratings) {
        KadensUser me = requirePerson();
        OrgPerson person = org.person(personId).filter(OrgPerson::active)
                .orElseThrow(() -> new ResourceNotFoundException("person", personId));
        if (kind == null) {
            throw InvalidInputException.of("kind", "assessments.kind.required");
        }
        if (kind == AssessmentKind.SELF && !person.id().equals(me.personId())) {
            throw new AccessDeniedException("a self assessment is one's own");
        }
        if (kind == AssessmentKind.MANAGER && !org.isAbove(me.personId(), person.id())) {
            if (!mayView(me, person.id())) {
                throw new ResourceNotFoundException("person", personId);
            }
            throw new AccessDeniedException("only managers above a person rate them");
        }
        List<Rating> checked = checked(ratings == null ? List.of() : ratings);
        UUID id = UUID.randomUUID();
        repository.insert(id, person.id(), me.personId(), kind, checked);
        audit.record("assessment.recorded", "assessment", id.toString(), null,
                Map.of("personId", person.id(), "kind", kind, "ratings", checked.size()));
        return id;
    }

    /**
     * System work only (demo seeding in an explicit tenant scope, nobody signed in): records an assessment
     * by {@code assessorId} under the same rules of who rates whom; no evidence is cited.
     */
    public UUID recordAs(UUID assessorId, UUID personId, AssessmentKind kind, List<Rating> ratings) {
        if (io.kadens.tenants.TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("recording on someone's behalf is for system work only");
        }
        boolean allowed = kind == AssessmentKind.SELF ? assessorId.equals(personId) : org.isAbove(assessorId, personId);
        if (!allowed || ratings.stream().anyMatch(r -> !r.evidence().isEmpty())) {
            throw new IllegalArgumentException("not an assessment " + assessorId + " may record of " + personId);
        }
        List<Rating> checked = checked(ratings);
        UUID id = UUID.randomUUID();
        repository.insert(id, personId, assessorId, kind, checked);
        return id;
    }

    private List<Rating> checked(List<Rating> ratings) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(!ratings.isEmpty(), "ratings", "assessments.ratings.required");
        errors.throwIfAny();
        int scale = framework.scale().max();
        Set<UUID> ids = new HashSet<>();
        ratings.forEach(r -> ids.add(r.competencyId()));
        Map<UUID, Competency> competencies = new HashMap<>();
        framework.competencies(true, ids.stream().filter(java.util.Objects::nonNull).toList())
                .forEach(c -> competencies.put(c.id(), c));
        Set<UUID> seen = new HashSet<>();
        List<UUID> goals = new ArrayList<>();
        List<UUID> feedback = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            Rating rating = ratings.get(i);
            String at = "ratings[" + i + "]";
            Competency competency = competencies.get(rating.competencyId());
            errors.check(competency != null, at + ".competencyId", "assessments.competency.unknown");
            errors.check(competency == null || !competency.archived(), at + ".competencyId", "competencies.archived");
            errors.check(seen.add(rating.competencyId()), at + ".competencyId", "assessments.competency.twice");
            errors.check(rating.level() >= 1 && rating.level() <= scale, at + ".level", "assessments.level.invalid");
            errors.check(rating.comment().length() <= MAX_COMMENT, at + ".comment", "assessments.comment.too-long");
            Evidence evidence = rating.evidence();
            errors.check(evidence.goalIds().size() <= MAX_EVIDENCE && evidence.feedbackIds().size() <= MAX_EVIDENCE
                    && evidence.checkInIds().size() <= MAX_EVIDENCE, at + ".evidence", "assessments.evidence.too-many");
            goals.addAll(evidence.goalIds());
            feedback.addAll(evidence.feedbackIds());
        }
        errors.throwIfAny();
        Set<UUID> visibleGoals = visible(SourceTypes.GOAL, goals);
        Set<UUID> visibleFeedback = visible(SourceTypes.FEEDBACK, feedback);
        for (int i = 0; i < ratings.size(); i++) {
            Evidence evidence = ratings.get(i).evidence();
            boolean known = visibleGoals.containsAll(evidence.goalIds()) && visibleFeedback.containsAll(evidence.feedbackIds())
                    && evidence.checkInIds().stream().allMatch(id -> checkIns.checkIn(id).isPresent());
            errors.check(known, "ratings[" + i + "].evidence", "assessments.evidence.unknown");
        }
        errors.throwIfAny();
        return List.copyOf(ratings);
    }

    private Set<UUID> visible(String type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return access.visible(ids.stream().map(id -> SourceRef.of(type, id)).toList()).stream()
                .map(ref -> UUID.fromString(ref.id())).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ reading

    /** A person's assessments, newest first; empty-handed (404) for anyone but them, their managers and HR. */
    @Transactional(readOnly = true)
    public List<Assessment> of(UUID personId) {
        KadensUser me = requirePerson();
        requireView(me, personId);
        return named(repository.ofPerson(personId, HISTORY));
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> assessment(UUID id) {
        KadensUser me = requirePerson();
        return repository.assessment(id).filter(a -> mayView(me, a.personId())).map(a -> named(List.of(a)).getFirst());
    }

    /** Names the assessors, and leaves out evidence the viewer may not see. */
    private List<Assessment> named(List<Assessment> assessments) {
        Map<UUID, String> names = org.names(assessments.stream().map(Assessment::assessorId).toList());
        List<UUID> goals = new ArrayList<>();
        List<UUID> feedback = new ArrayList<>();
        assessments.forEach(a -> a.ratings().forEach(r -> {
            goals.addAll(r.evidence().goalIds());
            feedback.addAll(r.evidence().feedbackIds());
        }));
        Set<UUID> visibleGoals = visible(SourceTypes.GOAL, goals);
        Set<UUID> visibleFeedback = visible(SourceTypes.FEEDBACK, feedback);
        Map<UUID, Boolean> checkInSeen = new HashMap<>();
        return assessments.stream().map(a -> new Assessment(a.id(), a.personId(), a.assessorId(),
                names.getOrDefault(a.assessorId(), ""), a.kind(), a.assessedAt(), a.ratings().stream()
                .map(r -> new Rating(r.competencyId(), r.level(), r.comment(), new Evidence(
                        r.evidence().goalIds().stream().filter(visibleGoals::contains).toList(),
                        r.evidence().feedbackIds().stream().filter(visibleFeedback::contains).toList(),
                        r.evidence().checkInIds().stream().filter(id -> checkInSeen.computeIfAbsent(id,
                                x -> checkIns.checkIn(x).isPresent())).toList())))
                .toList())).toList();
    }

    /** Expected against current for every competency that applies to the person. */
    @Transactional(readOnly = true)
    public SkillProfile profile(UUID personId) {
        KadensUser me = requirePerson();
        requireView(me, personId);
        OrgPerson person = org.person(personId).orElseThrow(() -> new ResourceNotFoundException("person", personId));
        JobPosition position = org.jobPositions(List.of(personId)).get(personId);
        Map<UUID, Integer> expected = expectedOf(position);
        Map<UUID, Integer> self = new HashMap<>();
        Map<UUID, Integer> manager = new HashMap<>();
        repository.latestRatings(List.of(personId)).forEach(r ->
                (r.kind() == AssessmentKind.SELF ? self : manager).put(r.competencyId(), r.level()));
        List<SkillProfile.Row> rows = new ArrayList<>();
        for (Competency competency : framework.competencies(false, null)) {
            boolean applies = position == null ? competency.data().group() != CompetencyGroup.FUNCTIONAL
                    : CompetencyFrameworks.appliesTo(competency, position.jobFamilyId());
            UUID id = competency.id();
            if (applies || self.containsKey(id) || manager.containsKey(id)) {
                rows.add(new SkillProfile.Row(id, competency.name(), competency.data().group(), expected.get(id),
                        self.get(id), manager.get(id)));
            }
        }
        return new SkillProfile(personId, person.fullName(), framework.scale().max(),
                position == null ? null : position.jobFamilyId(), position == null ? null : position.jobLevelId(),
                List.copyOf(rows));
    }

    private Map<UUID, Integer> expectedOf(JobPosition position) {
        Map<UUID, Integer> expected = new HashMap<>();
        if (position != null && position.jobLevelId() != null) {
            framework.expectationsOfLevel(position.jobLevelId()).forEach(e -> expected.put(e.competencyId(), e.level()));
        }
        return expected;
    }

    /**
     * Everyone below a manager (the signed-in one by default) × the competencies anyone of them is expected to
     * show or was rated on. A manager sees their own organisation, HR admins anyone's.
     */
    @Transactional(readOnly = true)
    public TeamMatrix teamMatrix(UUID managerId) {
        KadensUser me = requirePerson();
        UUID manager = managerId == null ? me.personId() : managerId;
        boolean allowed = manager.equals(me.personId()) || me.has(Role.HR_ADMIN) || org.isAbove(me.personId(), manager);
        if (!allowed || org.person(manager).isEmpty()) {
            throw new ResourceNotFoundException("person", manager);
        }
        Map<UUID, OrgPerson> people = new LinkedHashMap<>();
        org.people(org.everyoneBelow(manager)).values().stream().filter(OrgPerson::active)
                .forEach(p -> people.put(p.id(), p));
        Map<UUID, JobPosition> positions = org.jobPositions(people.keySet());
        Map<UUID, Map<UUID, Integer>> expectedByLevel = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> current = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> selfOnly = new HashMap<>();
        repository.latestRatings(people.keySet()).forEach(r -> (r.kind() == AssessmentKind.MANAGER ? current : selfOnly)
                .computeIfAbsent(r.personId(), k -> new HashMap<>()).put(r.competencyId(), r.level()));
        Set<UUID> used = new HashSet<>();
        List<TeamMatrix.Row> rows = new ArrayList<>();
        for (OrgPerson person : people.values()) {
            JobPosition position = positions.get(person.id());
            Map<UUID, Integer> expected = position == null || position.jobLevelId() == null ? Map.of()
                    : expectedByLevel.computeIfAbsent(position.jobLevelId(), level -> expectedOf(position));
            Map<UUID, Integer> levels = new HashMap<>(selfOnly.getOrDefault(person.id(), Map.of()));
            levels.putAll(current.getOrDefault(person.id(), Map.of()));
            used.addAll(expected.keySet());
            used.addAll(levels.keySet());
            rows.add(new TeamMatrix.Row(person.id(), person.fullName(), Map.copyOf(levels), Map.copyOf(expected)));
        }
        List<TeamMatrix.Column> columns = framework.competencies(false, null).stream()
                .filter(c -> used.contains(c.id())).map(c -> new TeamMatrix.Column(c.id(), c.name())).toList();
        return new TeamMatrix(framework.scale().max(), columns, List.copyOf(rows));
    }

    /** The people the signed-in person may open a skill profile of, besides themselves: everyone below them. */
    @Transactional(readOnly = true)
    public Map<UUID, String> peopleBelowMe() {
        KadensUser me = requirePerson();
        Map<UUID, String> names = new LinkedHashMap<>();
        org.people(org.everyoneBelow(me.personId())).values().stream().filter(OrgPerson::active)
                .forEach(p -> names.put(p.id(), p.fullName()));
        return names;
    }

    /** Whether the signed-in person may see this person's assessments. */
    @Transactional(readOnly = true)
    public boolean mayView(UUID personId) {
        return mayView(requirePerson(), personId);
    }

    // ------------------------------------------------------------------ access

    private boolean mayView(KadensUser me, UUID personId) {
        return personId != null && (personId.equals(me.personId()) || me.has(Role.HR_ADMIN)
                || org.isAbove(me.personId(), personId));
    }

    private void requireView(KadensUser me, UUID personId) {
        if (!mayView(me, personId) || org.person(personId).isEmpty()) {
            throw new ResourceNotFoundException("person", personId);
        }
    }

    private KadensUser requirePerson() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || user.personId() == null) {
            throw new AccessDeniedException("assessments belong to a tenant's people");
        }
        return user;
    }
}
