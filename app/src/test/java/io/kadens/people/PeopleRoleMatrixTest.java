package io.kadens.people;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The role matrix of issue 3, item 9: for each role and each people operation, allowed or denied,
 * enforced by the services. The roles act in one company: the employee works in Support (no
 * reports); the manager has a direct report (the employee of Sales) and an indirect one (the member,
 * under the team lead); "someone else" is the CEO, above the manager.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleRoleMatrixTest {

    enum Actor { EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR }

    /** What an operation does; returns normally when allowed, throws AccessDeniedException (or yields false) when not. */
    interface Operation {
        boolean run(PeopleRoleMatrixTest t, Person actor);
    }

    static final boolean Y = true;
    static final boolean N = false;

    /** operation, then expected outcome for EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR. */
    record Row(String operation, boolean employee, boolean manager, boolean hrAdmin, boolean operator, Operation op) {
        boolean expected(Actor actor) {
            return switch (actor) {
                case EMPLOYEE -> employee;
                case MANAGER -> manager;
                case HR_ADMIN -> hrAdmin;
                case OPERATOR -> operator;
            };
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("directory search", Y, Y, Y, N, (t, a) -> !t.people.search("").isEmpty()),
            new Row("directory fields of anyone", Y, Y, Y, N,
                    (t, a) -> t.people.profile(t.c.ceo().id()).map(p -> p.person().email() != null).orElse(false)),
            new Row("org chart", Y, Y, Y, N, (t, a) -> !t.people.orgChartRoots().isEmpty()),
            new Row("own profile with private fields", Y, Y, Y, N, (t, a) -> t.seesPrivate(a)),
            new Row("private fields of a direct report", N, Y, Y, N, (t, a) -> t.seesPrivate(t.c.employee())),
            new Row("private fields of an indirect report", N, Y, Y, N, (t, a) -> t.seesPrivate(t.c.member())),
            new Row("private fields of someone else", N, N, Y, N, (t, a) -> t.seesPrivate(t.c.ceo())),
            new Row("everyone under the manager", N, Y, Y, N, (t, a) -> !t.people.everyoneUnder(t.c.manager().id()).isEmpty()),
            new Row("people admin list", N, N, Y, N, (t, a) -> t.administration.count(PeopleFilter.all()) > 0),
            new Row("edit a person", N, N, Y, N, (t, a) -> {
                EditablePerson p = t.administration.editable(t.c.employee().id()).orElseThrow();
                t.administration.update(p.id(), p.fields().withJobTitle("Matrix " + p.version()), p.version());
                return true;
            }),
            new Row("deactivate and reactivate", N, N, Y, N, (t, a) -> {
                long version = t.administration.editable(t.c.member().id()).orElseThrow().version();
                t.administration.deactivate(t.c.member().id(), null, version);
                t.administration.reactivate(t.c.member().id(), version + 1);
                return true;
            }),
            new Row("grant and revoke HR admin", N, N, Y, N, (t, a) -> {
                t.administration.grantHrAdmin(t.c.teamLead().id());
                t.administration.revokeHrAdmin(t.c.teamLead().id());
                return true;
            }),
            new Row("change the organisation", N, N, Y, N, (t, a) -> {
                t.structure.createTeam("Matrix " + System.nanoTime(), t.c.supportId(), null, null);
                return true;
            }),
            new Row("read settings", Y, Y, Y, N, (t, a) -> t.settings.current().anonymityThreshold() >= 3),
            new Row("update settings", N, N, Y, N, (t, a) -> {
                TenantSettings s = t.settings.current();
                t.settings.update(new TenantSettings(s.name(), s.locale(), s.timeZone(), s.fiscalYearStartMonth(),
                        s.defaultCadence(), s.ratingLabels(), s.anonymityThreshold() == 3 ? 4 : 3,
                        s.departmentGoalSetters(), s.teamGoalSetters(), s.individualGoalsNeedApproval(), s.aiMode(),
                        s.version()));
                return true;
            }),
            new Row("search the audit log", N, N, Y, N, (t, a) -> t.auditLog.count(AuditQuery.all()) >= 0));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.operation(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    PeopleService people;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    TenantSettingsService settings;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;

    Company c;

    @BeforeAll
    void company() {
        c = tenants.create("matrix");
    }

    boolean seesPrivate(Person subject) {
        return people.profile(subject.id()).orElseThrow().privateDetails().isPresent();
    }

    private Map.Entry<Authentication, Person> signIn(Actor actor) {
        return switch (actor) {
            case EMPLOYEE -> Map.entry(as(c, c.outsider()), c.outsider());
            case MANAGER -> Map.entry(as(c, c.manager()), c.manager());
            case HR_ADMIN -> Map.entry(as(c, c.hrAdmin()), c.hrAdmin());
            case OPERATOR -> Map.entry(TestTenants.operator(), c.ceo());
        };
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cases")
    void theRoleMatrixHolds(String operation, Actor actor, String expected, Row row) {
        var who = signIn(actor);
        boolean allowed;
        try {
            allowed = signedIn(who.getKey(), () -> row.op().run(this, who.getValue()));
        } catch (AccessDeniedException e) {
            allowed = false;
        } catch (IllegalStateException e) {
            // the operator has no tenant: a service that needs one finds none bound and refuses
            assertThat(actor).as(operation + ": " + e).isEqualTo(Actor.OPERATOR);
            allowed = false;
        }
        assertThat(allowed ? "allowed" : "denied").as(operation + " as " + actor).isEqualTo(expected);
    }
}
