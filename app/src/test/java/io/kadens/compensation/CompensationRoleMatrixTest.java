package io.kadens.compensation;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The role matrix of pay and promotion (issue 15): for each role and each operation on the employee's pay, allowed
 * or denied. The employee is the subject; the peer is the team lead beside them (who manages someone else); the
 * manager is above them; the operator has no tenant.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompensationRoleMatrixTest {

    enum Actor { EMPLOYEE, PEER, MANAGER, HR_ADMIN, OPERATOR }

    interface Operation {
        boolean run(CompensationRoleMatrixTest t);
    }

    static final boolean Y = true;
    static final boolean N = false;

    record Row(String operation, boolean employee, boolean peer, boolean manager, boolean hrAdmin, boolean operator,
               Operation op) {
        boolean expected(Actor actor) {
            return switch (actor) {
                case EMPLOYEE -> employee;
                case PEER -> peer;
                case MANAGER -> manager;
                case HR_ADMIN -> hrAdmin;
                case OPERATOR -> operator;
            };
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("read the employee's salary and compa-ratio", N, N, Y, Y, N,
                    t -> t.pay.payOf(t.c.employee().id()).orElseThrow().compaRatio() != null),
            new Row("list pay ranges", Y, Y, Y, Y, N, t -> !t.pay.ranges().isEmpty()),
            new Row("set the employee's salary", N, N, N, Y, N, t -> t.pay.setSalary(t.c.employee().id(),
                    CompensationTestData.EMPLOYEE_SALARY, "SEK", t.asHr(() -> t.pay.payOf(t.c.employee().id()))
                            .orElseThrow().version()) != null),
            new Row("set a pay range", N, N, N, Y, N, t -> {
                PayRange range = t.asHr(() -> t.pay.ranges()).getFirst();
                return t.pay.setRange(range.jobLevelId(), range.currency(), range.min(), range.mid(), range.max(),
                        range.version()) != null;
            }),
            new Row("import salaries", N, N, N, Y, N, t -> t.pay.importCsv(("email,salary,currency\n"
                    + t.c.member().email() + ",47000,SEK\n").getBytes(StandardCharsets.UTF_8)).succeeded()),
            new Row("change whether people see their own pay", N, N, N, Y, N, t -> {
                PaySettings now = t.pay.settings();
                return t.pay.changeSettings(false, now.version()) != null;
            }),
            new Row("list compensation cycles", Y, Y, Y, Y, N, t -> !t.cycles.cycles().isEmpty()),
            new Row("read budgets and the merit matrix", Y, Y, Y, Y, N,
                    t -> !t.cycles.budgets(t.seeded.cycleId()).isEmpty() && t.cycles.matrix(t.seeded.cycleId()) != null),
            new Row("open a compensation cycle", N, N, N, Y, N,
                    t -> t.cycles.create("Matrix cycle", t.seeded.reviewCycleId(), TestTenants.today(), "SEK") != null),
            new Row("set a department's budget", N, N, N, Y, N, t -> {
                DepartmentBudget budget = t.asHr(() -> t.cycles.budgets(t.seeded.cycleId())).getFirst();
                return t.cycles.setBudget(t.seeded.cycleId(), budget.departmentId(), DepartmentBudget.Kind.AMOUNT,
                        budget.amount(), budget.version()) != null;
            }),
            new Row("set the merit matrix", N, N, N, Y, N, t -> {
                long version = t.asHr(() -> t.cycles.cycle(t.seeded.cycleId())).orElseThrow().version();
                return t.cycles.setMatrix(t.seeded.cycleId(), List.of(new MeritCell(3, CompaBand.MID, BigDecimal.TWO)),
                        version) != null;
            }),
            new Row("see the employee on one's worksheet", N, N, Y, N, N,
                    t -> t.proposals.worksheet(t.seeded.cycleId()).stream()
                            .anyMatch(p -> p.employeeId().equals(t.c.employee().id()))),
            new Row("read the employee's proposal and its steps", N, N, Y, Y, N,
                    t -> t.proposals.proposal(t.seeded.cycleId(), t.c.employee().id()).version() > 0
                            && t.proposals.decisions(t.seeded.cycleId(), t.c.employee().id()) != null),
            new Row("propose a raise for the employee", N, N, Y, Y, N, t -> {
                long version = t.asHr(() -> t.proposals.proposal(t.seeded.cycleId(), t.c.employee().id())).version();
                return t.proposals.save(t.seeded.cycleId(), t.c.employee().id(), new BigDecimal("46000"), null, null,
                        version) != null;
            }),
            new Row("check a promotion of the employee", N, N, Y, Y, N, t -> t.proposals.promotionCheck(
                    t.seeded.cycleId(), t.c.employee().id(), t.seeded.pay().upperLevelId()) != null),
            new Row("approve a proposal waiting with HR", N, N, N, Y, N, t -> {
                UUID cycle = t.asHr(() -> t.cycles.create("Approvals " + UUID.randomUUID(), t.seeded.reviewCycleId(),
                        TestTenants.today(), "SEK")).id();
                Proposal waiting = t.asHr(() -> {
                    Proposal saved = t.proposals.save(cycle, t.c.member().id(), new BigDecimal("52000"), null, null, 0);
                    return t.proposals.submit(cycle, t.c.member().id(), saved.version());
                });
                return t.proposals.approve(cycle, t.c.member().id(), null, waiting.version()).status()
                        == ProposalStatus.APPROVED;
            }),
            new Row("list what awaits one's approval", Y, Y, Y, Y, N, t -> t.proposals.awaitingMe() != null),
            new Row("export approved changes for payroll", N, N, N, Y, N,
                    t -> t.proposals.payrollCsv(t.seeded.cycleId()).startsWith("person_id,")),
            // HR's salaries and pay ranges page (admin/compensation/pay)
            new Row("list everyone's salary with compa-ratio", N, N, N, Y, N,
                    t -> t.pay.payLineCount(null, null) > 0 && !t.pay.payLines(null, null, 0, 5).isEmpty()),
            new Row("change the employee's salary with a reason", N, N, N, Y, N, t -> t.pay.setSalary(
                    t.c.employee().id(), CompensationTestData.EMPLOYEE_SALARY, "SEK", "Matrix check",
                    t.asHr(() -> t.pay.payOf(t.c.employee().id())).orElseThrow().version()) != null),
            new Row("count who holds each level's range", N, N, N, Y, N, t -> !t.pay.rangeUsage().isEmpty()),
            new Row("delete an unused pay range", N, N, N, Y, N, t -> {
                PayRange unused = t.asHr(() -> {
                    UUID family = t.structure.createJobFamily("Unused " + UUID.randomUUID(), List.of("Only"));
                    UUID level = t.structure.jobFamilies().stream().filter(f -> f.id().equals(family)).findFirst()
                            .orElseThrow().levels().getFirst().id();
                    return t.pay.setRange(level, "SEK", BigDecimal.ONE, BigDecimal.TWO, BigDecimal.TEN, 0);
                });
                t.pay.deleteRange(unused.jobLevelId(), unused.version());
                return true;
            }),
            new Row("read the compa-ratio distribution and its CSV", N, N, N, Y, N,
                    t -> t.pay.compaDistribution().withRatio() > 0 && t.pay.compaDistributionCsv().startsWith("bucket,")),
            new Row("preview a salary file", N, N, N, Y, N, t -> t.imports.preview(PayImportPlan.Kind.SALARIES,
                    ("email,salary,currency\n" + t.c.member().email() + ",47000,SEK\n").getBytes(StandardCharsets.UTF_8))
                    .valid()),
            new Row("import pay ranges", N, N, N, Y, N, t -> {
                String family = "Family of " + t.c.slug();
                return t.imports.apply(PayImportPlan.Kind.RANGES, ("job_family,job_level,currency,min,mid,max\n"
                        + family + ",Senior,SEK,55000,65000,75000\n").getBytes(StandardCharsets.UTF_8), null,
                        done -> { }).valid();
            }));

    static Stream<Arguments> cases() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Actor.values())
                .map(actor -> Arguments.of(row.operation(), actor, row.expected(actor) ? "allowed" : "denied", row)));
    }

    @Autowired
    PayData pay;
    @Autowired
    CompensationCycles cycles;
    @Autowired
    CompensationProposals proposals;
    @Autowired
    CompensationTestData data;
    @Autowired
    PayImport imports;
    @Autowired
    io.kadens.people.OrganisationStructure structure;
    @Autowired
    TestTenants tenants;

    Company c;
    CompensationTestData.SeededCycle seeded;

    @BeforeAll
    void company() {
        c = tenants.create("cpmatrix");
        seeded = data.seedCycle(c);
    }

    <T> T asHr(Supplier<T> work) {
        return signedIn(as(c, c.hrAdmin()), work);
    }

    private Authentication signIn(Actor actor) {
        return switch (actor) {
            case EMPLOYEE -> as(c, c.employee());
            case PEER -> as(c, c.teamLead());
            case MANAGER -> as(c, c.manager());
            case HR_ADMIN -> as(c, c.hrAdmin());
            case OPERATOR -> TestTenants.operator();
        };
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cases")
    void theRoleMatrixHolds(String operation, Actor actor, String expected, Row row) {
        boolean allowed;
        try {
            allowed = signedIn(signIn(actor), () -> row.op().run(this));
        } catch (AccessDeniedException e) {
            allowed = false;
        } catch (IllegalStateException e) {
            // the operator has no tenant: a service that needs one finds none bound and refuses
            assertThat(actor).as(operation + ": " + e).isEqualTo(Actor.OPERATOR);
            allowed = false;
        }
        assertThat(allowed ? "allowed" : "denied").as(operation + " as " + actor).isEqualTo(expected);
    }

    @Test
    void thePayPageIsForHrAdminsOnly() throws Exception {
        // the page lists everyone's salary: the route keeps everyone else out, the services and V174 refuse them too
        assertThat(Class.forName("io.kadens.compensation.ui.PayAdminView")
                .getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
                .containsExactly(io.kadens.security.Role.HR_ADMIN_NAME);
    }
}
