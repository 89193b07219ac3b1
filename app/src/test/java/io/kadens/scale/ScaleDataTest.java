package io.kadens.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the data generator leaves behind is what Kadens itself would have written: it is run at a small size into
 * a database of its own (it drops and rebuilds the vector index there), and its shortcuts are checked. The vector
 * index is back, valid and with the migration's definition, and searches use it; the kept 1:1 adherence figures,
 * which the generator writes itself under the owner's deferral (V217), equal the live count in every tenant; and
 * only the owner can defer them: the application role's meetings are counted whatever it sets.
 */
class ScaleDataTest {

    static final String MIGRATED_DEFINITION =
            "CREATE INDEX knowledge_chunk_embedding_idx ON public.knowledge_chunk USING hnsw (embedding halfvec_cosine_ops)";

    private static TestDatabase database;

    @BeforeAll
    static void generateSmallCompanies() throws Exception {
        database = TestDatabase.createFresh();
        // Three companies of 30 and one of 80 people (the "large" one) on two connections, as the reference run.
        ScaleDataGenerator.generate(database, database.name(), 3, 30, 80, 2);
    }

    @Test
    void theVectorIndexIsRebuiltAsTheMigrationMadeItAndSearchesUseIt() throws SQLException {
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            assertThat(VectorIndex.definition(owner)).isEqualTo(MIGRATED_DEFINITION);
            try (ResultSet index = sql.executeQuery("select i.indisvalid, i.indisready, c.reltuples"
                    + " from pg_index i join pg_class c on c.oid = i.indexrelid"
                    + " where i.indexrelid = 'knowledge_chunk_embedding_idx'::regclass")) {
                assertThat(index.next()).isTrue();
                assertThat(index.getBoolean(1)).as("valid").isTrue();
                assertThat(index.getBoolean(2)).as("ready").isTrue();
            }
            owner.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + ScaleData.tenantId("scale-large") + "', true)");
            sql.execute("set local enable_seqscan = off");
            String nearest = "select id from knowledge_chunk order by embedding <=> (select embedding from knowledge_chunk"
                    + " order by id limit 1) limit 5";
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = sql.executeQuery("explain " + nearest)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("knowledge_chunk_embedding_idx");
            int found = 0;
            try (ResultSet rows = sql.executeQuery(nearest)) {
                while (rows.next()) {
                    found++;
                }
            }
            // The last quarter's goals of 80 people are indexed: the index answers with its k nearest.
            assertThat(found).isEqualTo(5);
            owner.rollback();
        }
    }

    @Test
    void theKeptAdherenceFiguresEqualTheLiveCountInEveryTenant() throws SQLException {
        try (Connection owner = owner()) {
            for (String slug : new String[] {"scale-00001", "scale-00002", "scale-00003", "scale-large"}) {
                UUID tenant = ScaleData.tenantId(slug);
                assertThat(count(owner, tenant, "one_on_one_adherence_figure")).as(slug + " figures")
                        .isEqualTo(count(owner, tenant, "one_on_one_pair"));
                assertThat(ScaleData.adherenceFiguresDifferingFromLive(owner, tenant)).as(slug).isZero();
            }
        }
    }

    @Test
    void onlyTheOwnerCanDeferTheKeptFigures() throws SQLException {
        UUID tenant = ScaleData.tenantId("scale-00002");
        String meeting = "insert into one_on_one_meeting (id, pair_id, scheduled_at, status, completed_at)"
                + " select gen_random_uuid(), id, timestamptz '2025-06-18 10:00 UTC', 'COMPLETED', timestamptz '2025-06-18 10:30 UTC'"
                + " from one_on_one_pair order by id limit 1";
        // The owner's deferral is honoured: the meeting is not counted until the owner writes the figures, so the
        // comparison below can fail.
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            sql.execute("select set_config('kadens.one_on_one_adherence', 'deferred', true)");
            sql.execute(meeting);
            assertThat(ScaleData.adherenceFiguresDifferingFromLive(owner, tenant)).isEqualTo(1);
        }
        // The application role's setting is not: its meeting is counted in the same transaction.
        try (Connection app = DriverManager.getConnection(url(), database.appUser(), database.appPassword());
             Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            sql.execute("select set_config('kadens.one_on_one_adherence', 'deferred', true)");
            sql.execute(meeting);
            app.commit();
        }
        try (Connection owner = owner()) {
            assertThat(ScaleData.adherenceFiguresDifferingFromLive(owner, tenant)).isZero();
        }
        // The deferral ends with the owner's transaction: a later meeting is counted by the triggers again.
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            sql.execute("select set_config('kadens.one_on_one_adherence', 'deferred', true)");
            owner.commit();
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            sql.execute(meeting);
            owner.commit();
            assertThat(ScaleData.adherenceFiguresDifferingFromLive(owner, tenant)).isZero();
        }
    }

    private static long count(Connection owner, UUID tenant, String table) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            try (ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
                rows.next();
                return rows.getLong(1);
            } finally {
                owner.rollback();
                owner.setAutoCommit(true);
            }
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url(), database.ownerUser(), database.ownerPassword());
    }

    private static String url() {
        return "jdbc:postgresql://" + database.host() + ":" + database.port() + "/" + database.name();
    }
}
