package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SourceRef;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goals reach the knowledge index through listeners on their events, after commit, and Spring Modulith's
 * event publication registry replays what a listener could not finish
 * (docs/decisions/2026-12-05-events-and-publication-registry.md).
 */
@KadensSpringTest
class GoalKnowledgeIndexingTest {

    @Autowired
    Goals goals;
    @Autowired
    GoalTracking goalTracking;
    @Autowired
    GoalAdministration administration;
    @Autowired
    KnowledgeIndex knowledge;
    @Autowired
    IncompleteEventPublications incompletePublications;
    @Autowired
    TestTenants tenants;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    UUID cycle;

    @BeforeEach
    void company() {
        c = tenants.create("indexing");
        cycle = signedIn(as(c, c.hrAdmin()), () -> administration.createCycle(new GoalCycleData("Now",
                CycleKind.QUARTER, TestTenants.today().minusDays(10), TestTenants.today().plusDays(80), false)));
    }

    private <T> T byEmployee(Supplier<T> work) {
        return signedIn(as(c, c.employee()), work);
    }

    private GoalData goal(String title) {
        return new GoalData(title, "", GoalLevel.INDIVIDUAL, null, null, c.employee().id(), Set.of(), null,
                GoalVisibility.TENANT, cycle, null, null, null, GoalKind.BUSINESS);
    }

    private int chunks(UUID goalId) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return TenantScope.call(c.id(), () -> transactions.execute(status ->
                knowledge.chunkCount(SourceRef.of(Goals.SOURCE_TYPE, goalId))));
    }

    private List<String> indexedTexts(String query) {
        return byEmployee(() -> knowledge.search(new KnowledgeQuery(query, 5, Set.of(Goals.SOURCE_TYPE), null, null)))
                .stream().map(KnowledgeHit::text).toList();
    }

    /** Publications of the registry not completed yet whose event names the goal (read as the owner role). */
    private static int incompleteFor(UUID goalId) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); PreparedStatement statement = owner.prepareStatement(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?")) {
            statement.setString(1, "%" + goalId + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void asOwner(String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aGoalIsSearchableAsItIsNowAfterEachChangeAndLeavesTheIndexWhenDeleted() throws Exception {
        UUID goal = byEmployee(() -> goals.create(goal("Shorten onboarding of new engineers")));
        assertThat(chunks(goal)).isEqualTo(1);

        byEmployee(() -> {
            goals.update(goal, 0, goal("Reduce supplier lead times"));
            return null;
        });
        byEmployee(() -> goalTracking.addKeyResult(goal, new KeyResultData("Median lead time", KeyResultType.NUMERIC,
                BigDecimal.valueOf(30), BigDecimal.valueOf(12), null, "days", null, List.of())));
        assertThat(indexedTexts("supplier lead times")).first().asString()
                .contains("Reduce supplier lead times", "Median lead time: 30 → 12 days")
                .doesNotContain("onboarding");

        byEmployee(() -> {
            goals.deleteDraft(goal, 1);
            return null;
        });
        assertThat(chunks(goal)).isZero();
        assertThat(incompleteFor(goal)).as("publications still owed for the goal").isZero();
    }

    @Test
    void anIndexingFailureLeavesThePublicationIncompleteAndAResubmissionCompletesIt() throws Exception {
        String app = TestDatabase.get().appUser();
        UUID goal;
        // A real failure of the listener's transaction: the application role may not write chunks for a moment.
        asOwner("REVOKE INSERT ON knowledge_chunk FROM " + app);
        try {
            goal = byEmployee(() -> goals.create(goal("Halve the time to first invoice")));
        } finally {
            asOwner("GRANT INSERT ON knowledge_chunk TO " + app);
        }
        assertThat(chunks(goal)).as("the goal was saved, its chunk not").isZero();
        assertThat(incompleteFor(goal)).as("incomplete publications of the goal").isEqualTo(1);

        incompletePublications.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof GoalCreated created && created.goalId().equals(goal));

        assertThat(chunks(goal)).isEqualTo(1);
        assertThat(incompleteFor(goal)).isZero();
        assertThat(indexedTexts("time to first invoice")).first().asString().contains("Halve the time to first invoice");
    }

    @Test
    void onlyTheIndexingListenerWritesGoalsToTheKnowledgeIndex() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kadens.goals");
        List<String> writers = classes.stream()
                .filter(type -> !type.isEquivalentTo(GoalKnowledgeIndexing.class))
                .flatMap(type -> type.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isAssignableTo(KnowledgeIndex.class)
                        && Set.of("replaceSource", "deleteSource").contains(call.getName()))
                .map(call -> call.getDescription())
                .toList();
        assertThat(writers).isEmpty();
        assertThat(classes.get(GoalKnowledgeIndexing.class).getMethodCallsFromSelf())
                .anyMatch(call -> call.getName().equals("replaceSource"));
    }
}
