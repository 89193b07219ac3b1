package io.kadens.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.demo.DemoSeeder;
import io.kadens.organisation.Organisations;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo goals: every level and key-result type, history, health variety, private goals kept private. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalsDemoSeedTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    Organisations organisations;
    @Autowired
    Goals goals;
    @Autowired
    GoalQueries goalQueries;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeAll
    void seed() {
        seeder.seed();
    }

    private <T> T inTenant(String slug, java.util.function.Supplier<T> work) {
        TenantId tenant = organisations.bySlug(slug).orElseThrow().id();
        return TenantScope.call(tenant, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }

    private <T> T as(String slug, String given, String family, java.util.function.Supplier<T> work) {
        TenantId tenant = organisations.bySlug(slug).orElseThrow().id();
        UUID id = inTenant(slug, () -> db.select(DSL.field("id", UUID.class)).from("employee")
                .where(DSL.field("given_name").eq(given)).and(DSL.field("family_name").eq(family)).fetchOne().value1());
        boolean hr = inTenant(slug, () -> db.fetchExists(DSL.selectOne().from("user_role")
                .where(DSL.field("employee_id").eq(id))));
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (hr) {
            roles.add(Role.HR_ADMIN);
        }
        KadensUser user = new KadensUser(tenant, id, given.toLowerCase() + "@demo.test", given + " " + family, slug,
                slug, roles, "en");
        return TestTenants.signedIn(TestTenants.token(user), work);
    }

    @Test
    void bothCompaniesHaveGoalsAtEveryLevelWithEveryKindOfKeyResult() {
        for (String slug : List.of("acme", "globex")) {
            List<String> levels = inTenant(slug, () -> db.selectDistinct(DSL.field("level", String.class)).from("goal")
                    .fetch().getValues(0, String.class));
            assertThat(levels).as(slug).containsExactlyInAnyOrder("COMPANY", "DEPARTMENT", "TEAM", "INDIVIDUAL");
            List<String> types = inTenant(slug, () -> db.selectDistinct(DSL.field("type", String.class))
                    .from("key_result").fetch().getValues(0, String.class));
            assertThat(types).as(slug).containsExactlyInAnyOrder("NUMERIC", "PERCENTAGE", "BOOLEAN", "MILESTONES");
            assertThat(inTenant(slug, () -> db.fetchCount(DSL.table("goal_cycle"), DSL.field("closed").isTrue())))
                    .isEqualTo(1);
            assertThat(inTenant(slug, () -> db.fetchCount(DSL.table("goal"), DSL.field("visibility").eq("PRIVATE"))))
                    .isGreaterThanOrEqualTo(2);
            assertThat(inTenant(slug, () -> db.fetchCount(DSL.table("goal_check_in")))).isGreaterThan(20);
            assertThat(inTenant(slug, () -> db.selectDistinct(DSL.field("confidence")).from("goal_check_in").fetch()))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theTreeShowsMixedHealthAndPrivateGoalsStayPrivate() {
        List<GoalTreeNode> tree = as("acme", "Sara", "Nilsson", () -> goalQueries.tree(GoalTreeQuery.all()));
        Set<Health> healths = flatten(tree).stream().filter(s -> s.status() == GoalStatus.ACTIVE)
                .map(GoalSummary::health).collect(Collectors.toSet());
        assertThat(healths).contains(Health.ON_TRACK).containsAnyOf(Health.AT_RISK, Health.OFF_TRACK);
        assertThat(flatten(tree)).extracting(GoalSummary::title).contains("Bli tryggare i förhandlingar");
        assertThat(flatten(as("acme", "Erik", "Johansson", () -> goalQueries.tree(GoalTreeQuery.all()))))
                .extracting(GoalSummary::title).contains("Bli tryggare i förhandlingar");
        assertThat(flatten(as("acme", "Linnea", "Hedlund", () -> goalQueries.tree(GoalTreeQuery.all()))))
                .extracting(GoalSummary::title).doesNotContain("Bli tryggare i förhandlingar")
                .contains("Öka den återkommande intäkten med 20 %");
        assertThat(flatten(as("globex", "Emma", "Brooks", () -> goalQueries.tree(GoalTreeQuery.all()))))
                .extracting(GoalSummary::level).contains(GoalLevel.COMPANY, GoalLevel.TEAM);
    }

    private static List<GoalSummary> flatten(List<GoalTreeNode> nodes) {
        return nodes.stream().flatMap(node -> java.util.stream.Stream.concat(java.util.stream.Stream.of(node.goal()),
                flatten(node.children()).stream())).toList();
    }
}
