package io.kadens.compensation;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.competencies.CompetencyTestData;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.ReviewsTestData;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compensation cycles end to end through the services: the merit matrix's guideline beside a proposal, the budget
 * used and its warnings, promotion nominations checked against the target level, the way up the manager chain
 * (the manager proposes, the CEO heads Sales and approves, then HR), returns with comments, optimistic locking and
 * the payroll export. The company's line is CEO → manager → employee, all in Sales.
 */
@KadensSpringTest
class CompensationProposalsTest {

    @Autowired
    CompensationCycles cycles;
    @Autowired
    CompensationProposals proposals;
    @Autowired
    PayData pay;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompensationTestData payData;
    @Autowired
    ReviewsTestData reviewsData;
    @Autowired
    CompetencyTestData competencyData;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    CompetencyTestData.Seeded framework;
    UUID reviewCycle;
    CompensationCycle cycle;

    @BeforeEach
    void cycleWithMatrixAndBudget() {
        c = tenants.create("comp");
        payData.seed(c);
        framework = competencyData.seed(c);
        as(c.hrAdmin(), () -> pay.setRange(framework.juniorLevel(), "SEK", new BigDecimal("40000"),
                new BigDecimal("50000"), new BigDecimal("60000"), 0));
        reviewCycle = reviewsData.seed(c).cycle();
        cycle = as(c.hrAdmin(), () -> cycles.create("Spring raises", reviewCycle, LocalDate.of(2027, 4, 1), "SEK"));
        List<MeritCell> cells = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            for (CompaBand band : CompaBand.values()) {
                cells.add(new MeritCell(rating, band, BigDecimal.valueOf(rating).subtract(
                        BigDecimal.valueOf(band.ordinal()).multiply(new BigDecimal("0.5")))));
            }
        }
        as(c.hrAdmin(), () -> cycles.setMatrix(cycle.id(), cells, cycle.version()));
        cycle = as(c.hrAdmin(), () -> cycles.cycle(cycle.id())).orElseThrow();
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private void finalRating(UUID subject, int rating) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                db.update(REVIEW).set(REVIEW.STATUS, "SUBMITTED").set(REVIEW.SUBMITTED_AT, OffsetDateTime.now())
                        .set(REVIEW.OVERALL_RATING, (short) rating)
                        .where(REVIEW.CYCLE_ID.eq(reviewCycle), REVIEW.SUBJECT_ID.eq(subject), REVIEW.FORM.eq("MANAGER"))
                        .execute()));
    }

    private Proposal line(Person manager, Person person) {
        return as(manager, () -> proposals.worksheet(cycle.id())).stream()
                .filter(p -> p.employeeId().equals(person.id())).findFirst().orElseThrow();
    }

    @Test
    void theWorksheetShowsTheGuidelineAndWarnsOutsideItAndOverBudget() {
        Proposal before = line(c.manager(), c.employee());
        assertThat(before.status()).isEqualTo(ProposalStatus.NONE);
        assertThat(before.warnings()).contains(ProposalWarning.NO_FINAL_RATING);
        assertThat(before.guidelinePercent()).isNull();

        finalRating(c.employee().id(), 4);
        Proposal rated = line(c.manager(), c.employee());
        assertThat(rated.finalRating()).isEqualTo(4);
        assertThat(rated.compaRatio()).isEqualByComparingTo("0.900");
        assertThat(rated.band()).isEqualTo(CompaBand.MID);
        assertThat(rated.guidelinePercent()).isEqualByComparingTo("3.5");
        assertThat(rated.warnings()).isEmpty();

        DepartmentBudget budget = as(c.hrAdmin(), () -> cycles.setBudget(cycle.id(), c.salesId(),
                DepartmentBudget.Kind.AMOUNT, new BigDecimal("2000"), 0));
        assertThat(budget.left()).isEqualByComparingTo("2000");

        Proposal within = as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(), new BigDecimal("46575"),
                null, "Strong year", 0));
        assertThat(within.raisePercent()).isEqualByComparingTo("3.50");
        assertThat(within.warnings()).isEmpty();
        assertThat(as(c.manager(), () -> cycles.budgets(cycle.id()))).singleElement()
                .satisfies(b -> assertThat(b.used()).isEqualByComparingTo("1575"));

        Proposal outside = as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(), new BigDecimal("50000"),
                null, "Retention", within.version()));
        assertThat(outside.warnings()).containsExactlyInAnyOrder(ProposalWarning.OUTSIDE_GUIDELINE,
                ProposalWarning.OVER_BUDGET);
        assertThat(as(c.manager(), () -> cycles.budgets(cycle.id()))).singleElement()
                .satisfies(b -> assertThat(b.used()).as("replaced, not added").isEqualByComparingTo("5000"));

        DepartmentBudget percent = as(c.hrAdmin(), () -> cycles.setBudget(cycle.id(), c.salesId(),
                DepartmentBudget.Kind.PERCENT, new BigDecimal("10"), budget.version()));
        assertThat(percent.amount()).as("10% of the Sales payroll the HR admin sees, all of it").isPositive();
        assertThat(percent.used()).isEqualByComparingTo("5000");
    }

    @Test
    void aProposalGoesUpTheChainToHrAndIsExportedForPayrollOnceApproved() {
        finalRating(c.employee().id(), 3);
        Proposal saved = as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(), new BigDecimal("46000"),
                framework.seniorLevel(), "Ready for senior", 0));
        Proposal submitted = as(c.manager(), () -> proposals.submit(cycle.id(), c.employee().id(), saved.version()));
        assertThat(submitted.status()).isEqualTo(ProposalStatus.IN_APPROVAL);
        assertThat(submitted.stepApproverId()).as("the CEO above the manager").isEqualTo(c.ceo().id());
        assertThatThrownBy(() -> as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(),
                new BigDecimal("47000"), null, null, submitted.version())))
                .as("on its way up").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> proposals.approve(cycle.id(), c.employee().id(), null,
                submitted.version()))).as("not the manager's step").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> proposals.approve(cycle.id(), c.employee().id(), null,
                submitted.version()))).as("not HR's step yet").isInstanceOf(AccessDeniedException.class);
        assertThat(as(c.ceo(), () -> proposals.awaitingMe())).extracting(Proposal::employeeId)
                .containsExactly(c.employee().id());

        Proposal withHr = as(c.ceo(), () -> proposals.approve(cycle.id(), c.employee().id(), "Agreed",
                submitted.version()));
        assertThat(withHr.status()).as("the CEO heads Sales: next is HR").isEqualTo(ProposalStatus.WITH_HR);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> proposals.returnToProposer(cycle.id(), c.employee().id(), " ",
                withHr.version()))).as("a return says why").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> proposals.approve(cycle.id(), c.employee().id(), null,
                submitted.version()))).as("a stale version").isInstanceOf(ConcurrentEditException.class);
        Proposal returned = as(c.hrAdmin(), () -> proposals.returnToProposer(cycle.id(), c.employee().id(),
                "Effective date first", withHr.version()));
        assertThat(returned.status()).isEqualTo(ProposalStatus.RETURNED);

        Proposal again = as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(), new BigDecimal("46500"),
                framework.seniorLevel(), "Ready for senior", returned.version()));
        Proposal up = as(c.manager(), () -> proposals.submit(cycle.id(), c.employee().id(), again.version()));
        Proposal hr = as(c.ceo(), () -> proposals.approve(cycle.id(), c.employee().id(), null, up.version()));
        assertThat(as(c.hrAdmin(), () -> pay.payOf(c.employee().id())).orElseThrow().salary())
                .as("nothing is paid before approval").isEqualByComparingTo("45000");
        assertThat(as(c.hrAdmin(), () -> proposals.payrollCsv(cycle.id()))).as("nothing approved yet")
                .isEqualTo("person_id,email,old_salary,new_salary,currency,effective_date,promotion_to_level\n");
        Proposal approved = as(c.hrAdmin(), () -> proposals.approve(cycle.id(), c.employee().id(), "OK", hr.version()));
        assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);

        assertThat(as(c.manager(), () -> proposals.decisions(cycle.id(), c.employee().id())))
                .extracting(Decision::kind).containsExactly(Decision.Kind.SUBMITTED, Decision.Kind.APPROVED,
                        Decision.Kind.RETURNED, Decision.Kind.SUBMITTED, Decision.Kind.APPROVED, Decision.Kind.APPROVED);
        String csv = as(c.hrAdmin(), () -> proposals.payrollCsv(cycle.id()));
        assertThat(csv.lines()).containsExactly(
                "person_id,email,old_salary,new_salary,currency,effective_date,promotion_to_level",
                c.employee().id() + "," + c.employee().email() + ",45000.00,46500.00,SEK,2027-04-01,Engineering "
                        + c.slug() + " Senior");
        assertThatThrownBy(() -> as(c.manager(), () -> proposals.payrollCsv(cycle.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPromotionIsCheckedAgainstTheTargetLevelsExpectations() {
        finalRating(c.employee().id(), 5);
        PromotionCheck check = as(c.manager(), () -> proposals.promotionCheck(cycle.id(), c.employee().id(),
                framework.seniorLevel()));
        assertThat(check.finalRating()).isEqualTo(5);
        assertThat(check.targetLevelName()).isEqualTo("Senior");
        assertThat(check.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.competencyId()).isEqualTo(framework.coreCompetency());
            assertThat(gap.expected()).isEqualTo(4);
            assertThat(gap.assessed()).as("the manager's rating counts over the self rating").isEqualTo(1);
        });
        assertThat(as(c.manager(), () -> proposals.promotionTargets(c.employee().id())))
                .extracting(io.kadens.competencies.CareerStep::toLevelId).contains(framework.seniorLevel());
        assertThatThrownBy(() -> as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(), null,
                framework.juniorLevel(), null, 0))).as("the person's own level is no step")
                .isInstanceOf(InvalidInputException.class);
        Proposal nominated = as(c.manager(), () -> proposals.save(cycle.id(), c.employee().id(), null,
                framework.seniorLevel(), null, 0));
        assertThat(nominated.targetLevelId()).isEqualTo(framework.seniorLevel());
        assertThat(nominated.newSalary()).isNull();
    }

    @Test
    void onlyTheChainAboveAndHrProposeAndOnlyHrSetsUp() {
        assertThatThrownBy(() -> as(c.teamLead(), () -> proposals.save(cycle.id(), c.employee().id(),
                new BigDecimal("46000"), null, null, 0))).as("a peer").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> proposals.proposal(cycle.id(), c.employee().id())))
                .as("the person").isInstanceOf(AccessDeniedException.class);
        assertThat(as(c.employee(), () -> proposals.worksheet(cycle.id()))).as("no reports, no lines").isEmpty();
        assertThatThrownBy(() -> as(c.manager(), () -> cycles.setBudget(cycle.id(), c.salesId(),
                DepartmentBudget.Kind.AMOUNT, BigDecimal.TEN, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> cycles.create("x", reviewCycle, TestTenants.today(), "SEK")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> cycles.setMatrix(cycle.id(), List.of(), cycle.version() - 1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> cycles.setMatrix(cycle.id(),
                List.of(new MeritCell(9, CompaBand.LOW, BigDecimal.ONE)), cycle.version())))
                .isInstanceOf(InvalidInputException.class);
    }
}
