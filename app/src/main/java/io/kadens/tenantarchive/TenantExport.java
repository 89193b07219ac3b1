package io.kadens.tenantarchive;

import io.kadens.tenantarchive.TenantArchiveException.Reason;
import io.kadens.tenantarchive.TenantTables.SelfReference;
import io.kadens.tenantarchive.TenantTables.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one tenant's archive: {@code tenant.json} (its registry row), one JSON-lines file per tenant-owned table
 * in foreign-key order, and {@code manifest.json} last. Uploaded documents, training files and photos are columns
 * of their tables, so they travel in the table files; so do the knowledge chunks with their embeddings.
 *
 * <p>Reads in one read-only REPEATABLE READ transaction: the archive is one consistent snapshot while the tenant
 * keeps working. The connection must be the porter's: the tenant's rows include ones no single person may read.
 */
final class TenantExport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private TenantExport() {
    }

    static ExportedTenant write(Connection connection, UUID tenant, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            ExportedTenant exported = writeSnapshot(connection, tenant, out);
            connection.commit();
            return exported;
        } finally {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static ExportedTenant writeSnapshot(Connection connection, UUID tenant, OutputStream out)
            throws SQLException, IOException {
        TenantRegistry.Row registry = TenantRegistry.read(connection, tenant).orElseThrow(() ->
                new TenantArchiveException(Reason.UNKNOWN_TENANT, "no tenant " + tenant));
        return writeArchive(connection, tenant, registry.slug(), registry.name(), registry.json(), out);
    }

    private static ExportedTenant writeArchive(Connection connection, UUID tenant, String slug, String name,
                                               String registryRow, OutputStream out) throws SQLException, IOException {
        SchemaVersion schema = SchemaVersion.of(connection);
        List<Table> tables = TenantTables.read(connection);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] registry = (registryRow + "\n").getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(Manifest.TENANT_FILE));
        zip.write(registry);
        zip.closeEntry();
        MessageDigest registryDigest = SchemaVersion.sha256();
        registryDigest.update(registry);

        List<Manifest.TableEntry> entries = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        int position = 0;
        for (Table table : tables) {
            String file = "tables/%03d-%s.jsonl".formatted(++position, table.name());
            zip.putNextEntry(new ZipEntry(file));
            MessageDigest digest = SchemaVersion.sha256();
            long[] written = {0};
            eachRow(connection, table, tenant, line -> {
                byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                digest.update(bytes);
                zip.write(bytes);
                written[0]++;
            });
            long rows = written[0];
            zip.closeEntry();
            entries.add(new Manifest.TableEntry(table.name(), file, table.columns(), rows,
                    HexFormat.of().formatHex(digest.digest())));
            counts.put(table.name(), rows);
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Instant.now().toString(), schema.latest(),
                schema.fingerprint(), new Manifest.TenantEntry(tenant, slug, name, Manifest.TENANT_FILE,
                        HexFormat.of().formatHex(registryDigest.digest())), entries);
        zip.putNextEntry(new ZipEntry(Manifest.NAME));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return new ExportedTenant(tenant, slug, schema.latest(), counts);
    }

    /** Takes one row's JSON line. */
    @FunctionalInterface
    interface RowSink {
        void accept(String line) throws IOException;
    }

    /**
     * The table's rows of the tenant as JSON, by primary key, streamed from a cursor. Where the table points at
     * itself (a manager, a parent goal), parents come before their children, so that an import can write them in
     * file order; such tables (the org and goal trees) are held in memory to be ordered.
     */
    private static void eachRow(Connection connection, Table table, UUID tenant, RowSink sink)
            throws SQLException, IOException {
        List<String> order = table.primaryKey().isEmpty() ? table.columns() : table.primaryKey();
        String sql = "select row_to_json(x)::text from (select " + TenantTables.columnList(table.columns())
                + " from " + TenantTables.quote(table.name()) + " where tenant_id = ? order by "
                + TenantTables.columnList(order) + ") x";
        List<String> held = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(200);
            query.setObject(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (table.selfReferences().isEmpty()) {
                        sink.accept(rows.getString(1));
                    } else {
                        held.add(rows.getString(1));
                    }
                }
            }
        }
        for (String line : held.isEmpty() ? held : parentsFirst(held, table.selfReferences())) {
            sink.accept(line);
        }
    }

    static List<String> parentsFirst(List<String> lines, List<SelfReference> references) {
        List<JsonNode> nodes = lines.stream().map(JSON::readTree).toList();
        List<Map<String, Integer>> byReferenced = new ArrayList<>();
        for (SelfReference reference : references) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                index.put(key(nodes.get(i), reference.referenced()), i);
            }
            byReferenced.add(index);
        }
        List<String> ordered = new ArrayList<>(lines.size());
        byte[] state = new byte[lines.size()]; // 0 not yet, 1 on the path, 2 written
        for (int i = 0; i < lines.size(); i++) {
            visit(i, nodes, lines, references, byReferenced, state, ordered);
        }
        return ordered;
    }

    private static void visit(int start, List<JsonNode> nodes, List<String> lines, List<SelfReference> references,
                              List<Map<String, Integer>> byReferenced, byte[] state, List<String> ordered) {
        // Iterative, as a reporting line can be thousands of people deep.
        ArrayList<Integer> path = new ArrayList<>();
        int current = start;
        while (state[current] == 0) {
            state[current] = 1;
            path.add(current);
            Integer parent = null;
            for (int r = 0; r < references.size() && parent == null; r++) {
                String key = key(nodes.get(current), references.get(r).columns());
                Integer candidate = key == null ? null : byReferenced.get(r).get(key);
                if (candidate != null && state[candidate] == 0) {
                    parent = candidate;
                }
            }
            if (parent == null) {
                break;
            }
            current = parent;
        }
        // The last on the path has no unwritten parent; walk back down, taking any other parents on the way.
        for (int i = path.size() - 1; i >= 0; i--) {
            int row = path.get(i);
            for (int r = 0; r < references.size(); r++) {
                String key = key(nodes.get(row), references.get(r).columns());
                Integer other = key == null ? null : byReferenced.get(r).get(key);
                if (other != null && state[other] == 0) {
                    visit(other, nodes, lines, references, byReferenced, state, ordered);
                }
            }
            state[row] = 2;
            ordered.add(lines.get(row));
        }
    }

    /** The values of the columns as one key, or null when one is null (such a foreign key points nowhere). */
    private static String key(JsonNode row, List<String> columns) {
        StringBuilder key = new StringBuilder();
        for (String column : columns) {
            JsonNode value = row.get(column);
            if (value == null || value.isNull()) {
                return null;
            }
            key.append(value).append('\u0000');
        }
        return key.toString();
    }
}
