package io.kadens.compensation;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pay visibility at the database level (issue 15): plain SQL as the application role, bound to a tenant and to
 * different people through app.person_id, with no service in between. The company's line is
 * CEO → {HR admin → outsider, manager → {employee, team lead → member}}.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayVisibilityDatabaseTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    CompensationTestData testData;
    @Autowired
    PayData pay;

    Company c;
    Company other;

    @BeforeAll
    void seed() {
        c = tenants.create("payvis");
        testData.seed(c);
        other = tenants.create("payvisb");
        testData.seed(other);
    }

    private Set<UUID> visibleSalaries(Company company, Person person) throws SQLException {
        return visibleSalaries(company.id().toString(), person == null ? "" : person.id().toString());
    }

    private Set<UUID> visibleSalaries(String tenant, String person) throws SQLException {
        try (Connection app = TestDatabase.get().openAsApp()) {
            app.setAutoCommit(false);
            bind(app, tenant, person);
            Set<UUID> ids = new HashSet<>();
            try (PreparedStatement select = app.prepareStatement("select employee_id from employee_pay");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            app.rollback();
            return ids;
        }
    }

    private static void bind(Connection app, String tenant, String person) throws SQLException {
        try (PreparedStatement bind = app.prepareStatement(
                "select set_config('app.tenant_id', ?, true), set_config('app.person_id', ?, true)")) {
            bind.setString(1, tenant);
            bind.setString(2, person);
            bind.execute();
        }
    }

    private Set<UUID> ids(Person... people) {
        Set<UUID> ids = new HashSet<>();
        for (Person p : people) {
            ids.add(p.id());
        }
        return ids;
    }

    @Test
    void hrAdminsReadEverySalaryOfTheirTenantOnly() throws SQLException {
        assertThat(visibleSalaries(c, c.hrAdmin())).isEqualTo(ids(c.ceo(), c.hrAdmin(), c.manager(), c.employee(),
                c.teamLead(), c.member(), c.outsider()));
    }

    @Test
    void theManagerChainAboveReadsItsPeopleAndNobodyElse() throws SQLException {
        assertThat(visibleSalaries(c, c.ceo())).as("the CEO is above everyone but themselves")
                .isEqualTo(ids(c.hrAdmin(), c.manager(), c.employee(), c.teamLead(), c.member(), c.outsider()));
        assertThat(visibleSalaries(c, c.manager())).as("the manager: their reports and their reports' reports")
                .isEqualTo(ids(c.employee(), c.teamLead(), c.member()));
        assertThat(visibleSalaries(c, c.teamLead())).as("the team lead: their one report, not their peer")
                .isEqualTo(ids(c.member()));
    }

    @Test
    void peersReportsThemselvesAndNobodyReadNothing() throws SQLException {
        assertThat(visibleSalaries(c, c.employee())).as("the employee: not their own, not their peer's").isEmpty();
        assertThat(visibleSalaries(c, c.member())).as("a report does not read their manager's").isEmpty();
        assertThat(visibleSalaries(c, c.outsider())).isEmpty();
        assertThat(visibleSalaries(c, null)).as("background work with no person bound").isEmpty();
        assertThat(visibleSalaries("", c.hrAdmin().id().toString())).as("no tenant bound").isEmpty();
    }

    @Test
    void anHrAdminOfAnotherTenantReadsNoneOfThisTenantsSalaries() throws SQLException {
        assertThat(visibleSalaries(other.id().toString(), c.hrAdmin().id().toString())).isEmpty();
        assertThat(visibleSalaries(c.id().toString(), other.hrAdmin().id().toString()))
                .as("a person of another tenant bound under this tenant").isEmpty();
    }

    @Test
    void peopleReadTheirOwnSalaryOnlyWhenTheTenantTurnsItOn() throws SQLException {
        Company own = tenants.create("payown");
        testData.seed(own);
        assertThat(visibleSalaries(own, own.employee())).isEmpty();
        signedIn(as(own, own.hrAdmin()), () -> pay.changeSettings(true, 0));
        assertThat(visibleSalaries(own, own.employee())).isEqualTo(ids(own.employee()));
        assertThat(visibleSalaries(own, own.member())).isEqualTo(ids(own.member()));
        assertThat(visibleSalaries(c, c.employee())).as("another tenant keeps its own choice").isEmpty();
    }

    @Test
    void onlyHrAdminsWriteSalariesEvenTheManagerAbove() throws SQLException {
        try (Connection app = TestDatabase.get().openAsApp()) {
            app.setAutoCommit(false);
            bind(app, c.id().toString(), c.manager().id().toString());
            try (PreparedStatement update = app.prepareStatement(
                    "update employee_pay set salary = salary * 2 where employee_id = ?")) {
                update.setObject(1, c.employee().id());
                assertThat(update.executeUpdate()).as("the manager above reads the row but may not change it").isZero();
            }
            try (PreparedStatement delete = app.prepareStatement("delete from employee_pay where employee_id = ?")) {
                delete.setObject(1, c.employee().id());
                assertThat(delete.executeUpdate()).isZero();
            }
            app.rollback();
            bind(app, c.id().toString(), c.employee().id().toString());
            try (PreparedStatement insert = app.prepareStatement(
                    "insert into employee_pay (employee_id, salary, currency) values (?, 1, 'SEK')")) {
                insert.setObject(1, c.employee().id());
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            app.rollback();
            bind(app, c.id().toString(), c.hrAdmin().id().toString());
            try (PreparedStatement update = app.prepareStatement(
                    "update employee_pay set salary = salary + 1 where employee_id = ?")) {
                update.setObject(1, c.employee().id());
                assertThat(update.executeUpdate()).as("HR may").isOne();
            }
            app.rollback();
        }
    }
}
