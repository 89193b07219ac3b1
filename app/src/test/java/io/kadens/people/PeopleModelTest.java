package io.kadens.people;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ConcurrentEditException;
import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.TEAM;
import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The people model: reporting lines and trees without cycles, subtrees, the org chart, optimistic locking. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleModelTest {

    @Autowired
    PeopleService people;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;

    @BeforeAll
    void company() {
        c = tenants.create("model");
    }

    private EditablePerson editable(UUID id) {
        return signedIn(as(c, c.hrAdmin()), () -> administration.editable(id)).orElseThrow();
    }

    private long update(UUID id, PersonFields fields, long version) {
        return signedIn(as(c, c.hrAdmin()), () -> administration.update(id, fields, version));
    }

    /** Runs SQL straight against the database with the company's tenant bound, skipping the services. */
    private void rawSql(Runnable work) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> work.run()));
    }

    @Test
    void aManagerCannotBePutUnderTheirOwnReportsByTheService() {
        EditablePerson manager = editable(c.manager().id());
        // member -> lead -> manager: making the manager report to the member closes a loop.
        assertThatThrownBy(() -> update(c.manager().id(), manager.fields().withManager(c.member().id()), manager.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("managerId", "people-admin.person.manager.cycle"));
        assertThatThrownBy(() -> update(c.manager().id(), manager.fields().withManager(c.manager().id()), manager.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("managerId", "people-admin.person.manager.self"));
        assertThat(editable(c.manager().id()).fields().managerId()).isEqualTo(c.ceo().id());
    }

    @Test
    void theDatabaseRefusesAReportingCycleThatSkipsTheService() {
        assertThatThrownBy(() -> rawSql(() -> db.update(EMPLOYEE).set(EMPLOYEE.MANAGER_ID, c.member().id())
                .where(EMPLOYEE.ID.eq(c.ceo().id())).execute()))
                .satisfies(e -> assertThat(((SQLException) NestedExceptionUtils.getMostSpecificCause(e)).getSQLState())
                        .isEqualTo("KD001"));
        assertThat(editable(c.ceo().id()).fields().managerId()).isNull();
    }

    @Test
    void theDatabaseRefusesDepartmentAndTeamCycles() {
        UUID parent = signedIn(as(c, c.hrAdmin()), () -> administration.createDepartment("Model parent", null));
        UUID child = signedIn(as(c, c.hrAdmin()), () -> administration.createDepartment("Model child", parent));
        assertThatThrownBy(() -> rawSql(() -> db.update(DEPARTMENT).set(DEPARTMENT.PARENT_ID, child)
                .where(DEPARTMENT.ID.eq(parent)).execute()))
                .satisfies(e -> assertThat(((SQLException) NestedExceptionUtils.getMostSpecificCause(e)).getSQLState())
                        .isEqualTo("KD002"));
        var dept = signedIn(as(c, c.hrAdmin()), () -> structure.departments()).stream()
                .filter(d -> d.id().equals(parent)).findFirst().orElseThrow();
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            structure.updateDepartment(parent, "Model parent", child, dept.version());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("parentId", "people-admin.department.parent.cycle"));

        UUID outer = signedIn(as(c, c.hrAdmin()), () -> structure.createTeam("Outer", c.salesId(), null, null));
        UUID inner = signedIn(as(c, c.hrAdmin()), () -> structure.createTeam("Inner", c.salesId(), outer, c.teamLead().id()));
        assertThatThrownBy(() -> rawSql(() -> db.update(TEAM).set(TEAM.PARENT_TEAM_ID, inner)
                .where(TEAM.ID.eq(outer)).execute()))
                .satisfies(e -> assertThat(((SQLException) NestedExceptionUtils.getMostSpecificCause(e)).getSQLState())
                        .isEqualTo("KD003"));
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            structure.updateTeam(outer, "Outer", c.salesId(), inner, null, 0);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("parentTeamId", "people-admin.team.parent.cycle"));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        EditablePerson first = editable(c.outsider().id());
        EditablePerson second = editable(c.outsider().id());
        update(c.outsider().id(), first.fields().withJobTitle("Saved first"), first.version());
        assertThatThrownBy(() -> update(c.outsider().id(), second.fields().withJobTitle("Saved second"), second.version()))
                .isInstanceOf(ConcurrentEditException.class);
        EditablePerson now = editable(c.outsider().id());
        assertThat(now.fields().jobTitle()).isEqualTo("Saved first");
        assertThat(now.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void badFieldsAreAllReportedAtOnceAndNothingChanges() {
        EditablePerson before = editable(c.employee().id());
        var bad = new PersonFields(" ", "Employee", "not-an-email", "x".repeat(300), c.salesId(), null, null, null,
                null, null, null, java.time.LocalDate.of(1800, 1, 1), null, "de");
        assertThatThrownBy(() -> update(c.employee().id(), bad, before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "givenName", "email", "jobTitle", "startDate", "preferredLocale"));
        assertThat(editable(c.employee().id())).isEqualTo(before);
    }

    @Test
    void everyoneUnderAManagerAndTheOrgChartHeadcounts() {
        List<UUID> underManager = signedIn(as(c, c.manager()), () -> people.everyoneUnder(c.manager().id()));
        assertThat(underManager).containsExactlyInAnyOrder(c.employee().id(), c.teamLead().id(), c.member().id());
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> people.everyoneUnder(c.manager().id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        var roots = signedIn(as(c, c.employee()), () -> people.orgChartRoots());
        assertThat(roots).extracting(n -> n.person().id()).contains(c.ceo().id());
        var ceo = roots.stream().filter(n -> n.person().id().equals(c.ceo().id())).findFirst().orElseThrow();
        assertThat(ceo.directReports()).isEqualTo(2);
        var children = signedIn(as(c, c.employee()), () -> people.orgChartChildren(c.ceo().id()));
        assertThat(children).extracting(n -> n.person().id()).containsExactlyInAnyOrder(c.hrAdmin().id(), c.manager().id());
        var manager = children.stream().filter(n -> n.person().id().equals(c.manager().id())).findFirst().orElseThrow();
        assertThat(manager.directReports()).isEqualTo(2);
        assertThat(manager.headcount()).isEqualTo(3);
        assertThat(ceo.headcount()).isEqualTo(1 + 1 + manager.headcount() + 1);
        assertThat(signedIn(as(c, c.employee()), () -> people.managerChain(c.member().id())))
                .containsExactly(c.teamLead().id(), c.manager().id(), c.ceo().id());
    }

    @Test
    void theDirectoryShowsTeamJobFamilyAndLevel() {
        UUID family = signedIn(as(c, c.hrAdmin()), () -> structure.createJobFamily("Engineering",
                List.of("Junior", "Mid", "Senior")));
        var ladder = signedIn(as(c, c.hrAdmin()), () -> structure.jobFamilies()).stream()
                .filter(f -> f.id().equals(family)).findFirst().orElseThrow();
        assertThat(ladder.levels()).extracting(JobFamily.JobLevel::name).containsExactly("Junior", "Mid", "Senior");
        assertThat(ladder.levels()).extracting(JobFamily.JobLevel::rank).containsExactly(1, 2, 3);
        UUID team = signedIn(as(c, c.hrAdmin()), () -> structure.createTeam("Directory team", c.salesId(), null,
                c.teamLead().id()));
        EditablePerson lead = editable(c.teamLead().id());
        var f = lead.fields();
        update(c.teamLead().id(), new PersonFields(f.givenName(), f.familyName(), f.email(), f.jobTitle(),
                f.departmentId(), team, f.managerId(), family, ladder.levels().get(2).id(), "Göteborg", f.phone(),
                f.startDate(), EmploymentType.PERMANENT, f.preferredLocale()), lead.version());
        DirectoryEntry entry = signedIn(as(c, c.employee()), () -> people.find(c.teamLead().id())).orElseThrow();
        assertThat(entry.teamName()).isEqualTo("Directory team");
        assertThat(entry.jobFamilyName()).isEqualTo("Engineering");
        assertThat(entry.jobLevelName()).isEqualTo("Senior");
        assertThat(signedIn(as(c, c.employee()), () -> people.search("göteborg")))
                .extracting(DirectoryEntry::id).containsExactly(c.teamLead().id());
        assertThat(signedIn(as(c, c.employee()), () -> people.search("directory team")))
                .extracting(DirectoryEntry::id).contains(c.teamLead().id());

        // A level of another family is refused at the field.
        UUID other = signedIn(as(c, c.hrAdmin()), () -> structure.createJobFamily("Sales ladder", List.of("Rep")));
        EditablePerson again = editable(c.teamLead().id());
        var g = again.fields();
        assertThatThrownBy(() -> update(c.teamLead().id(), new PersonFields(g.givenName(), g.familyName(), g.email(),
                g.jobTitle(), g.departmentId(), g.teamId(), g.managerId(), other, g.jobLevelId(), g.location(),
                g.phone(), g.startDate(), g.employmentType(), g.preferredLocale()), again.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("jobLevelId"));
        assertThat(Map.of()).isEmpty();
    }
}
