package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-tenant goal roll-up cache (V194, docs/decisions/2026-12-06-goal-roll-up-cache.md) with real PostgreSQL:
 * a second read at the same version reads no tables; after every kind of write, through the services, a second
 * app instance or straight in the database, the next read shows it; two tenants never see each other's goals.
 */
@KadensSpringTest
class GoalRollUpCacheTest {

    @Autowired
    Goals goals;
    @Autowired
    GoalQueries goalQueries;
    @Autowired
    GoalTracking goalTracking;
    @Autowired
    GoalAdministration administration;
    @Autowired
    GoalRollUpCache cache;
    @Autowired
    GoalRepository goalRepository;
    @Autowired
    KeyResultRepository keyResultRepository;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    UUID quarter;
    /** A company goal (HR's), with the employee's individual goal aligned below it; one numeric key result 0..100. */
    UUID company;
    UUID individual;
    UUID keyResult;

    @BeforeEach
    void goals() {
        c = tenants.create("rollup");
        LocalDate today = TestTenants.today();
        quarter = by(c.hrAdmin(), () -> administration.createCycle(new GoalCycleData("Now", CycleKind.QUARTER,
                today.minusDays(45), today.plusDays(45), false)));
        company = by(c.hrAdmin(), () -> goals.create(data("Grow " + c.slug(), GoalLevel.COMPANY, null, null,
                GoalVisibility.TENANT, Set.of())));
        individual = by(c.employee(), () -> goals.create(data("Call customers", GoalLevel.INDIVIDUAL, c.employee(),
                company, GoalVisibility.TENANT, Set.of())));
        keyResult = by(c.employee(), () -> goalTracking.addKeyResult(individual, new KeyResultData("Calls",
                KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.ZERO, "calls",
                BigDecimal.ONE, null)));
        by(c.employee(), () -> {
            goals.changeStatus(individual, version(individual), GoalStatus.ACTIVE);
            return null;
        });
    }

    private GoalData data(String title, GoalLevel level, Person owner, UUID parent, GoalVisibility visibility,
                          Set<UUID> contributors) {
        return new GoalData(title, "", level, null, null, owner == null ? null : owner.id(), contributors, parent,
                visibility, quarter, null, null, null, GoalKind.BUSINESS);
    }

    private <T> T by(Person person, Supplier<T> work) {
        return signedIn(as(c, person), work);
    }

    private <T> T in(Company company, Supplier<T> work) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }

    /** Every goal in the alignment tree as the person sees it. */
    private List<GoalSummary> tree(Company company, Person person) {
        List<GoalSummary> all = new ArrayList<>();
        signedIn(as(company, person), () -> goalQueries.tree(null)).forEach(node -> flatten(node, all));
        return all;
    }

    private static void flatten(GoalTreeNode node, List<GoalSummary> into) {
        into.add(node.goal());
        node.children().forEach(child -> flatten(child, into));
    }

    private GoalSummary seen(Person person, UUID goalId) {
        return tree(c, person).stream().filter(goal -> goal.id().equals(goalId)).findFirst().orElse(null);
    }

    private long version(UUID goalId) {
        return by(c.hrAdmin(), () -> goalQueries.detail(goalId).orElseThrow().summary().version());
    }

    @Test
    void aSecondReadAtTheSameVersionReadsNoTablesAndVisibilityStaysPerViewer() {
        UUID managersPrivate = by(c.manager(), () -> goals.create(data("Private plan", GoalLevel.INDIVIDUAL,
                c.manager(), null, GoalVisibility.PRIVATE, Set.of())));
        assertThat(seen(c.manager(), managersPrivate)).isNotNull();
        long loads = cache.loads(c.id().value());

        assertThat(seen(c.ceo(), managersPrivate)).as("above the owner").isNotNull();
        assertThat(seen(c.employee(), managersPrivate)).as("below the owner, from the same cached tenant").isNull();
        assertThat(seen(c.employee(), individual)).isNotNull();
        assertThat(cache.loads(c.id().value())).as("reads at an unchanged version").isEqualTo(loads);
    }

    @Test
    void afterEveryKindOfWriteTheNextReadShowsIt() {
        assertThat(seen(c.employee(), company).progress()).isZero();

        // A check-in moves the key result, the goal and the goal it is aligned to.
        by(c.employee(), () -> goalTracking.checkIn(individual, new NewCheckIn(keyResult, BigDecimal.valueOf(40), 7, "")));
        assertThat(seen(c.employee(), individual).progress()).isCloseTo(0.4, within(1e-9));
        assertThat(seen(c.employee(), company).progress()).isCloseTo(0.4, within(1e-9));

        // Key result edits and a new milestones key result with its milestones.
        KeyResult calls = by(c.employee(), () -> goalQueries.detail(individual).orElseThrow()).keyResults().getFirst();
        by(c.employee(), () -> {
            goalTracking.updateKeyResult(keyResult, calls.version(), new KeyResultData("Calls", KeyResultType.NUMERIC,
                    BigDecimal.ZERO, BigDecimal.valueOf(80), BigDecimal.valueOf(40), "calls", BigDecimal.ONE, null));
            return null;
        });
        assertThat(seen(c.employee(), company).progress()).isCloseTo(0.5, within(1e-9));
        UUID plan = by(c.employee(), () -> goalTracking.addKeyResult(individual, new KeyResultData("Plan",
                KeyResultType.MILESTONES, null, null, null, null, BigDecimal.ONE, List.of("Draft"))));
        assertThat(seen(c.employee(), individual).progress()).isCloseTo(0.25, within(1e-9));
        UUID review = by(c.employee(), () -> goalTracking.addMilestone(plan, "Review"));
        Milestone draft = by(c.employee(), () -> goalQueries.detail(individual).orElseThrow()).keyResults().stream()
                .filter(kr -> kr.id().equals(plan)).findFirst().orElseThrow().milestones().stream()
                .filter(m -> !m.id().equals(review)).findFirst().orElseThrow();
        by(c.employee(), () -> {
            goalTracking.setMilestoneDone(draft.id(), draft.version(), true);
            return null;
        });
        // Calls 0.5, plan 1 of 2 done.
        assertThat(seen(c.employee(), individual).progress()).isCloseTo(0.5, within(1e-9));
        assertThat(seen(c.employee(), company).progress()).isCloseTo(0.5, within(1e-9));

        // Editing a goal: its title, contributors and visibility; the contributor now counts it as theirs.
        by(c.employee(), () -> {
            goals.update(individual, version(individual), data("Call every customer", GoalLevel.INDIVIDUAL,
                    c.employee(), company, GoalVisibility.PRIVATE, Set.of(c.teamLead().id())));
            return null;
        });
        assertThat(seen(c.employee(), individual).title()).isEqualTo("Call every customer");
        assertThat(by(c.teamLead(), () -> goalQueries.myGoals(null))).extracting(GoalSummary::id).contains(individual);
        assertThat(seen(c.member(), individual)).as("private now").isNull();

        // Re-parenting: the company goal loses its only child, a new parent gains it.
        UUID other = by(c.hrAdmin(), () -> goals.create(data("Keep customers", GoalLevel.COMPANY, null, null,
                GoalVisibility.TENANT, Set.of())));
        by(c.employee(), () -> {
            goals.update(individual, version(individual), data("Call every customer", GoalLevel.INDIVIDUAL,
                    c.employee(), other, GoalVisibility.TENANT, Set.of()));
            return null;
        });
        assertThat(seen(c.hrAdmin(), company).progress()).isZero();
        assertThat(seen(c.hrAdmin(), other).progress()).isCloseTo(0.5, within(1e-9));
        assertThat(seen(c.hrAdmin(), other).childCount()).isEqualTo(1);

        // Cancelling (archiving) the child: it no longer counts in its parent.
        by(c.employee(), () -> {
            goals.changeStatus(individual, version(individual), GoalStatus.CANCELLED);
            return null;
        });
        assertThat(seen(c.hrAdmin(), individual).status()).isEqualTo(GoalStatus.CANCELLED);
        assertThat(seen(c.hrAdmin(), other).progress()).isZero();

        // The cycle's name, the owner's name and the department's name are on every goal row.
        GoalCycle cycle = by(c.hrAdmin(), administration::cycles).stream()
                .filter(found -> found.id().equals(quarter)).findFirst().orElseThrow();
        by(c.hrAdmin(), () -> {
            administration.updateCycle(quarter, cycle.version(), new GoalCycleData("Renamed quarter", cycle.kind(),
                    cycle.startsOn(), cycle.endsOn(), false));
            return null;
        });
        assertThat(seen(c.hrAdmin(), individual).cycleName()).isEqualTo("Renamed quarter");
        in(c, () -> db.update(DSL.table("employee")).set(DSL.field("given_name", String.class), "Renamed")
                .where(DSL.field("id", UUID.class).eq(c.employee().id())).execute());
        assertThat(seen(c.hrAdmin(), individual).owner().name()).isEqualTo("Renamed " + c.employee().familyName());
        UUID department = by(c.hrAdmin(), () -> goals.create(new GoalData("Sell more", "", GoalLevel.DEPARTMENT,
                c.salesId(), null, null, Set.of(), null, GoalVisibility.TENANT, quarter, null, null, null,
                GoalKind.BUSINESS)));
        assertThat(seen(c.hrAdmin(), department).departmentName()).isNotEqualTo("Field sales");
        in(c, () -> db.update(DSL.table("department")).set(DSL.field("name", String.class), "Field sales")
                .where(DSL.field("id", UUID.class).eq(c.salesId())).execute());
        assertThat(seen(c.hrAdmin(), department).departmentName()).isEqualTo("Field sales");

        // Deleting a draft.
        by(c.hrAdmin(), () -> {
            goals.deleteDraft(department, version(department));
            return null;
        });
        assertThat(seen(c.hrAdmin(), department)).isNull();
    }

    @Test
    void aWriteStraightInTheDatabaseIsSeenByTheNextRead() throws Exception {
        assertThat(seen(c.employee(), individual).title()).isEqualTo("Call customers");
        long loads = cache.loads(c.id().value());
        try (Connection owner = TestDatabase.get().openAsOwner()) {
            owner.setAutoCommit(false);
            try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, true)");
                 PreparedStatement update = owner.prepareStatement("update goal set title = 'Typed by hand' where id = ?")) {
                bind.setString(1, c.id().value().toString());
                bind.execute();
                update.setObject(1, individual);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            owner.commit();
        }
        assertThat(seen(c.employee(), individual).title()).isEqualTo("Typed by hand");
        assertThat(cache.loads(c.id().value())).isEqualTo(loads + 1);
    }

    @Test
    void aSecondAppInstanceSeesWritesMadeThroughTheFirst() {
        GoalRollUpCache secondInstance = new GoalRollUpCache(db, goalRepository, keyResultRepository, 200_000);
        assertThat(in(c, () -> secondInstance.current().progress().get(company))).isZero();
        assertThat(in(c, () -> secondInstance.current().progress().get(company))).as("cached in the second").isZero();
        assertThat(secondInstance.loads(c.id().value())).isEqualTo(1);

        by(c.employee(), () -> goalTracking.checkIn(individual, new NewCheckIn(keyResult, BigDecimal.valueOf(70), 7, "")));

        assertThat(in(c, () -> secondInstance.current().progress().get(company))).isCloseTo(0.7, within(1e-9));
        assertThat(secondInstance.loads(c.id().value())).isEqualTo(2);
    }

    @Test
    void aReaderInsideTheWritingTransactionSeesItsOwnWritesAndARollbackLeavesTheCacheRight() {
        assertThat(seen(c.employee(), individual).title()).isEqualTo("Call customers");
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        TenantScope.run(c.id(), () -> transactions.executeWithoutResult(status -> {
            db.update(DSL.table("goal")).set(DSL.field("title", String.class), "Not committed")
                    .where(DSL.field("id", UUID.class).eq(individual)).execute();
            assertThat(cache.current().all()).filteredOn(goal -> goal.id().equals(individual))
                    .extracting(GoalRepository.GoalRow::title).containsExactly("Not committed");
            status.setRollbackOnly();
        }));
        long loads = cache.loads(c.id().value());
        assertThat(seen(c.employee(), individual).title()).isEqualTo("Call customers");
        assertThat(cache.loads(c.id().value())).as("the rolled-back write moved no version").isEqualTo(loads);
    }

    @Test
    void ownGoalsComeFromTheirSubtreesAndMatchTheCachedTenant() {
        UUID mine = by(c.manager(), () -> goals.create(data("Lead the team", GoalLevel.INDIVIDUAL, c.manager(),
                company, GoalVisibility.TENANT, Set.of())));
        by(c.employee(), () -> {
            goals.update(individual, version(individual), data("Call customers", GoalLevel.INDIVIDUAL, c.employee(),
                    mine, GoalVisibility.TENANT, Set.of()));
            return null;
        });
        by(c.employee(), () -> goalTracking.checkIn(individual, new NewCheckIn(keyResult, BigDecimal.valueOf(30), 7, "")));

        long loads = cache.loads(c.id().value());
        List<GoalSummary> fromSubtrees = by(c.manager(), () -> goalQueries.myGoals(null));
        assertThat(cache.loads(c.id().value())).as("the tenant's goals were not all read").isEqualTo(loads);
        assertThat(fromSubtrees).extracting(GoalSummary::id).containsExactly(mine);
        assertThat(fromSubtrees.getFirst().progress()).isCloseTo(0.3, within(1e-9));
        assertThat(fromSubtrees.getFirst().childCount()).isEqualTo(1);

        tree(c, c.manager());
        List<GoalSummary> fromCache = by(c.manager(), () -> goalQueries.myGoals(null));
        assertThat(cache.loads(c.id().value())).isEqualTo(loads + 1);
        assertThat(fromCache).isEqualTo(fromSubtrees);
    }

    @Test
    void teamGoalsComeFromTheirSubtreesAndMatchTheCachedTenant() {
        UUID below = by(c.employee(), () -> goals.create(data("Visit customers", GoalLevel.INDIVIDUAL, c.employee(),
                individual, GoalVisibility.TENANT, Set.of())));
        by(c.employee(), () -> goalTracking.checkIn(individual, new NewCheckIn(keyResult, BigDecimal.valueOf(40), 7, "")));

        long loads = cache.loads(c.id().value());
        List<GoalSummary> fromSubtrees = by(c.manager(), () -> goalQueries.teamGoals(null));
        assertThat(cache.loads(c.id().value())).as("the tenant's goals were not all read").isEqualTo(loads);
        assertThat(fromSubtrees).extracting(GoalSummary::id).containsExactlyInAnyOrder(individual, below);
        GoalSummary employees = fromSubtrees.stream().filter(goal -> goal.id().equals(individual)).findFirst().orElseThrow();
        assertThat(employees.childCount()).isEqualTo(1);
        assertThat(by(c.employee(), () -> goalQueries.teamGoals(null))).as("nobody reports to the employee").isEmpty();

        tree(c, c.manager());
        List<GoalSummary> fromCache = by(c.manager(), () -> goalQueries.teamGoals(null));
        assertThat(cache.loads(c.id().value())).isEqualTo(loads + 1);
        assertThat(fromCache).isEqualTo(fromSubtrees);
    }

    @Test
    void twoTenantsNeverSeeEachOthersCachedGoals() {
        Company d = tenants.create("rollupother");
        UUID dCycle = signedIn(as(d, d.hrAdmin()), () -> administration.createCycle(new GoalCycleData("Now",
                CycleKind.QUARTER, TestTenants.today().minusDays(10), TestTenants.today().plusDays(10), false)));
        UUID dGoal = signedIn(as(d, d.hrAdmin()), () -> goals.create(new GoalData("Grow " + d.slug(), "",
                GoalLevel.COMPANY, null, null, null, Set.of(), null, GoalVisibility.TENANT, dCycle, null, null, null,
                GoalKind.BUSINESS)));

        // Both tenants' goals cached, read in turn, by HR admins who see everything of their own tenant.
        for (int round = 0; round < 2; round++) {
            assertThat(tree(c, c.hrAdmin())).extracting(GoalSummary::id).contains(company, individual)
                    .doesNotContain(dGoal);
            assertThat(tree(c, c.hrAdmin())).extracting(GoalSummary::title).noneMatch(t -> t.contains(d.slug()));
            assertThat(tree(d, d.hrAdmin())).extracting(GoalSummary::id).containsExactly(dGoal);
            assertThat(signedIn(as(d, d.hrAdmin()), () -> goalQueries.detail(company))).isEmpty();
        }
        assertThat(in(c, () -> cache.current().tenantId())).isEqualTo(c.id().value());
        assertThat(in(d, () -> cache.current().all())).extracting(GoalRepository.GoalRow::id).containsExactly(dGoal);
        // Each tenant reads its own version row only.
        assertThat(in(d, () -> db.fetchCount(DSL.table("goal_roll_up_version")))).isEqualTo(1);
        assertThat(in(d, () -> db.fetchValue(DSL.select(DSL.field("tenant_id", UUID.class))
                .from(DSL.table("goal_roll_up_version")))))
                .isEqualTo(d.id().value());
    }
}
