package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code knowledge_tenant_vector_index} (V216) runs with the table owner's rights to give a large tenant its own
 * HNSW index. It must only ever index the bound tenant, only above its threshold, never without a tenant, and the
 * index must not open anything: searches stay under row-level security, also when the application names another
 * tenant's id to reach that tenant's index.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeTenantVectorIndexTest {

    static final int THRESHOLD = 20_000;

    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;

    TenantId small;
    TenantId large;
    List<UUID> smallChunks;

    @BeforeAll
    void aSmallAndALargeTenant() throws Exception {
        small = tenants.create("vecsmall").id();
        large = tenants.create("veclarge").id();
        TenantScope.run(small, () -> index.replaceSource("content", "handbook",
                List.of(new ChunkDraft("Quarterly calibration of the onboarding handbook", "en")), null));
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + large.value() + "', true)");
            sql.execute("insert into knowledge_chunk (tenant_id, id, source_type, source_id, ordinal, text, language,"
                    + " embedding) select '" + large.value() + "', gen_random_uuid(), 'content', 'bulk-' || (g / 100),"
                    + " g % 100, 'Section ' || g, 'en', (select array_agg(random() + x * 0 + g * 0)::vector"
                    + " from generate_series(1, 384) x) from generate_series(1, " + THRESHOLD + ") g");
            owner.commit();
            owner.setAutoCommit(true);
            sql.execute("analyze knowledge_chunk");
        }
        smallChunks = ids(small, "select id from knowledge_chunk");
    }

    @Test
    void onlyTheBoundTenantAboveTheThresholdGetsItsOwnIndexAndSearchesStayWithinTheTenant() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection app = db.openAsApp(); Statement sql = app.createStatement()) {
            assertThat(bool(sql, "select knowledge_tenant_vector_index()")).as("no tenant bound").isFalse();
            sql.execute("select set_config('app.tenant_id', '" + small.value() + "', false)");
            assertThat(bool(sql, "select knowledge_tenant_vector_index()")).as("a tenant below the threshold").isFalse();
        }
        assertThat(tenantIndexes()).as("nothing built so far for either tenant")
                .noneMatch(index -> index.contains(small.value().toString()) || index.contains(large.value().toString()));

        JdbcKnowledgeIndex jdbcIndex = (JdbcKnowledgeIndex) index;
        assertThat(TenantScope.call(large, jdbcIndex::ensureTenantVectorIndex)).isTrue();
        assertThat(TenantScope.call(large, jdbcIndex::ensureTenantVectorIndex)).as("a second call builds nothing new")
                .isTrue();
        List<String> built = tenantIndexes().stream()
                .filter(index -> index.contains(small.value().toString()) || index.contains(large.value().toString()))
                .toList();
        assertThat(built).as("one index, the large tenant's").hasSize(1);
        assertThat(built.getFirst()).contains("WHERE (tenant_id = '" + large.value() + "'::uuid)")
                .contains("USING hnsw (embedding vector_cosine_ops)");

        try (Connection app = db.openAsApp(); Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + small.value() + "', false)");
            String nearestOfLarge = "select id from knowledge_chunk where tenant_id = '" + large.value() + "'::uuid"
                    + " order by embedding <=> (select array_agg(0.5)::vector from generate_series(1, 384)) limit 10";
            assertThat(ids(sql, nearestOfLarge)).as("the large tenant's id named by another tenant: nothing").isEmpty();
            assertThat(ids(sql, "select id from knowledge_chunk")).containsExactlyElementsOf(smallChunks);
            assertThatThrownBy(() -> sql.execute("drop index " + indexName(large)))
                    .as("the application role does not own the index").hasMessageContaining("must be owner");

            sql.execute("select set_config('app.tenant_id', '" + large.value() + "', false)");
            assertThat(ids(sql, nearestOfLarge)).as("the large tenant's own search").hasSize(10);
            List<String> plan = strings(sql, "explain " + nearestOfLarge);
            assertThat(String.join("\n", plan)).as("the tenant's search uses its own index")
                    .contains(indexName(large));
        }
    }

    private static String indexName(TenantId tenant) {
        return "knowledge_chunk_embedding_" + tenant.value().toString().replace("-", "");
    }

    /** The definitions of every tenant's own vector index in the database (other tests' tenants may have some). */
    private static List<String> tenantIndexes() throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            return strings(sql, "select indexdef from pg_indexes where tablename = 'knowledge_chunk'"
                    + " and indexname like 'knowledge\\_chunk\\_embedding\\_%' order by indexname");
        }
    }

    private static List<UUID> ids(TenantId tenant, String query) throws Exception {
        try (Connection app = TestDatabase.get().openAsApp(); Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + tenant.value() + "', false)");
            return ids(sql, query);
        }
    }

    private static boolean bool(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static List<UUID> ids(Statement sql, String query) throws Exception {
        List<UUID> result = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                result.add(rows.getObject(1, UUID.class));
            }
        }
        return result;
    }

    private static List<String> strings(Statement sql, String query) throws Exception {
        List<String> result = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
