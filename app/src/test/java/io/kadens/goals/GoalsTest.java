package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.settings.GoalSetters;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Goals through the service with real PostgreSQL: policy per role, visibility, validation, locking, roll-up. */
@KadensSpringTest
class GoalsTest {

    @Autowired
    Goals goals;
    @Autowired
    GoalCopying goalCopying;
    @Autowired
    GoalDiscussion goalDiscussion;
    @Autowired
    GoalQueries goalQueries;
    @Autowired
    GoalTracking goalTracking;
    @Autowired
    StaleGoals staleGoals;
    @Autowired
    GoalAdministration administration;
    @Autowired
    TenantSettingsService settings;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    UUID quarter;

    @BeforeEach
    void company() {
        c = tenants.create("goals");
        LocalDate today = TestTenants.today();
        quarter = asHr(() -> administration.createCycle(new GoalCycleData("Now", CycleKind.QUARTER,
                today.minusDays(45), today.plusDays(45), false)));
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private <T> T by(Person person, Supplier<T> work) {
        return signedIn(as(c, person), work);
    }

    private <T> T asHr(Supplier<T> work) {
        return by(c.hrAdmin(), work);
    }

    private void settings(GoalSetters departments, GoalSetters teams, boolean approval) {
        asHr(() -> {
            TenantSettings s = settings.current();
            return settings.update(new TenantSettings(s.name(), s.locale(), s.timeZone(), s.fiscalYearStartMonth(),
                    s.defaultCadence(), s.ratingLabels(), s.anonymityThreshold(), departments, teams, approval,
                    s.aiMode(), s.version()));
        });
    }

    private GoalData goal(String title, GoalLevel level, UUID department, UUID owner, UUID parent,
                          GoalVisibility visibility) {
        return new GoalData(title, "", level, department, null, owner, Set.of(), parent, visibility, quarter, null,
                null, null, GoalKind.BUSINESS);
    }

    private GoalData individual(String title, Person owner, GoalVisibility visibility) {
        return goal(title, GoalLevel.INDIVIDUAL, null, owner.id(), null, visibility);
    }

    private static void assertField(Runnable work, String field, String key) {
        assertThatThrownBy(work::run).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of(field, key));
    }

    private long version(Person person, UUID goalId) {
        return by(person, () -> goalQueries.detail(goalId).orElseThrow().summary().version());
    }

    private void activate(Person person, UUID goalId) {
        by(person, () -> {
            goals.changeStatus(goalId, goalQueries.detail(goalId).orElseThrow().summary().version(), GoalStatus.ACTIVE);
            return null;
        });
    }

    // ------------------------------------------------------------------ policy

    @Test
    void companyGoalsAreLeadershipsAlone() {
        GoalData company = goal("Grow revenue", GoalLevel.COMPANY, null, null, null, GoalVisibility.TENANT);
        assertField(() -> by(c.employee(), () -> goals.create(company)), "level", "goals.policy.company");
        assertField(() -> by(c.manager(), () -> goals.create(company)), "level", "goals.policy.company");
        assertThat(asHr(() -> goals.create(company))).isNotNull();
        assertThat(by(c.ceo(), () -> goals.create(company))).isNotNull();
        assertThat(by(c.employee(), goals::levelsICanCreate)).containsExactly(GoalLevel.INDIVIDUAL);
        assertThat(by(c.ceo(), goals::levelsICanCreate)).contains(GoalLevel.COMPANY, GoalLevel.DEPARTMENT);
    }

    @Test
    void departmentGoalsFollowTheTenantsSetting() {
        GoalData sales = goal("Sales pipeline", GoalLevel.DEPARTMENT, c.salesId(), null, null, GoalVisibility.TENANT);
        GoalData support = goal("Support speed", GoalLevel.DEPARTMENT, c.supportId(), null, null,
                GoalVisibility.TENANT);
        settings(GoalSetters.LEADERSHIP, GoalSetters.LEADS, false);
        assertField(() -> by(c.manager(), () -> goals.create(sales)), "departmentId", "goals.policy.department");
        assertThat(by(c.ceo(), () -> goals.create(sales))).isNotNull();

        settings(GoalSetters.LEADS, GoalSetters.LEADS, false);
        assertThat(by(c.manager(), () -> goals.create(sales))).isNotNull();
        assertThat(by(c.teamLead(), () -> goals.create(sales))).isNotNull();
        // Another department's lead, and an employee without reports, may not.
        assertField(() -> by(c.teamLead(), () -> goals.create(support)), "departmentId", "goals.policy.department");
        assertField(() -> by(c.employee(), () -> goals.create(sales)), "departmentId", "goals.policy.department");
        assertThat(asHr(() -> goals.create(support))).isNotNull();
    }

    @Test
    void individualGoalsAreForOneselfOrOnesReports() {
        assertThat(by(c.employee(), () -> goals.create(individual("Learn SQL", c.employee(), GoalVisibility.TENANT))))
                .isNotNull();
        assertThat(by(c.manager(), () -> goals.create(individual("Close deals", c.employee(), GoalVisibility.TENANT))))
                .isNotNull();
        assertThat(by(c.ceo(), () -> goals.create(individual("Mentor", c.member(), GoalVisibility.TENANT))))
                .isNotNull();
        assertField(() -> by(c.employee(), () -> goals.create(individual("x", c.member(), GoalVisibility.TENANT))),
                "ownerId", "goals.policy.individual");
        assertField(() -> by(c.teamLead(), () -> goals.create(individual("x", c.employee(), GoalVisibility.TENANT))),
                "ownerId", "goals.policy.individual");
    }

    @Test
    void withApprovalOnAnIndividualGoalWaitsForTheManager() {
        settings(GoalSetters.LEADERSHIP, GoalSetters.LEADS, true);
        UUID goal = by(c.employee(), () -> goals.create(individual("Certify", c.employee(), GoalVisibility.PRIVATE)));
        assertField(() -> activate(c.employee(), goal), "status", "goals.status.needs-approval");

        by(c.employee(), () -> {
            goals.submitForApproval(goal, version(c.employee(), goal));
            return null;
        });
        assertThat(by(c.manager(), goalQueries::pendingApprovals)).extracting(GoalSummary::id).containsExactly(goal);
        assertThat(by(c.manager(), () -> goalQueries.detail(goal).orElseThrow().mayApprove())).isTrue();
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().mayApprove())).isFalse();
        assertThatThrownBy(() -> by(c.teamLead(), () -> {
            goals.approve(goal, 1, "fine");
            return null;
        })).isInstanceOf(GoalNotFoundException.class); // a private goal the lead cannot even see

        assertField(() -> by(c.manager(), () -> {
            goals.returnForChanges(goal, version(c.manager(), goal), " ");
            return null;
        }), "comment", "goals.approval.comment.required");
        by(c.manager(), () -> {
            goals.returnForChanges(goal, version(c.manager(), goal), "Add a date");
            return null;
        });
        GoalDetail returned = by(c.employee(), () -> goalQueries.detail(goal).orElseThrow());
        assertThat(returned.summary().approval()).isEqualTo(ApprovalState.RETURNED);
        assertThat(returned.summary().status()).isEqualTo(GoalStatus.DRAFT);
        assertThat(returned.approvalComment()).isEqualTo("Add a date");
        assertThat(by(c.employee(), () -> goalDiscussion.comments(goal))).extracting(GoalComment::body).contains("Add a date");

        by(c.employee(), () -> {
            goals.submitForApproval(goal, version(c.employee(), goal));
            return null;
        });
        by(c.manager(), () -> {
            goals.approve(goal, version(c.manager(), goal), null);
            return null;
        });
        GoalSummary approved = by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().summary());
        assertThat(approved.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(approved.approval()).isEqualTo(ApprovalState.APPROVED);

        // A manager activating a report's draft approves it by doing so.
        UUID second = by(c.employee(), () -> goals.create(individual("Second", c.employee(), GoalVisibility.TENANT)));
        activate(c.manager(), second);
        assertThat(by(c.employee(), () -> goalQueries.detail(second).orElseThrow().summary().approval()))
                .isEqualTo(ApprovalState.APPROVED);
    }

    @Test
    void withoutApprovalTheOwnerActivatesTheirOwnGoal() {
        settings(GoalSetters.LEADERSHIP, GoalSetters.LEADS, false);
        UUID goal = by(c.employee(), () -> goals.create(individual("Certify", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), goal);
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().summary().status()))
                .isEqualTo(GoalStatus.ACTIVE);
        assertField(() -> by(c.employee(), () -> {
            goals.submitForApproval(goal, version(c.employee(), goal));
            return null;
        }), "approval", "goals.approval.not-needed");
    }

    @Test
    void onlyTheInnerCircleEdits() {
        UUID goal = by(c.employee(), () -> goals.create(new GoalData("Shared", "", GoalLevel.INDIVIDUAL, null, null,
                c.employee().id(), Set.of(c.member().id()), null, GoalVisibility.TENANT, quarter, null, null, null,
                GoalKind.DEVELOPMENT)));
        assertThat(by(c.member(), () -> goalQueries.detail(goal).orElseThrow().mayEdit())).isTrue();
        assertThat(by(c.manager(), () -> goalQueries.detail(goal).orElseThrow().mayEdit())).isTrue();
        assertThat(by(c.teamLead(), () -> goalQueries.detail(goal).orElseThrow().mayEdit())).isFalse();
        assertThatThrownBy(() -> by(c.teamLead(), () -> goalDiscussion.comment(goal, "hi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(by(c.member(), () -> goalDiscussion.comment(goal, "On it"))).isNotNull();
    }

    // ------------------------------------------------------------------ visibility

    @Test
    void privateGoalsShowOnlyToOwnerContributorsManagerChainAndHr() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Private", c.employee(), GoalVisibility.PRIVATE)));
        for (Person person : List.of(c.employee(), c.manager(), c.ceo(), c.hrAdmin())) {
            assertThat(by(person, () -> goalQueries.isVisible(goal))).as(person.familyName()).isTrue();
        }
        for (Person person : List.of(c.teamLead(), c.member())) {
            assertThat(by(person, () -> goalQueries.isVisible(goal))).as(person.familyName()).isFalse();
            assertThat(by(person, () -> goalQueries.detail(goal))).isEmpty();
            assertThat(by(person, () -> goalQueries.visibleGoal(goal))).isEmpty();
            assertThatThrownBy(() -> by(person, () -> goalTracking.checkIns(goal))).isInstanceOf(GoalNotFoundException.class);
        }
        assertThat(by(c.manager(), () -> goalQueries.visibleGoal(goal)).orElseThrow().title()).isEqualTo("Private");
    }

    @Test
    void teamVisibilityOpensTheGoalToItsDepartment() {
        settings(GoalSetters.LEADS, GoalSetters.LEADS, false);
        UUID sales = by(c.manager(), () -> goals.create(goal("Sales only", GoalLevel.DEPARTMENT, c.salesId(), null,
                null, GoalVisibility.TEAM)));
        assertThat(by(c.member(), () -> goalQueries.isVisible(sales))).isTrue();
        assertThat(by(c.employee(), () -> goalQueries.isVisible(sales))).isTrue();
        // Someone of another department who is not above the owner: the HR admin sees it as HR only.
        UUID privateToSupport = asHr(() -> goals.create(goal("Support only", GoalLevel.DEPARTMENT, c.supportId(),
                null, null, GoalVisibility.TEAM)));
        assertThat(by(c.member(), () -> goalQueries.isVisible(privateToSupport))).isFalse();
        assertThat(by(c.member(), () -> goalQueries.tree(GoalTreeQuery.all()))).extracting(node -> node.goal().id())
                .contains(sales).doesNotContain(privateToSupport);
    }

    @Test
    void aParentTheUserMayNotSeeIsRefusedLikeAMissingOne() {
        UUID hidden = by(c.employee(), () -> goals.create(individual("Hidden", c.employee(), GoalVisibility.PRIVATE)));
        GoalData underHidden = goal("Mine", GoalLevel.INDIVIDUAL, null, c.teamLead().id(), hidden,
                GoalVisibility.TENANT);
        GoalData underNothing = goal("Mine", GoalLevel.INDIVIDUAL, null, c.teamLead().id(), UUID.randomUUID(),
                GoalVisibility.TENANT);
        assertField(() -> by(c.teamLead(), () -> goals.create(underHidden)), "parentId", "goals.parent.not-found");
        assertField(() -> by(c.teamLead(), () -> goals.create(underNothing)), "parentId", "goals.parent.not-found");
        assertThat(by(c.manager(), () -> goals.create(goal("Aligned", GoalLevel.INDIVIDUAL, null, c.manager().id(),
                hidden, GoalVisibility.TENANT)))).isNotNull();
    }

    // ------------------------------------------------------------------ alignment, periods, locking

    @Test
    void alignmentCyclesAreRefusedByTheServiceAndByTheDatabase() {
        UUID a = asHr(() -> goals.create(goal("A", GoalLevel.COMPANY, null, null, null, GoalVisibility.TENANT)));
        UUID b = asHr(() -> goals.create(goal("B", GoalLevel.COMPANY, null, null, a, GoalVisibility.TENANT)));
        UUID cc = asHr(() -> goals.create(goal("C", GoalLevel.COMPANY, null, null, b, GoalVisibility.TENANT)));
        assertField(() -> asHr(() -> {
            goals.update(a, version(c.hrAdmin(), a), goal("A", GoalLevel.COMPANY, null, null, cc,
                    GoalVisibility.TENANT));
            return null;
        }), "parentId", "goals.parent.cycle");
        assertField(() -> asHr(() -> {
            goals.update(a, version(c.hrAdmin(), a), goal("A", GoalLevel.COMPANY, null, null, a,
                    GoalVisibility.TENANT));
            return null;
        }), "parentId", "goals.parent.cycle");

        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> TenantScope.run(c.id(), () -> transactions.executeWithoutResult(status ->
                db.update(DSL.table("goal")).set(DSL.field("parent_id", UUID.class), cc)
                        .where(DSL.field("id", UUID.class).eq(a)).execute())))
                .rootCause().hasMessageContaining("goal alignment cycle");
        assertThat(asHr(() -> goalQueries.detail(a).orElseThrow().summary().parentId())).isNull();

        // One statement that writes two new goals aligned to each other (an import, copied goals): the second row's
        // check sees the first row of the same statement, so the pair is refused and nothing is written.
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UUID owner = c.hrAdmin().id();
        assertThatThrownBy(() -> TenantScope.run(c.id(), () -> transactions.executeWithoutResult(status -> db.execute(
                "insert into goal (id, title, level, owner_id, visibility, kind, status, cycle_id, parent_id, created_by)"
                        + " values (?, 'X', 'COMPANY', ?, 'TENANT', 'BUSINESS', 'ACTIVE', ?, ?, ?),"
                        + " (?, 'Y', 'COMPANY', ?, 'TENANT', 'BUSINESS', 'ACTIVE', ?, ?, ?)",
                x, owner, quarter, y, owner, y, owner, quarter, x, owner))))
                .rootCause().hasMessageContaining("goal alignment cycle");
        assertThat(asHr(() -> goalQueries.detail(x).isPresent())).isFalse();
        // A long chain written in one statement is accepted: each row walks the parents written before it.
        TenantScope.run(c.id(), () -> transactions.executeWithoutResult(status -> db.execute(
                "insert into goal (id, title, level, owner_id, visibility, kind, status, cycle_id, parent_id, created_by)"
                        + " select md5(?::text || s)::uuid, 'Step ' || s, 'COMPANY', ?, 'TENANT', 'BUSINESS', 'ACTIVE', ?,"
                        + " case when s = 1 then ?::uuid else md5(?::text || (s - 1))::uuid end, ? from generate_series(1, 50) s",
                x, owner, quarter, cc, x, owner)));
        Integer steps = TenantScope.call(c.id(), () -> transactions.execute(status -> db.fetchCount(
                DSL.table("goal"), DSL.field("title", String.class).like("Step %"))));
        assertThat(steps).isEqualTo(50);
    }

    @Test
    void aClosedCycleRefusesNewAndChangedGoals() {
        LocalDate today = TestTenants.today();
        UUID closed = asHr(() -> administration.createCycle(new GoalCycleData("Last quarter", CycleKind.QUARTER,
                today.minusDays(180), today.minusDays(91), true)));
        GoalData inClosed = new GoalData("Old", "", GoalLevel.INDIVIDUAL, null, null, null, Set.of(), null,
                GoalVisibility.TENANT, closed, null, null, null, GoalKind.BUSINESS);
        assertField(() -> by(c.employee(), () -> goals.create(inClosed)), "cycleId", "goals.cycle.closed");

        UUID goal = by(c.employee(), () -> goals.create(individual("Now", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), goal);
        GoalCycle cycle = asHr(() -> administration.cycles()).stream().filter(x -> x.id().equals(quarter))
                .findFirst().orElseThrow();
        asHr(() -> {
            administration.updateCycle(quarter, cycle.version(), new GoalCycleData(cycle.name(), cycle.kind(),
                    cycle.startsOn(), cycle.endsOn(), true));
            return null;
        });
        assertField(() -> by(c.employee(), () -> {
            goals.update(goal, version(c.employee(), goal), individual("Changed", c.employee(), GoalVisibility.TENANT));
            return null;
        }), "cycleId", "goals.cycle.closed");
        assertField(() -> by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(null, BigDecimal.TEN, 5, ""))),
                "cycleId", "goals.cycle.closed");
    }

    @Test
    void concurrentEditsAreRefused() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Mine", c.employee(), GoalVisibility.TENANT)));
        long version = version(c.employee(), goal);
        by(c.manager(), () -> {
            goals.update(goal, version, individual("Manager's words", c.employee(), GoalVisibility.TENANT));
            return null;
        });
        assertThatThrownBy(() -> by(c.employee(), () -> {
            goals.update(goal, version, individual("My words", c.employee(), GoalVisibility.TENANT));
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().summary().title()))
                .isEqualTo("Manager's words");
    }

    // ------------------------------------------------------------------ key results, check-ins, roll-up

    @Test
    void keyResultValuesOutsideTheirTypeAreRefusedAtTheField() {
        UUID goal = by(c.employee(), () -> goals.create(individual("KR", c.employee(), GoalVisibility.TENANT)));
        by(c.employee(), () -> {
            assertField(() -> goalTracking.addKeyResult(goal, new KeyResultData("p", KeyResultType.PERCENTAGE,
                    BigDecimal.ZERO, BigDecimal.valueOf(120), null, null, null, null)), "targetValue",
                    "goals.keyresult.percentage.range");
            assertField(() -> goalTracking.addKeyResult(goal, new KeyResultData("n", KeyResultType.NUMERIC,
                    BigDecimal.TEN, BigDecimal.TEN, null, "kr", null, null)), "targetValue",
                    "goals.keyresult.target.same");
            assertField(() -> goalTracking.addKeyResult(goal, new KeyResultData("b", KeyResultType.BOOLEAN, null, null,
                    BigDecimal.valueOf(2), null, null, null)), "currentValue", "goals.keyresult.boolean.value");
            assertField(() -> goalTracking.addKeyResult(goal, new KeyResultData("m", KeyResultType.MILESTONES, null, null,
                    null, null, null, List.of())), "milestones", "goals.keyresult.milestones.required");
            assertField(() -> goalTracking.addKeyResult(goal, new KeyResultData("n", KeyResultType.NUMERIC, null,
                    BigDecimal.TEN, null, null, BigDecimal.ZERO, null)), "weight", "goals.keyresult.weight.invalid");
            assertThat(goalQueries.detail(goal).orElseThrow().keyResults()).isEmpty();
            return null;
        });
    }

    @Test
    void checkInsMoveKeyResultsAndRollUpWeighted() {
        UUID parent = asHr(() -> goals.create(goal("Parent", GoalLevel.COMPANY, null, null, null,
                GoalVisibility.TENANT)));
        UUID goal = by(c.employee(), () -> goals.create(new GoalData("Child", "", GoalLevel.INDIVIDUAL, null, null,
                null, Set.of(), parent, GoalVisibility.TENANT, quarter, null, null, BigDecimal.valueOf(3),
                GoalKind.BUSINESS)));
        UUID cancelled = by(c.employee(), () -> goals.create(new GoalData("Dropped", "", GoalLevel.INDIVIDUAL, null,
                null, null, Set.of(), parent, GoalVisibility.TENANT, quarter, null, null, null, GoalKind.BUSINESS)));
        activate(c.employee(), goal);
        by(c.employee(), () -> {
            goals.changeStatus(cancelled, goalQueries.detail(cancelled).orElseThrow().summary().version(),
                    GoalStatus.CANCELLED);
            return null;
        });
        UUID numeric = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Calls", KeyResultType.NUMERIC,
                BigDecimal.ZERO, BigDecimal.valueOf(200), null, "calls", BigDecimal.ONE, null)));
        UUID milestones = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Plan",
                KeyResultType.MILESTONES, null, null, null, null, BigDecimal.ONE, List.of("Draft", "Review"))));

        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(numeric, BigDecimal.valueOf(100), 7, "Halfway")));
        GoalDetail detail = by(c.employee(), () -> goalQueries.detail(goal).orElseThrow());
        KeyResult calls = detail.keyResults().stream().filter(kr -> kr.id().equals(numeric)).findFirst().orElseThrow();
        assertThat(calls.currentValue()).isEqualByComparingTo("100");
        assertThat(calls.progress()).isEqualTo(0.5);
        assertThat(detail.summary().progress()).isCloseTo(0.25, within(1e-9));

        Milestone first = detail.keyResults().stream().filter(kr -> kr.id().equals(milestones)).findFirst()
                .orElseThrow().milestones().getFirst();
        by(c.employee(), () -> {
            goalTracking.setMilestoneDone(first.id(), first.version(), true);
            return null;
        });
        // Calls 0.5 and plan 0.5 → the child is at 0.5; the cancelled sibling does not count in the parent.
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().summary().progress()))
                .isCloseTo(0.5, within(1e-9));
        assertThat(by(c.employee(), () -> goalQueries.detail(parent).orElseThrow().summary().progress()))
                .isCloseTo(0.5, within(1e-9));

        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(numeric, BigDecimal.valueOf(200), 9, "")));
        List<CheckIn> history = by(c.manager(), () -> goalTracking.checkIns(goal));
        assertThat(history).extracting(CheckIn::confidence).containsExactly(7, 9);
        assertThat(history.get(0).goalProgress()).isCloseTo(0.25, within(1e-6));
        assertThat(history.get(1).goalProgress()).isCloseTo(0.75, within(1e-6));

        assertField(() -> by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(numeric, null, 5, ""))),
                "value", "goals.checkin.value.required");
        assertField(() -> by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(numeric, BigDecimal.ONE, 11, ""))),
                "confidence", "goals.checkin.confidence.range");
        assertField(() -> by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(null, BigDecimal.ONE, 5, ""))),
                "value", "goals.checkin.progress.from-key-results");
        assertThat(by(c.employee(), () -> goalTracking.checkIns(goal))).hasSize(2);
    }

    @Test
    void aGoalWithoutKeyResultsTakesItsProgressFromGoalCheckIns() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Plain", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), goal);
        assertField(() -> by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(null, BigDecimal.valueOf(101), 5,
                ""))), "value", "goals.checkin.progress.range");
        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(null, BigDecimal.valueOf(40), 6, "")));
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().summary().progress()))
                .isCloseTo(0.4, within(1e-9));
    }

    @Test
    void healthCanBeOverriddenWithAReason() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Late", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), goal);
        // Half the quarter has passed with no progress.
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().computedHealth()))
                .isEqualTo(Health.OFF_TRACK);
        assertField(() -> by(c.employee(), () -> {
            goals.overrideHealth(goal, version(c.employee(), goal), Health.ON_TRACK, "  ");
            return null;
        }), "reason", "goals.health.reason.required");
        by(c.manager(), () -> {
            goals.overrideHealth(goal, version(c.manager(), goal), Health.ON_TRACK, "Contract signed, booked next week");
            return null;
        });
        GoalDetail detail = by(c.employee(), () -> goalQueries.detail(goal).orElseThrow());
        assertThat(detail.summary().health()).isEqualTo(Health.ON_TRACK);
        assertThat(detail.summary().healthOverridden()).isTrue();
        assertThat(detail.override().by().id()).isEqualTo(c.manager().id());
        assertThat(detail.computedHealth()).isEqualTo(Health.OFF_TRACK);
        assertThat(by(c.employee(), () -> goalQueries.tree(new GoalTreeQuery(null, null, null, null, Health.ON_TRACK,
                null)))).extracting(node -> node.goal().id()).contains(goal);
    }

    // ------------------------------------------------------------------ lists, stale goals, copy, delete

    @Test
    void myAndTeamListsAndTheFilteredTree() {
        UUID top = asHr(() -> goals.create(goal("Win the market", GoalLevel.COMPANY, null, null, null,
                GoalVisibility.TENANT)));
        UUID mine = by(c.employee(), () -> goals.create(goal("Ship the importer", GoalLevel.INDIVIDUAL, null, null,
                top, GoalVisibility.TENANT)));
        UUID lead = by(c.teamLead(), () -> goals.create(goal("Coach the team", GoalLevel.INDIVIDUAL, null, null, null,
                GoalVisibility.TENANT)));
        assertThat(by(c.employee(), () -> goalQueries.myGoals(null))).extracting(GoalSummary::id).containsExactly(mine);
        assertThat(by(c.manager(), () -> goalQueries.teamGoals(null))).extracting(GoalSummary::id)
                .containsExactlyInAnyOrder(mine, lead);
        assertThat(by(c.employee(), () -> goalQueries.teamGoals(null))).isEmpty();

        List<GoalTreeNode> filtered = by(c.member(), () -> goalQueries.tree(new GoalTreeQuery(null, null, null, null, null,
                "importer")));
        assertThat(filtered).singleElement().satisfies(root -> {
            assertThat(root.goal().id()).isEqualTo(top);
            assertThat(root.matched()).isFalse();
            assertThat(root.children()).singleElement().satisfies(child -> {
                assertThat(child.goal().id()).isEqualTo(mine);
                assertThat(child.matched()).isTrue();
            });
        });
        assertThat(by(c.member(), () -> goalQueries.treeLevel(null, GoalTreeQuery.all()))).extracting(GoalSummary::id)
                .contains(top, lead).doesNotContain(mine);
        assertThat(by(c.member(), () -> goalQueries.treeLevel(top, GoalTreeQuery.all()))).extracting(GoalSummary::id)
                .containsExactly(mine);
        assertThat(by(c.member(), () -> goalQueries.treeLevel(null, GoalTreeQuery.all()))).filteredOn(s -> s.id().equals(top))
                .singleElement().extracting(GoalSummary::childCount).isEqualTo(1);
    }

    @Test
    void goalsNobodyUpdatedForTheTenantsDaysAreStale() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Quiet", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), goal);
        assertThat(by(c.employee(), () -> staleGoals.of(c.employee().id()))).isEmpty();
        clock.advance(Duration.ofDays(15));
        assertThat(by(c.manager(), () -> staleGoals.of(c.employee().id()))).extracting(s -> s.goal().id())
                .containsExactly(goal);
        assertThatThrownBy(() -> by(c.teamLead(), () -> staleGoals.of(c.employee().id())))
                .isInstanceOf(AccessDeniedException.class);
        asHr(() -> administration.updateSettings(new GoalSettings(30, administration.settings().version())));
        assertThat(by(c.employee(), () -> staleGoals.of(c.employee().id()))).isEmpty();
        assertField(() -> asHr(() -> administration.updateSettings(new GoalSettings(91, 1))), "staleAfterDays",
                "goals.settings.stale.range");
    }

    @Test
    void copyingIntoTheNextCycleResetsKeyResults() {
        LocalDate today = TestTenants.today();
        UUID next = asHr(() -> administration.createCycle(new GoalCycleData("Next", CycleKind.QUARTER,
                today.plusDays(46), today.plusDays(136), false)));
        UUID goal = by(c.employee(), () -> goals.create(individual("Repeat", c.employee(), GoalVisibility.PRIVATE)));
        activate(c.employee(), goal);
        UUID kr = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("NPS", KeyResultType.NUMERIC,
                BigDecimal.valueOf(30), BigDecimal.valueOf(50), null, "points", null, null)));
        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(kr, BigDecimal.valueOf(45), 8, "")));
        UUID copy = by(c.employee(), () -> goalCopying.copyToCycle(List.of(goal), next)).getFirst();
        GoalDetail copied = by(c.employee(), () -> goalQueries.detail(copy).orElseThrow());
        assertThat(copied.summary().cycleId()).isEqualTo(next);
        assertThat(copied.summary().status()).isEqualTo(GoalStatus.DRAFT);
        assertThat(copied.summary().visibility()).isEqualTo(GoalVisibility.PRIVATE);
        assertThat(copied.keyResults()).singleElement().satisfies(k -> {
            assertThat(k.currentValue()).isEqualByComparingTo("30");
            assertThat(k.targetValue()).isEqualByComparingTo("50");
        });
        assertThatThrownBy(() -> by(c.teamLead(), () -> goalCopying.copyToCycle(List.of(goal), next)))
                .isInstanceOf(GoalNotFoundException.class);
    }

    @Test
    void onlyDraftsAreDeleted() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Draft", c.employee(), GoalVisibility.TENANT)));
        by(c.employee(), () -> goalDiscussion.comment(goal, "first thoughts"));
        by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Done", KeyResultType.BOOLEAN, null, null,
                null, null, null, null)));
        UUID active = by(c.employee(), () -> goals.create(individual("Active", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), active);
        assertField(() -> by(c.employee(), () -> {
            goals.deleteDraft(active, version(c.employee(), active));
            return null;
        }), "status", "goals.delete.not-draft");
        by(c.employee(), () -> {
            goals.deleteDraft(goal, version(c.employee(), goal));
            return null;
        });
        assertThat(by(c.employee(), () -> goalQueries.detail(goal))).isEmpty();
    }

    @Autowired
    io.kadens.ai.KnowledgeIndex knowledge;
    @Autowired
    io.kadens.ai.SearchAccessRules searchAccess;
    @Autowired
    GoalSearchAccess citations;

    @Test
    void goalsAreIndexedForSimilarGoalsAndCitedOnlyWhereVisible() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Reduce churn among small customers",
                c.employee(), GoalVisibility.PRIVATE)));
        by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Monthly churn", KeyResultType.PERCENTAGE,
                BigDecimal.valueOf(4), BigDecimal.valueOf(2), null, null, null, null)));
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        io.kadens.ai.SourceRef source = io.kadens.ai.SourceRef.of(Goals.SOURCE_TYPE, goal);
        Integer indexed = TenantScope.call(c.id(), () -> transactions.execute(s -> knowledge.chunkCount(source)));
        assertThat(indexed).isEqualTo(1);
        List<io.kadens.ai.KnowledgeHit> hits = by(c.employee(), () -> searchAccess.search(new io.kadens.ai.KnowledgeQuery(
                "churn of small customers", 5, Set.of(Goals.SOURCE_TYPE), null, null)));
        assertThat(hits).extracting(hit -> hit.source().id()).contains(goal.toString());
        assertThat(hits.getFirst().text()).contains("Monthly churn", "4% → 2%");

        assertThat(citations.sourceTypes()).containsExactly(Goals.SOURCE_TYPE);
        assertThat(by(c.manager(), () -> citations.visibleToRequester(List.of(source)))).containsExactly(source);
        assertThat(by(c.teamLead(), () -> citations.visibleToRequester(List.of(source)))).isEmpty();
        assertThat(by(c.teamLead(), () -> citations.visibleToRequester(List.of(
                new io.kadens.ai.SourceRef(Goals.SOURCE_TYPE, "not-a-uuid"))))).isEmpty();

        by(c.employee(), () -> {
            goals.deleteDraft(goal, version(c.employee(), goal));
            return null;
        });
        Integer afterDelete = TenantScope.call(c.id(), () -> transactions.execute(s -> knowledge.chunkCount(source)));
        assertThat(afterDelete).isZero();
    }

    @Test
    void deletingAKeyResultTakesItsCheckInsAlong() {
        UUID goal = by(c.employee(), () -> goals.create(individual("Two results", c.employee(), GoalVisibility.TENANT)));
        activate(c.employee(), goal);
        UUID first = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("First", KeyResultType.BOOLEAN,
                null, null, null, null, null, null)));
        UUID second = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Second",
                KeyResultType.BOOLEAN, null, null, null, null, null, null)));
        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(first, BigDecimal.ONE, 9, "")));
        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(second, BigDecimal.ZERO, 4, "")));
        long version = by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().keyResults().stream()
                .filter(kr -> kr.id().equals(first)).findFirst().orElseThrow().version());
        by(c.employee(), () -> {
            goalTracking.deleteKeyResult(first, version);
            return null;
        });
        assertThat(by(c.employee(), () -> goalTracking.checkIns(goal))).extracting(CheckIn::keyResultId)
                .containsExactly(second);
    }

    @Autowired
    io.kadens.privacy.PrivacyService privacy;

    @Test
    void aPersonsDataExportHoldsTheirGoalsCheckInsAndComments() throws Exception {
        UUID goal = by(c.employee(), () -> goals.create(individual("Exported ambition", c.employee(),
                GoalVisibility.PRIVATE)));
        activate(c.employee(), goal);
        by(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(null, BigDecimal.valueOf(20), 6, "Slow start")));
        by(c.employee(), () -> goalDiscussion.comment(goal, "Note to self"));
        byte[] zip = asHr(() -> privacy.export(c.employee().id()));
        Map<String, String> files = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("goals-owned.json")).contains("Exported ambition");
        assertThat(files.get("goals-check-ins.json")).contains("Slow start");
        assertThat(files.get("goals-comments.json")).contains("Note to self");
    }
}
