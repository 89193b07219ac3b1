package io.kadens.scale;

import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The knowledge index's vector index, taken away for a bulk load and built once afterwards: pgvector builds an
 * HNSW graph in memory far faster than it takes the same vectors one insert at a time (each insert searches the
 * graph on disk and rewrites its neighbours' pages). The definition is read back from the database before the
 * index is dropped and run again unchanged, so the rebuilt index is the one the migrations made (V30), with
 * their name, operator class and parameters.
 *
 * <p>For a database that only the generator uses: while the index is away, vector searches scan the table.
 */
final class VectorIndex {

    static final String NAME = "knowledge_chunk_embedding_idx";

    private final String url;
    private final TestDatabase settings;
    private final String definition;
    private long buildNanos;

    private VectorIndex(String url, TestDatabase settings, String definition) {
        this.url = url;
        this.settings = settings;
        this.definition = definition;
    }

    /** Reads the index's definition and drops it. */
    static VectorIndex drop(String url, TestDatabase settings) throws SQLException {
        try (Connection owner = DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword());
             Statement sql = owner.createStatement()) {
            String definition = definition(owner);
            if (definition == null) {
                // A previous run died between its drop and its build: the migration's definition is all there is.
                throw new IllegalStateException(NAME + " is missing; create it as V30 does before generating");
            }
            sql.execute("drop index " + NAME);
            return new VectorIndex(url, settings, definition);
        }
    }

    /** Builds the index from the saved definition, in memory and with parallel workers where the server has them. */
    void rebuild() throws SQLException {
        long started = System.nanoTime();
        try (Connection owner = DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword());
             Statement sql = owner.createStatement()) {
            // The whole graph in memory: about 2 kB a 384-dimension vector with the default m = 16, so 1 GB holds
            // 400,000 chunks; beyond that pgvector goes on building on disk, slower but correct.
            sql.execute("set maintenance_work_mem = '" + System.getProperty("kadens.generate.index-memory", "1GB") + "'");
            sql.execute(definition);
        }
        buildNanos = System.nanoTime() - started;
        ScaleData.TIME_PER_STEP.computeIfAbsent("create index (vector, once after the load)",
                k -> new java.util.concurrent.atomic.LongAdder()).add(buildNanos);
    }

    long buildNanos() {
        return buildNanos;
    }

    /** Fails unless the index is there, valid and ready, with the definition it had before the load. */
    void verify(Connection owner) throws SQLException {
        String now = definition(owner);
        if (!definition.equals(now)) {
            throw new IllegalStateException(NAME + " is " + now + ", expected " + definition);
        }
        try (PreparedStatement state = owner.prepareStatement("select i.indisvalid and i.indisready from pg_index i"
                + " where i.indexrelid = to_regclass(?)")) {
            state.setString(1, NAME);
            try (ResultSet row = state.executeQuery()) {
                if (!row.next() || !row.getBoolean(1)) {
                    throw new IllegalStateException(NAME + " is not valid");
                }
            }
        }
        System.out.printf("[scale] %s valid: %s%n", NAME, definition);
    }

    /** The index's CREATE INDEX statement as the database reports it, or null when there is no such index. */
    static String definition(Connection owner) throws SQLException {
        try (PreparedStatement read = owner.prepareStatement("select pg_get_indexdef(to_regclass(?))")) {
            read.setString(1, NAME);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
