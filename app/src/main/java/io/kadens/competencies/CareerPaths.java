package io.kadens.competencies;

import io.kadens.audit.AuditLog;
import io.kadens.people.JobFamily;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career paths: from a job level, the next level of its family and the lateral moves HR added, each with
 * its competency deltas (expected after minus expected before). A person marks one target role; it is
 * visible to them, their manager chain and HR admins (service and row policy, like assessments).
 */
@Service
@Transactional
public class CareerPaths {

    private final CareerRepository repository;
    private final FrameworkRepository framework;
    private final OrganisationStructure structure;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CareerPaths(CareerRepository repository, FrameworkRepository framework, OrganisationStructure structure,
                OrgFacts org, CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.framework = framework;
        this.structure = structure;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    private record Place(JobFamily family, JobFamily.JobLevel level) {
    }

    private Map<UUID, Place> places() {
        Map<UUID, Place> places = new HashMap<>();
        structure.jobFamilies().forEach(f -> f.levels().forEach(l -> places.put(l.id(), new Place(f, l))));
        return places;
    }

    /** The steps out of a job level: the next level of its family first, then HR's lateral moves. */
    @Transactional(readOnly = true)
    public List<CareerStep> stepsFrom(UUID jobLevelId) {
        requireTenantUser();
        Map<UUID, Place> places = places();
        Place from = places.get(jobLevelId);
        if (from == null) {
            throw new ResourceNotFoundException("job_level", jobLevelId);
        }
        List<CareerStep> steps = new ArrayList<>();
        from.family().levels().stream().filter(l -> l.rank() > from.level().rank()).findFirst()
                .ifPresent(next -> steps.add(step(null, CareerStep.Kind.NEXT_LEVEL, from, new Place(from.family(), next))));
        for (LateralMove move : repository.moves(jobLevelId)) {
            Place to = places.get(move.toLevelId());
            if (to != null) {
                steps.add(step(move.id(), CareerStep.Kind.LATERAL, from, to));
            }
        }
        return List.copyOf(steps);
    }

    /** From one level to another (any family): the path to a target role, with its deltas. */
    @Transactional(readOnly = true)
    public CareerStep deltas(UUID fromLevelId, UUID toLevelId) {
        requireTenantUser();
        Map<UUID, Place> places = places();
        Place to = Optional.ofNullable(places.get(toLevelId))
                .orElseThrow(() -> new ResourceNotFoundException("job_level", toLevelId));
        Place from = fromLevelId == null ? null : places.get(fromLevelId);
        CareerStep.Kind kind = from != null && from.family().id().equals(to.family().id())
                ? CareerStep.Kind.NEXT_LEVEL : CareerStep.Kind.LATERAL;
        return step(null, kind, from, to);
    }

    private CareerStep step(UUID moveId, CareerStep.Kind kind, Place from, Place to) {
        Map<UUID, Integer> before = new HashMap<>();
        if (from != null) {
            framework.expectationsOfLevel(from.level().id()).forEach(e -> before.put(e.competencyId(), e.level()));
        }
        Map<UUID, Integer> after = new HashMap<>();
        framework.expectationsOfLevel(to.level().id()).forEach(e -> after.put(e.competencyId(), e.level()));
        Set<UUID> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<CareerStep.Delta> deltas = new ArrayList<>();
        for (Competency competency : framework.competencies(false, ids)) {
            Integer was = before.get(competency.id());
            Integer will = after.get(competency.id());
            if (!java.util.Objects.equals(was, will)) {
                deltas.add(new CareerStep.Delta(competency.id(), competency.name(), was, will));
            }
        }
        deltas.sort(java.util.Comparator.comparingInt(CareerStep.Delta::change).reversed());
        return new CareerStep(moveId, kind, to.family().id(), to.family().name(), to.level().id(), to.level().name(),
                List.copyOf(deltas));
    }

    // ------------------------------------------------------------------ lateral moves (HR)

    @Transactional(readOnly = true)
    public List<LateralMove> lateralMoves() {
        requireTenantUser();
        return repository.moves(null);
    }

    public UUID addLateralMove(UUID fromLevelId, UUID toLevelId) {
        requireAdministrator();
        Map<UUID, Place> places = places();
        Place from = places.get(fromLevelId);
        Place to = places.get(toLevelId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(fromLevelId != null, "fromLevelId", "careers.level.unknown");
        errors.check(toLevelId != null, "toLevelId", "careers.level.unknown");
        errors.throwIfAny();
        // Another tenant's level is one that does not exist here.
        if (from == null || to == null) {
            throw new ResourceNotFoundException("job_level", from == null ? fromLevelId : toLevelId);
        }
        errors.check(!from.family().id().equals(to.family().id()), "toLevelId", "careers.move.same-family");
        errors.check(!repository.moveExists(fromLevelId, toLevelId), "toLevelId", "careers.move.exists");
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        repository.insertMove(id, from.family().id(), fromLevelId, to.family().id(), toLevelId);
        audit.record("career.move.added", "career_move", id.toString(), null,
                Map.of("from", fromLevelId, "to", toLevelId));
        return id;
    }

    public void removeLateralMove(UUID id) {
        requireAdministrator();
        if (!repository.deleteMove(id)) {
            throw new ResourceNotFoundException("career_move", id);
        }
        audit.record("career.move.removed", "career_move", id.toString(), id, null);
    }

    // ------------------------------------------------------------------ target role

    /** A person's target role: for them, the managers above them and HR admins; 404 for anyone else. */
    @Transactional(readOnly = true)
    public Optional<TargetRole> target(UUID personId) {
        KadensUser me = requirePerson();
        if (!(personId.equals(me.personId()) || me.has(Role.HR_ADMIN) || org.isAbove(me.personId(), personId))
                || org.person(personId).isEmpty()) {
            throw new ResourceNotFoundException("person", personId);
        }
        Map<UUID, Place> places = places();
        return repository.target(personId).flatMap(stored -> Optional.ofNullable(places.get(stored.levelId()))
                .map(place -> new TargetRole(personId, place.family().id(), place.family().name(), place.level().id(),
                        place.level().name(), stored.setAt(), stored.version())));
    }

    /** Marks the signed-in person's target role; {@code expectedVersion} -1 when they have none yet. */
    public void setMyTarget(UUID jobLevelId, long expectedVersion) {
        KadensUser me = requirePerson();
        Place place = places().get(jobLevelId);
        if (place == null) {
            throw InvalidInputException.of("jobLevelId", "careers.level.unknown");
        }
        if (!repository.saveTarget(me.personId(), place.family().id(), jobLevelId, expectedVersion)) {
            throw new ConcurrentEditException("target_role", me.personId());
        }
        audit.record("career.target.set", "target_role", me.personId().toString(), null, jobLevelId);
    }

    /** System work only (demo seeding in an explicit tenant scope): marks a person's target role once. */
    public void setTargetAs(UUID personId, UUID jobLevelId) {
        if (TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("setting someone's target role is for system work only");
        }
        Place place = places().get(jobLevelId);
        if (place != null && repository.target(personId).isEmpty()) {
            repository.saveTarget(personId, place.family().id(), jobLevelId, -1);
        }
    }

    public void clearMyTarget(long expectedVersion) {
        KadensUser me = requirePerson();
        if (!repository.deleteTarget(me.personId(), expectedVersion)) {
            throw new ConcurrentEditException("target_role", me.personId());
        }
        audit.record("career.target.cleared", "target_role", me.personId().toString(), null, null);
    }

    /** The signed-in person's job level, if HR has set one. */
    @Transactional(readOnly = true)
    public Optional<UUID> myLevel() {
        KadensUser me = requirePerson();
        return Optional.ofNullable(org.jobPositions(List.of(me.personId())).get(me.personId()))
                .map(JobPosition::jobLevelId);
    }

    /** Every job family with its ladder, for pickers. */
    @Transactional(readOnly = true)
    public List<JobFamily> jobFamilies() {
        return structure.jobFamilies();
    }

    // ------------------------------------------------------------------ access

    private KadensUser requirePerson() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || user.personId() == null) {
            throw new AccessDeniedException("career paths belong to a tenant's people");
        }
        return user;
    }

    private void requireTenantUser() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return;
        }
        requirePerson();
    }

    private void requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return;
        }
        KadensUser user = requirePerson();
        if (!user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins add lateral moves");
        }
    }
}
