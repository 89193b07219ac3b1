package io.kadens.people;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The org facts other features build on, read the way background work reads them: in an explicit
 * tenant scope with nobody signed in. The company is the one {@link TestTenants} builds, plus a team
 * led by the team lead and a former colleague who reported to the employee.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgFactsTest {

    @Autowired
    OrgFacts facts;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    TestTenants tenants;

    Company c;
    Company other;
    UUID team;
    UUID leaver;

    @BeforeAll
    void company() {
        c = tenants.create("orgfacts");
        other = tenants.create("orgother");
        signedIn(as(c, c.hrAdmin()), () -> {
            team = structure.createTeam("Orgfacts Closers", c.salesId(), null, c.teamLead().id());
            leaver = administration.addPerson(new NewPerson("Lee", "Leaver", "lee.leaver@orgfacts.test", "Seller",
                    c.salesId(), c.employee().id(), null, null, LocalDate.of(2021, 3, 1), null));
            administration.deactivate(leaver, null, administration.editable(leaver).orElseThrow().version());
            return null;
        });
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantScope.call(c.id(), work);
    }

    @Test
    void aPersonCarriesNameEmailStatusManagerDepartmentAndTeamWithNobodySignedIn() {
        OrgPerson employee = inTenant(() -> facts.person(c.employee().id())).orElseThrow();
        assertThat(employee.fullName()).isEqualTo(c.employee().givenName() + " " + c.employee().familyName());
        assertThat(employee.email()).isEqualTo(c.employee().email());
        assertThat(employee.active()).isTrue();
        assertThat(employee.managerId()).isEqualTo(c.manager().id());
        assertThat(employee.departmentId()).isEqualTo(c.salesId());
        assertThat(employee.teamId()).isNull();
        assertThat(inTenant(() -> facts.person(leaver))).map(OrgPerson::status).contains(PersonStatus.INACTIVE);
        assertThat(inTenant(() -> facts.person(UUID.randomUUID()))).isEmpty();
        assertThat(inTenant(() -> facts.person(null))).isEmpty();
    }

    @Test
    void batchLookUpsReturnKnownPeopleOnlyInNameOrder() {
        var ids = Arrays.asList(c.member().id(), c.ceo().id(), leaver, UUID.randomUUID(), null);
        var people = inTenant(() -> facts.people(ids));
        assertThat(people.keySet()).containsExactlyInAnyOrder(c.member().id(), c.ceo().id(), leaver);
        assertThat(people.values()).extracting(OrgPerson::familyName).isSorted();
        assertThat(inTenant(() -> facts.names(ids))).containsEntry(c.ceo().id(),
                c.ceo().givenName() + " " + c.ceo().familyName()).hasSize(3);
        assertThat(inTenant(() -> facts.active(ids))).containsExactlyInAnyOrder(c.member().id(), c.ceo().id());
        assertThat(inTenant(() -> facts.people(List.of()))).isEmpty();
    }

    @Test
    void aPersonIsFoundByExactEmailOrName() {
        assertThat(inTenant(() -> facts.personByEmail(c.outsider().email()))).map(OrgPerson::id)
                .contains(c.outsider().id());
        assertThat(inTenant(() -> facts.personByEmail(c.outsider().email().toUpperCase()))).isEmpty();
        assertThat(inTenant(() -> facts.personNamed(c.manager().givenName(), c.manager().familyName())))
                .map(OrgPerson::id).contains(c.manager().id());
    }

    @Test
    void theReportingLineAboveIsNearestFirstAndBelowReachesEveryDepth() {
        assertThat(inTenant(() -> facts.managerChain(c.member().id())))
                .containsExactly(c.teamLead().id(), c.manager().id(), c.ceo().id());
        assertThat(inTenant(() -> facts.managerChain(c.ceo().id()))).isEmpty();
        assertThat(inTenant(() -> facts.isAbove(c.ceo().id(), c.member().id()))).isTrue();
        assertThat(inTenant(() -> facts.isAbove(c.manager().id(), c.member().id()))).isTrue();
        assertThat(inTenant(() -> facts.isAbove(c.member().id(), c.manager().id()))).isFalse();
        assertThat(inTenant(() -> facts.isAbove(c.hrAdmin().id(), c.member().id()))).isFalse();
        assertThat(inTenant(() -> facts.isAbove(c.member().id(), c.member().id()))).isFalse();
        // The leaver's reports moved up when they left; their own line stays on record, active or not.
        assertThat(inTenant(() -> facts.everyoneBelow(c.manager().id())))
                .containsExactlyInAnyOrder(c.employee().id(), c.teamLead().id(), c.member().id(), leaver);
        assertThat(inTenant(() -> facts.everyoneBelow(c.member().id()))).isEmpty();
    }

    @Test
    void directReportsAndManagersCountActivePeopleOnly() {
        assertThat(inTenant(() -> facts.directReports(c.manager().id())))
                .containsExactlyInAnyOrder(c.employee().id(), c.teamLead().id());
        // The employee's only report has left: they manage no one.
        assertThat(inTenant(() -> facts.directReports(c.employee().id()))).isEmpty();
        assertThat(inTenant(() -> facts.managesAnyone(c.employee().id()))).isFalse();
        assertThat(inTenant(() -> facts.managesAnyone(c.teamLead().id()))).isTrue();
        assertThat(inTenant(() -> facts.activeReportingLines()))
                .contains(new ReportingLine(c.teamLead().id(), c.member().id()),
                        new ReportingLine(c.ceo().id(), c.hrAdmin().id()))
                .doesNotContain(new ReportingLine(c.employee().id(), leaver))
                .hasSize(6);
    }

    @Test
    void hrAdminsHeadsOfDepartmentsAndTeamLeads() {
        assertThat(inTenant(() -> facts.hrAdmins())).containsExactly(c.hrAdmin().id());
        assertThat(inTenant(() -> facts.isHrAdmin(c.hrAdmin().id()))).isTrue();
        assertThat(inTenant(() -> facts.isHrAdmin(c.manager().id()))).isFalse();
        // The CEO tops sales; the HR admin reports to the CEO from another department and manages the outsider.
        assertThat(inTenant(() -> facts.departmentsHeadedBy(c.ceo().id()))).containsExactly(c.salesId());
        assertThat(inTenant(() -> facts.departmentsHeadedBy(c.manager().id()))).isEmpty();
        assertThat(inTenant(() -> facts.headsOf(c.supportId()))).containsExactly(c.hrAdmin().id());
        assertThat(inTenant(() -> facts.headsOf(c.salesId()))).containsExactly(c.ceo().id());
        assertThat(inTenant(() -> facts.teamsLedBy(c.teamLead().id()))).containsExactly(team);
        assertThat(inTenant(() -> facts.teamsLedBy(c.member().id()))).isEmpty();
    }

    @Test
    void departmentsAndTeamsByIdAndByName() {
        assertThat(inTenant(() -> facts.department(c.salesId()))).map(OrgDepartment::name).contains("orgfacts Sales");
        assertThat(inTenant(() -> facts.departments(Arrays.asList(c.salesId(), c.supportId(), null))).values())
                .extracting(OrgDepartment::name).containsExactly("orgfacts Sales", "orgfacts Support");
        assertThat(inTenant(() -> facts.departmentNamed("orgfacts Support"))).map(OrgDepartment::id)
                .contains(c.supportId());
        OrgTeam closers = inTenant(() -> facts.team(team)).orElseThrow();
        assertThat(closers).isEqualTo(new OrgTeam(team, "Orgfacts Closers", c.salesId(), null, c.teamLead().id()));
        assertThat(inTenant(() -> facts.teams(List.of(team)))).containsOnlyKeys(team);
        assertThat(inTenant(() -> facts.teamNamed("Orgfacts Closers"))).contains(closers);
    }

    @Test
    void activePeopleMatchEveryWordAndLeaveOutTheExcluded() {
        assertThat(inTenant(() -> facts.activePeopleMatching("orgfacts", List.of(), 100))).extracting(OrgPerson::id)
                .containsExactlyInAnyOrder(c.ceo().id(), c.hrAdmin().id(), c.manager().id(), c.employee().id(),
                        c.teamLead().id(), c.member().id(), c.outsider().id());
        assertThat(inTenant(() -> facts.activePeopleMatching("ORGFACTS lead", List.of(), 100)))
                .extracting(OrgPerson::id).containsExactly(c.teamLead().id());
        assertThat(inTenant(() -> facts.activePeopleMatching("orgfacts", List.of(c.ceo().id(), c.member().id()), 100)))
                .extracting(OrgPerson::id).doesNotContain(c.ceo().id(), c.member().id()).hasSize(5);
        assertThat(inTenant(() -> facts.activePeopleMatching("leaver", List.of(), 100))).isEmpty();
        assertThat(inTenant(() -> facts.activePeopleMatching("orgfacts", List.of(), 2))).hasSize(2)
                .extracting(OrgPerson::familyName).isSorted();
    }

    @Test
    void anotherTenantsScopeAndNoScopeSeeNothing() {
        var ids = List.of(c.ceo().id(), c.member().id());
        assertThat(TenantScope.call(other.id(), () -> facts.people(ids))).isEmpty();
        assertThat(TenantScope.call(other.id(), () -> facts.managerChain(c.member().id()))).isEmpty();
        assertThat(TenantScope.call(other.id(), () -> facts.everyoneBelow(c.ceo().id()))).isEmpty();
        assertThat(TenantScope.call(other.id(), () -> facts.hrAdmins())).containsExactly(other.hrAdmin().id());
        assertThat(facts.people(ids)).isEmpty();
        assertThat(facts.hrAdmins()).isEmpty();
    }

    @Test
    void aSignedInUsersTenantIsUsedWithoutAScope() {
        assertThat(signedIn(as(c, c.employee()), () -> facts.managerChain(c.employee().id())))
                .containsExactly(c.manager().id(), c.ceo().id());
    }

    @Test
    void jobPositionsNameFamilyAndLevelOfThoseWhoHaveOne() {
        UUID family = signedIn(as(c, c.hrAdmin()), () -> structure.createJobFamily("Orgfacts Sellers", List.of("One", "Two")));
        UUID two = signedIn(as(c, c.hrAdmin()), () -> structure.jobFamilies()).stream()
                .filter(f -> f.id().equals(family)).findFirst().orElseThrow().levels().get(1).id();
        signedIn(as(c, c.hrAdmin()), () -> {
            EditablePerson editable = administration.editable(c.member().id()).orElseThrow();
            PersonFields f = editable.fields();
            return administration.update(c.member().id(), new PersonFields(f.givenName(), f.familyName(), f.email(),
                    f.jobTitle(), f.departmentId(), f.teamId(), f.managerId(), family, two, f.location(), f.phone(),
                    f.startDate(), f.employmentType(), f.preferredLocale()), editable.version());
        });
        var positions = inTenant(() -> facts.jobPositions(Arrays.asList(c.member().id(), c.ceo().id(), null)));
        assertThat(positions).containsOnlyKeys(c.member().id());
        assertThat(positions.get(c.member().id())).isEqualTo(new JobPosition(family, two));
        assertThat(TenantScope.call(other.id(), () -> facts.jobPositions(List.of(c.member().id())))).isEmpty();
    }
}
