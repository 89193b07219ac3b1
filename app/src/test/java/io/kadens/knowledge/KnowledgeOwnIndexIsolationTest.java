package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import io.kadens.ai.knowledge.VectorLiteral;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large tenant's own HNSW index (docs/operations.md, "A large tenant's own vector index"): the operator's statement
 * ({@link JdbcKnowledgeIndex#tenantIndexStatement}) builds it concurrently as the database owner; searches of that
 * tenant then walk it (the statement names the tenant as a literal), every other tenant keeps the shared index, and
 * row-level security still decides which rows anyone sees: the literal adds a condition, it never widens one.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeOwnIndexIsolationTest {

    /** Texts both tenants hold word for word: identical vectors, so an index that leaked would show it at once. */
    static final List<String> SHARED = List.of(
            "Give feedback early and often, with the situation, behaviour and impact.",
            "Salary bands are reviewed every April with each department head.",
            "Our travel policy: book trains for trips under five hours.",
            "One-on-ones are weekly, thirty minutes, and the agenda is shared.",
            "Security training is required every year for everyone with a laptop.");

    @Autowired
    KnowledgeIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EmbeddingModel embeddings;
    @Autowired
    TestTenants tenants;

    TenantId a;
    TenantId b;
    List<UUID> aChunks;
    List<UUID> bChunks;
    /** Every tenant through HNSW (threshold 0), as a large tenant's searches run. */
    JdbcKnowledgeIndex hnsw;
    TransactionTemplate read;

    @BeforeAll
    void twoTenantsWithTheSameTextsAndAnOwnIndexForA() throws Exception {
        a = tenants.create("ownindexa").id();
        b = tenants.create("ownindexb").id();
        List<ChunkDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            drafts.add(new ChunkDraft(SHARED.get(i % SHARED.size()) + " (section " + i + ")", "en"));
        }
        TenantScope.run(a, () -> index.replaceSource("content", "policies", drafts, null));
        TenantScope.run(b, () -> index.replaceSource("content", "policies", drafts, null));
        read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        aChunks = ids(a);
        bChunks = ids(b);
        hnsw = new JdbcKnowledgeIndex(jdbc, transactions, embeddings, 0);
        // The operator's command, as docs/operations.md gives it: the owner, autocommit (CONCURRENTLY refuses a
        // transaction block). Twice: the second run is a no-op.
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(true);
            sql.execute(JdbcKnowledgeIndex.tenantIndexStatement(a));
            sql.execute(JdbcKnowledgeIndex.tenantIndexStatement(a));
        }
    }

    @AfterAll
    void dropTheOwnIndex() throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("drop index if exists " + JdbcKnowledgeIndex.tenantIndexName(a));
        }
    }

    private List<UUID> ids(TenantId tenant) {
        return TenantScope.call(tenant, () -> read.execute(status -> jdbc.queryForList(
                "select id from knowledge_chunk", UUID.class)));
    }

    @Test
    void theOperatorsStatementBuildsAValidPartialIndexForThatTenantOnly() {
        String name = JdbcKnowledgeIndex.tenantIndexName(a);
        assertThat(name).hasSizeLessThanOrEqualTo(63).startsWith(JdbcKnowledgeIndex.TENANT_INDEX_PREFIX);
        String definition = jdbc.queryForObject("select pg_get_indexdef(i.indexrelid) || ' valid=' || i.indisvalid"
                + " from pg_index i where i.indexrelid = to_regclass(?)", String.class, name);
        assertThat(definition).contains("USING hnsw (embedding halfvec_cosine_ops)")
                .contains("WHERE (tenant_id = '" + a + "'::uuid)").endsWith("valid=true");
        assertThat(jdbc.queryForObject("select to_regclass(?) is null", Boolean.class,
                JdbcKnowledgeIndex.tenantIndexName(b))).as("B has no own index").isTrue();
    }

    @Test
    void aWalksItsOwnIndexAndBTheSharedOneEachFindingOnlyItsOwnRows() {
        Boolean ownOfA = TenantScope.call(a, () -> read.execute(status -> hnsw.searchesOwnIndex()));
        Boolean ownOfB = TenantScope.call(b, () -> read.execute(status -> hnsw.searchesOwnIndex()));
        assertThat(ownOfA).as("A walks its own index").isTrue();
        assertThat(ownOfB).as("B walks the shared index").isFalse();
        float[] question = embeddings.embed("when are salaries reviewed?");
        // The planner prefers a sequential scan over a few dozen rows; with that off, the statement the application
        // sends shows which index it can walk: A's own (its WHERE proven by the literal), never B.
        List<String> planOfA = TenantScope.call(a, () -> read.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return hnsw.explainNearestAsSearched(question, 10, false);
        }));
        List<String> planOfB = TenantScope.call(b, () -> read.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return hnsw.explainNearestAsSearched(question, 10, false);
        }));
        // The driver's prepared statement gets a generic plan after a few calls: the literal proves the index there too.
        List<String> genericPlanOfA = TenantScope.call(a, () -> read.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return hnsw.explainNearestAsSearched(question, 10, false, true);
        }));
        assertThat(String.join("\n", planOfA)).contains("Index Scan using " + JdbcKnowledgeIndex.tenantIndexName(a));
        assertThat(String.join("\n", genericPlanOfA)).contains("Index Scan using "
                + JdbcKnowledgeIndex.tenantIndexName(a));
        // B's statement names no tenant: A's partial index is never eligible for it (in a table this small the
        // planner reads B's rows through the tenant's btree and sorts them rather than walk the shared graph).
        assertThat(String.join("\n", planOfB)).doesNotContain(JdbcKnowledgeIndex.TENANT_INDEX_PREFIX)
                .doesNotContain("tenant_id = '" + a + "'");

        for (String text : List.of("when are salaries reviewed?", "how do I give feedback?", "can I take a train?")) {
            float[] vector = embeddings.embed(text);
            List<UUID> nearestOfA = TenantScope.call(a, () -> read.execute(status -> {
                jdbc.execute("set local enable_seqscan = off");
                return hnsw.nearestAsSearched(vector, 10);
            }));
            List<UUID> nearestOfB = TenantScope.call(b, () -> hnsw.nearestAsSearched(vector, 10));
            assertThat(nearestOfA).as("A's nearest for %s", text).hasSize(10).allMatch(aChunks::contains);
            assertThat(nearestOfB).as("B's nearest for %s", text).hasSize(10).allMatch(bChunks::contains);
            List<KnowledgeHit> hitsOfA = TenantScope.call(a, () -> hnsw.search(KnowledgeQuery.of(text, 5)));
            assertThat(hitsOfA).as("A's hits for %s", text).isNotEmpty()
                    .allMatch(hit -> aChunks.contains(hit.chunkId()));
        }
    }

    @Test
    void rowLevelSecurityStillDecidesWhenTheStatementNamesAnotherTenant() {
        // The statement of A's own-index path, sent while B is bound (what a wrong literal would be): the policy
        // keeps only B's rows and A's condition keeps only A's, so nothing comes back, whichever index is walked.
        String vector = VectorLiteral.of(embeddings.embed("when are salaries reviewed?"));
        String ownIndexStatement = "select id from (select id, embedding <=> ?::halfvec as distance from knowledge_chunk"
                + " where true and tenant_id = '" + a + "' order by distance limit ?) nearest order by distance, id";
        List<UUID> asB = TenantScope.call(b, () -> read.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList(ownIndexStatement, UUID.class, vector, 40);
        }));
        assertThat(asB).isEmpty();
        List<UUID> unbound = read.execute(status -> jdbc.queryForList(ownIndexStatement, UUID.class, vector, 40));
        assertThat(unbound).isEmpty();
        List<UUID> asA = TenantScope.call(a, () -> read.execute(status -> jdbc.queryForList(ownIndexStatement,
                UUID.class, vector, 40)));
        assertThat(asA).hasSize(30).allMatch(aChunks::contains);
    }
}
