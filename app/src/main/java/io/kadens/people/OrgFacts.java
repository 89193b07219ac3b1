package io.kadens.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of the organisation that other features build on: who a person is and whether they are
 * active, who is above and below them, heads of departments, team leads and HR admins. This is the
 * only way for another feature to learn them; the people tables belong to this package.
 *
 * <p>It works for whichever tenant the transaction is bound to: a signed-in user's, or an explicit
 * {@link io.kadens.tenants.TenantScope} for background work (reminders, deliveries, seeding). With no
 * tenant bound, row-level security makes every answer empty. It checks no access rights: the calling
 * feature decides what its user may see, and must not hand these facts out unfiltered.
 *
 * <p>Look-ups of several ids take a collection and run one statement, so a list of n rows costs one
 * query here, not n. For list queries that must filter by the org (for example "goals of everyone
 * below this manager"), take the set of ids from {@link #everyoneBelow} and use it in the feature's
 * own {@code IN} / {@code = ANY} condition.
 */
@Service
@Transactional(readOnly = true)
public class OrgFacts {

    private final OrgFactsRepository facts;
    private final PeopleRepository people;

    OrgFacts(OrgFactsRepository facts, PeopleRepository people) {
        this.facts = facts;
        this.people = people;
    }

    // ---------------------------------------------------------------- people

    /** A person, active or not; empty for null or an unknown id. */
    public Optional<OrgPerson> person(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(facts.people(Set.of(id)).get(id));
    }

    /** The people with these ids, active or not, in name order; unknown ids and nulls are left out. One query. */
    public Map<UUID, OrgPerson> people(Collection<UUID> ids) {
        Set<UUID> wanted = OrgFactsRepository.withoutNulls(ids);
        return wanted.isEmpty() ? Map.of() : facts.people(wanted);
    }

    /** Full names ("given family") of these people, active or not; unknown ids and nulls are left out. One query. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        people(ids).forEach((id, person) -> names.put(id, person.fullName()));
        return names;
    }

    /** Which of these people are active. One query. */
    public Set<UUID> active(Collection<UUID> ids) {
        Set<UUID> active = new HashSet<>();
        people(ids).values().stream().filter(OrgPerson::active).forEach(person -> active.add(person.id()));
        return active;
    }

    /**
     * The job family and level of these people (for competency expectations); people without a family
     * are left out, a family without a level has a null level. One query.
     */
    public Map<UUID, JobPosition> jobPositions(Collection<UUID> ids) {
        Set<UUID> wanted = OrgFactsRepository.withoutNulls(ids);
        return wanted.isEmpty() ? Map.of() : facts.jobPositions(wanted);
    }

    /** The person with exactly this email address (stored emails are lower case), active or not. */
    public Optional<OrgPerson> personByEmail(String email) {
        return email == null ? Optional.empty() : facts.personByEmail(email);
    }

    /** A person by exact given and family name; for demo seeding, where names are known and unique. */
    public Optional<OrgPerson> personNamed(String givenName, String familyName) {
        return facts.personNamed(givenName, familyName);
    }

    /**
     * Active people whose given name, family name or email contains every word of {@code query}
     * (case-blind), leaving out {@code excluded}, in name order, at most {@code limit}: for pickers
     * whose feature removes people by its own rules (say, those already invited) before the limit.
     */
    public List<OrgPerson> activePeopleMatching(String query, Collection<UUID> excluded, int limit) {
        return facts.activePeopleMatching(query, OrgFactsRepository.withoutNulls(excluded), limit);
    }

    /**
     * Every active person of the tenant with their department, in no particular order: two columns, for
     * aggregates over the whole tenant (10,000 people) that need neither names nor an order.
     */
    public List<OrgMembership> activeMemberships() {
        return facts.activeMemberships();
    }

    // ---------------------------------------------------------------- reporting line

    /** The managers above a person, nearest first; empty at the top or for an unknown id. */
    public List<UUID> managerChain(UUID personId) {
        return personId == null ? List.of() : people.managerIdsAbove(personId);
    }

    /** True when {@code managerId} is above {@code personId} in the reporting line, at any depth. */
    public boolean isAbove(UUID managerId, UUID personId) {
        return managerId != null && personId != null && people.managesDirectlyOrIndirectly(managerId, personId);
    }

    /**
     * Which of these people have {@code managerId} above them in the reporting line, at any depth ({@link #isAbove}
     * for many people). One query.
     */
    public Set<UUID> below(UUID managerId, Collection<UUID> personIds) {
        Set<UUID> wanted = OrgFactsRepository.withoutNulls(personIds);
        return managerId == null || wanted.isEmpty() ? Set.of() : people.managedDirectlyOrIndirectly(managerId, wanted);
    }

    /** A manager's active direct reports, in name order. */
    public List<UUID> directReports(UUID managerId) {
        return managerId == null ? List.of() : facts.activeDirectReports(managerId);
    }

    /**
     * Everyone below a manager at any depth, active or not: the set a feature uses in its own
     * {@code IN} / {@code = ANY} condition for "my organisation" lists.
     */
    public Set<UUID> everyoneBelow(UUID managerId) {
        return managerId == null ? Set.of() : new HashSet<>(people.everyoneUnder(managerId));
    }

    /** True when the person has at least one active direct report (what makes them a manager). */
    public boolean managesAnyone(UUID personId) {
        return personId != null && facts.managesAnyone(personId);
    }

    /** Every active person's line to their active manager. */
    public List<ReportingLine> activeReportingLines() {
        return facts.activeReportingLines();
    }

    // ---------------------------------------------------------------- roles

    /** The active people with the HR admin role. */
    public Set<UUID> hrAdmins() {
        return facts.activeHrAdmins();
    }

    /** Whether the person holds the HR admin role (whatever their status: sign-in checks that). */
    public boolean isHrAdmin(UUID personId) {
        return personId != null && facts.hasHrAdminRole(personId);
    }

    // ---------------------------------------------------------------- departments and teams

    /**
     * The departments a person heads. A head is an active member of the department whose manager is
     * outside it (or who has none) and who manages at least one active person.
     */
    public Set<UUID> departmentsHeadedBy(UUID personId) {
        return personId == null ? Set.of() : facts.departmentsHeadedBy(personId);
    }

    /** The heads of a department, by the same rule as {@link #departmentsHeadedBy}; several when it has parallel tops. */
    public Set<UUID> headsOf(UUID departmentId) {
        return departmentId == null ? Set.of() : facts.headsOf(departmentId);
    }

    /** The teams whose lead the person is. */
    public Set<UUID> teamsLedBy(UUID personId) {
        return personId == null ? Set.of() : facts.teamsLedBy(personId);
    }

    public Optional<OrgDepartment> department(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(facts.departments(Set.of(id)).get(id));
    }

    /** These departments, in name order; unknown ids and nulls left out. One query. */
    public Map<UUID, OrgDepartment> departments(Collection<UUID> ids) {
        Set<UUID> wanted = OrgFactsRepository.withoutNulls(ids);
        return wanted.isEmpty() ? Map.of() : facts.departments(wanted);
    }

    public Optional<OrgDepartment> departmentNamed(String name) {
        return facts.departmentNamed(name);
    }

    public Optional<OrgTeam> team(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(facts.teams(Set.of(id)).get(id));
    }

    /** These teams, in name order; unknown ids and nulls left out. One query. */
    public Map<UUID, OrgTeam> teams(Collection<UUID> ids) {
        Set<UUID> wanted = OrgFactsRepository.withoutNulls(ids);
        return wanted.isEmpty() ? Map.of() : facts.teams(wanted);
    }

    /** A team by name; team names are unique per department, so the first in name order when several match. */
    public Optional<OrgTeam> teamNamed(String name) {
        return facts.teamNamed(name);
    }

    // ---------------------------------------------------------------- groups of people (rollout pilot groups)

    /**
     * The active people who work in one of these departments or any department below them, or in one of these
     * teams or any team below them. One statement, however many ids; empty when both are empty.
     */
    public Set<UUID> activePeopleIn(Collection<UUID> departmentIds, Collection<UUID> teamIds) {
        Set<UUID> departments = OrgFactsRepository.withoutNulls(departmentIds);
        Set<UUID> teams = OrgFactsRepository.withoutNulls(teamIds);
        return departments.isEmpty() && teams.isEmpty() ? Set.of() : facts.activePeopleIn(departments, teams);
    }

    // ---------------------------------------------------------------- selections (review cycles)

    /**
     * The active people who are direct members of any of these departments or teams (departments and teams
     * below them are not included, unlike {@link #activePeopleIn(Collection, Collection)}), or whose id is
     * listed, in name order. One query, whatever the number of people: review cycles resolve their participants
     * with it at launch.
     */
    public List<OrgPerson> activeMembersOf(Collection<UUID> departmentIds, Collection<UUID> teamIds,
                                          Collection<UUID> personIds) {
        Set<UUID> departments = OrgFactsRepository.withoutNulls(departmentIds == null ? Set.of() : departmentIds);
        Set<UUID> teams = OrgFactsRepository.withoutNulls(teamIds == null ? Set.of() : teamIds);
        Set<UUID> persons = OrgFactsRepository.withoutNulls(personIds == null ? Set.of() : personIds);
        if (departments.isEmpty() && teams.isEmpty() && persons.isEmpty()) {
            return List.of();
        }
        return facts.activeMembersOf(departments, teams, persons);
    }
}
