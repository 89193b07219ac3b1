package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code knowledge_text_search} (V142) is the one database function that reads the knowledge index with more
 * rights than the application role, so that full-text search can use the GIN index under row-level security.
 * It must never return another tenant's chunk: not through the application's search, not when the application
 * role calls it with crafted arguments, not when no tenant is bound. And it must actually use the index, which
 * the application role's own query cannot.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeTextSearchIsolationTest {

    /** A word only tenant B's chunks hold, and a text both tenants hold word for word. */
    static final String B_ONLY = "zirkoniumkvartal";
    static final String SHARED = "Quarterly calibration of the zebrafish onboarding handbook";

    static final String CALL = "select id from knowledge_text_search(%s, %s, %s, %s, %s, %s)";
    static final String CALL_BOUNDED = "select id from knowledge_text_search(%s, %s, null, null, null, 200, %s, %s, %s)";

    @Autowired
    KnowledgeIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestTenants tenants;

    TenantId a;
    TenantId b;
    List<UUID> bChunks;

    @BeforeAll
    void twoTenantsWithTheSameWords() {
        a = tenants.create("ftsa").id();
        b = tenants.create("ftsb").id();
        TenantScope.run(a, () -> index.replaceSource("content", "handbook",
                List.of(new ChunkDraft(SHARED, "en"), new ChunkDraft("Kvartalets kalibrering av handboken", "sv")), null));
        TenantScope.run(b, () -> index.replaceSource("content", "handbook", List.of(new ChunkDraft(SHARED, "en"),
                new ChunkDraft(SHARED + " and the " + B_ONLY + " report", "en", List.of("comp-b"), Map.of()),
                new ChunkDraft("Kvartalets kalibrering av handboken och " + B_ONLY, "sv")), null));
        bChunks = TenantScope.call(b, () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.queryForList("select id from knowledge_chunk", UUID.class)));
        assertThat(bChunks).hasSize(3);
    }

    private List<UUID> callAs(TenantId tenant, String english, String swedish, String types, String language,
                              String competency, String limit) {
        String sql = String.format(CALL, english, swedish, types, language, competency, limit);
        return TenantScope.call(tenant, () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.queryForList(sql, UUID.class)));
    }

    private List<UUID> callBoundedAs(TenantId tenant, String english, String swedish, String maxRanked,
                                     String preferredEnglish, String preferredSwedish) {
        String sql = String.format(CALL_BOUNDED, english, swedish, maxRanked, preferredEnglish, preferredSwedish);
        return TenantScope.call(tenant, () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.queryForList(sql, UUID.class)));
    }

    @Test
    void theApplicationsSearchFindsOnlyTheBoundTenantsChunks() {
        List<KnowledgeHit> hits = TenantScope.call(a, () -> index.search(KnowledgeQuery.of(SHARED + " " + B_ONLY, 50)));
        assertThat(hits).isNotEmpty().noneMatch(hit -> bChunks.contains(hit.chunkId()))
                .noneMatch(hit -> hit.text().contains(B_ONLY));
        List<KnowledgeHit> own = TenantScope.call(b, () -> index.search(KnowledgeQuery.of(B_ONLY, 5)));
        assertThat(own).as("the same search as B finds B's chunks: the word is searchable").isNotEmpty()
                .allMatch(hit -> bChunks.contains(hit.chunkId()));
    }

    @Test
    void craftedArgumentsNeverReachAnotherTenant() {
        String matchAll = "to_tsquery('simple', 'q:* | z:* | k:* | a:* | o:* | h:*')";
        String bWordEn = "to_tsquery('english', '" + B_ONLY + "')";
        String bWordSv = "to_tsquery('kadens_swedish', '" + B_ONLY + "')";
        List<List<UUID>> answers = new ArrayList<>();
        answers.add(callAs(a, bWordEn, bWordSv, "null", "null", "null", "200"));
        answers.add(callAs(a, matchAll, matchAll, "null", "null", "null", "200"));
        answers.add(callAs(a, matchAll, matchAll, "'{}'", "null", "null", "2147483647"));
        answers.add(callAs(a, matchAll, matchAll, "array['content', 'x'' or true --']", "'en'", "null", "200"));
        answers.add(callAs(a, matchAll, matchAll, "null", "'sv'' or 1=1 --'", "null", "200"));
        answers.add(callAs(a, matchAll, matchAll, "null", "null", "'comp-b'", "200"));
        answers.add(callAs(a, matchAll, matchAll, "null", "null", "'comp-b\"]'' or true --'", "-1"));
        answers.add(callAs(a, "to_tsquery('simple', '!nothing')", "to_tsquery('simple', '!nothing')", "null", "null",
                "null", "200"));
        answers.add(callAs(a, "null", "null", "null", "null", "null", "null"));
        // Pairs of words (V206), as Swedish questions search since: B's word paired with words both tenants hold.
        String pairsEn = "kadens_word_pairs('english', 'zebrafish " + B_ONLY + " report')";
        String pairsSv = "kadens_word_pairs('kadens_swedish', 'kalibrering " + B_ONLY + "')";
        answers.add(callAs(a, pairsEn, pairsSv, "null", "null", "null", "200"));
        // A bounded ranking (V215): the first max_ranked matches with the first max_ranked matches of a preferred
        // query; bounds out of range, B's word as the preferred query, nulls.
        answers.add(callBoundedAs(a, matchAll, matchAll, "1", bWordEn, bWordSv));
        answers.add(callBoundedAs(a, matchAll, matchAll, "2147483647", bWordEn, bWordSv));
        answers.add(callBoundedAs(a, matchAll, matchAll, "-5", matchAll, matchAll));
        answers.add(callBoundedAs(a, bWordEn, bWordSv, "300", pairsEn, pairsSv));
        answers.add(callBoundedAs(a, "null", "null", "300", bWordEn, bWordSv));
        for (List<UUID> answer : answers) {
            assertThat(answer).doesNotContainAnyElementsOf(bChunks);
        }
        assertThat(callBoundedAs(b, "null", "null", "300", bWordEn, bWordSv))
                .as("B's preferred matches are ranked for B").hasSize(2).isSubsetOf(bChunks);
        assertThat(callBoundedAs(b, matchAll, matchAll, "1", "null", "null"))
                .as("a bound of one ranks one match").hasSize(1).isSubsetOf(bChunks);
        assertThat(callBoundedAs(b, matchAll, matchAll, "300", "null", "null"))
                .as("a bound above the tenant's matches ranks them all, as without a bound")
                .containsExactlyElementsOf(callAs(b, matchAll, matchAll, "null", "null", "null", "200"));
        assertThat(callAs(b, pairsEn, pairsSv, "null", "null", "null", "200"))
                .as("the same pairs as B find B's chunks holding two of the words").hasSize(2).isSubsetOf(bChunks);
        assertThat(answers.get(1)).as("A's own chunks do match the same query").hasSize(2);
        assertThat(callAs(b, bWordEn, bWordSv, "null", "null", "null", "200"))
                .as("the same call as B finds B's chunks").hasSize(2).isSubsetOf(bChunks);
    }

    @Test
    void withNoTenantBoundItReturnsNothingAndSettingTheTenantIsTheOnlyWayIn() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection app = db.openAsApp(); Statement sql = app.createStatement()) {
            String query = String.format(CALL, "to_tsquery('simple', 'quarter:* | kvartal:*')",
                    "to_tsquery('simple', 'quarter:* | kvartal:*')", "null", "null", "null", "200");
            assertThat(ids(sql, query)).as("no tenant bound").isEmpty();
            sql.execute("select set_config('app.tenant_id', '', false)");
            assertThat(ids(sql, query)).as("an empty tenant").isEmpty();
            sql.execute("select set_config('app.tenant_id', '" + a.value() + "', false)");
            assertThat(ids(sql, query)).as("tenant A bound").hasSize(2).doesNotContainAnyElementsOf(bChunks);
        }
    }

    @Test
    void theApplicationRoleGainsNoPolicyAndCannotBecomeTheOwner() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection owner = db.openAsOwner(); Statement sql = owner.createStatement()) {
            List<String> policies = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select policyname || ' ' || cmd || ' ' || array_to_string(roles, ',')"
                    + " from pg_policies where tablename = 'knowledge_chunk' order by policyname")) {
                while (rows.next()) {
                    policies.add(rows.getString(1));
                }
            }
            assertThat(policies).containsExactly("knowledge_text_search_owner_read SELECT " + db.ownerUser(),
                    "tenant_isolation ALL public");
            try (ResultSet rows = sql.executeQuery("select pg_has_role('" + db.appUser() + "', '" + db.ownerUser()
                    + "', 'member')")) {
                rows.next();
                assertThat(rows.getBoolean(1)).as("the application role is no member of the owner role").isFalse();
            }
        }
        try (Connection app = db.openAsApp(); Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + a.value() + "', false)");
            assertThat(ids(sql, "select id from knowledge_chunk")).as("the app role's own reads: RLS as before")
                    .doesNotContainAnyElementsOf(bChunks);
        }
    }

    /**
     * With enough rows that an index pays, the function's search goes through the GIN index, while the same match
     * written by the application role cannot (PostgreSQL may not evaluate the non-leakproof {@code @@} before the
     * tenant policy). Counted with the transaction's own statistics, not timed.
     */
    @Test
    void theFunctionUsesTheGinIndexWhereTheApplicationRolesQueryCannot() throws Exception {
        TestDatabase db = TestDatabase.get();
        TenantId big = tenants.create("ftsbig").id();
        try (Connection owner = db.openAsOwner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + big.value() + "', true)");
            sql.execute("insert into knowledge_chunk (tenant_id, id, source_type, source_id, ordinal, text, language,"
                    + " embedding) select '" + big.value() + "', gen_random_uuid(), 'content', 'bulk-' || (g / 100),"
                    + " g % 100, 'Section ' || g || ' of the handbook, paragraph ' || md5(g::text), 'en',"
                    + " (select array_agg(random() + x * 0 + g * 0)::vector from generate_series(1, 384) x)"
                    + " from generate_series(1, 3000) g");
            owner.commit();
            owner.setAutoCommit(true);
            sql.execute("analyze knowledge_chunk");
        }
        String rare = "'" + md5(1234) + "'";
        try (Connection app = db.openAsApp()) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                sql.execute("select set_config('app.tenant_id', '" + big.value() + "', true)");
                assertThat(ids(sql, "select id from knowledge_chunk where text_search @@ to_tsquery('english', "
                        + rare + ")")).hasSize(1);
                assertThat(ginScans(app)).as("the application role's query cannot use the GIN index").isZero();
                assertThat(ids(sql, String.format(CALL, "to_tsquery('english', " + rare + ")",
                        "to_tsquery('swedish', " + rare + ")", "null", "null", "null", "40"))).hasSize(1);
                assertThat(ginScans(app)).as("the function's search uses it").isPositive();
            } finally {
                app.rollback();
            }
        }
    }

    private static long ginScans(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_stat_get_xact_numscans('knowledge_chunk_text_idx'::regclass)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String md5(int value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(String.valueOf(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
}
