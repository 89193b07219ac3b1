package io.kadens.tenantarchive;

import io.kadens.tenantarchive.TenantArchiveException.Reason;
import io.kadens.tenantarchive.TenantTables.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Writes one tenant from an archive, all or nothing. Before anything is written it checks, in this order: the
 * manifest can be read; the schema fingerprint is this database's; the tables and their columns are this
 * database's; every file has the checksum and row count of the manifest; no tenant has the archive's id or slug.
 * Then the registry row and every table's rows are inserted in one transaction, which commits only when every row
 * was written; any refusal rolls it back.
 *
 * <p>The tenant keeps its id (see the decision record). The porter role bypasses row-level security, so its
 * WITH CHECK does not guard the rows: this class does, by writing only rows whose {@code tenant_id} is the
 * archive's tenant and refusing the archive when a row has another.
 */
final class TenantImport {

    /** Rows per INSERT; the org and goal trees arrive parents first, so any batch size keeps references valid. */
    private static final int BATCH = 500;

    private TenantImport() {
    }

    static ImportedTenant read(Connection connection, Path archive) throws SQLException, IOException {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = manifest(zip);
            SchemaVersion schema = SchemaVersion.of(connection);
            if (!schema.fingerprint().equals(manifest.schemaFingerprint())) {
                throw new TenantArchiveException(Reason.SCHEMA_MISMATCH, "the archive was made at schema version "
                        + manifest.schemaVersion() + ", this database is at " + schema.latest()
                        + " (or the same version with other migrations applied); upgrade the older deployment first");
            }
            List<Table> tables = TenantTables.read(connection);
            Map<String, List<String>> archived = new LinkedHashMap<>();
            manifest.tables().forEach(entry -> archived.put(entry.table(), entry.columns()));
            if (!archived.equals(TenantTables.shape(tables))) {
                throw new TenantArchiveException(Reason.SCHEMA_MISMATCH,
                        "the archive's tables or columns differ from this database's, though the migrations are the same");
            }
            UUID tenant = manifest.tenant().id();
            verify(zip, manifest.tenant().file(), manifest.tenant().sha256(), 1);
            for (Manifest.TableEntry entry : manifest.tables()) {
                verify(zip, entry.file(), entry.sha256(), entry.rows());
            }
            JsonNode registry = TenantExport.JSON.readTree(text(zip, manifest.tenant().file()));
            if (!tenant.toString().equals(registry.path("id").asString())
                    || !manifest.tenant().slug().equals(registry.path("slug").asString())) {
                throw damaged("tenant.json names another tenant than the manifest");
            }
            return write(connection, zip, manifest, registry.toString(), schema, tables);
        }
    }

    private static ImportedTenant write(Connection connection, ZipFile zip, Manifest manifest, String registry,
                                        SchemaVersion schema, List<Table> tables) throws SQLException, IOException {
        UUID tenant = manifest.tenant().id();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Optional<TenantRegistry.Taken> taken = TenantRegistry.holding(connection, tenant, manifest.tenant().slug());
            if (taken.isPresent()) {
                throw new TenantArchiveException(Reason.TENANT_EXISTS, "this deployment has the tenant "
                        + taken.get().slug() + " (" + taken.get().id() + ") already, with the archive's "
                        + (tenant.equals(taken.get().id()) ? "id" : "slug") + "; delete it first or import elsewhere");
            }
            TenantRegistry.insert(connection, registry);
            // Column defaults and triggers that read the bound tenant see this one.
            try (PreparedStatement bind = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant.toString());
                bind.execute();
            }
            Map<String, Manifest.TableEntry> entries = new LinkedHashMap<>();
            manifest.tables().forEach(entry -> entries.put(entry.table(), entry));
            Map<String, Long> written = new LinkedHashMap<>();
            for (List<Table> group : groups(tables)) {
                List<Manifest.TableEntry> files = group.stream().map(table -> entries.get(table.name())).toList();
                Map<String, Long> rows = files.size() == 1
                        ? Map.of(files.getFirst().table(), insertRows(connection, zip, files.getFirst(), tenant))
                        : insertTogether(connection, zip, files, tenant);
                for (Manifest.TableEntry entry : files) {
                    if (rows.get(entry.table()) != entry.rows()) {
                        throw damaged(entry.file() + " holds rows of another tenant");
                    }
                    written.put(entry.table(), entry.rows());
                }
            }
            connection.commit();
            return new ImportedTenant(tenant, manifest.tenant().slug(), manifest.tenant().name(), schema.latest(),
                    written);
        } catch (SQLException | org.jooq.exception.DataAccessException refused) {
            connection.rollback();
            throw new TenantArchiveException(Reason.REFUSED_BY_DATABASE, "the database refused the archive, nothing "
                    + "was written: " + refused.getMessage(), refused);
        } catch (RuntimeException | IOException | Error failed) {
            connection.rollback();
            throw failed;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The tables by their group of {@link TenantTables#read}, in order. */
    private static List<List<Table>> groups(List<Table> tables) {
        List<List<Table>> groups = new ArrayList<>();
        int current = -1;
        for (Table table : tables) {
            if (table.group() != current) {
                groups.add(new ArrayList<>());
                current = table.group();
            }
            groups.getLast().add(table);
        }
        return groups;
    }

    /**
     * Tables whose foreign keys form a cycle, in one statement: PostgreSQL checks the keys at its end, when every row
     * of all of them is there. Each file is one parameter, so these tables are held in memory whole.
     */
    private static Map<String, Long> insertTogether(Connection connection, ZipFile zip,
                                                    List<Manifest.TableEntry> files, UUID tenant)
            throws SQLException, IOException {
        StringBuilder sql = new StringBuilder("with ");
        StringBuilder counts = new StringBuilder(" select ");
        for (int i = 0; i < files.size(); i++) {
            Manifest.TableEntry entry = files.get(i);
            String table = TenantTables.quote(entry.table());
            String columns = TenantTables.columnList(entry.columns());
            sql.append(i == 0 ? "" : ", ").append("w").append(i).append(" as (insert into ").append(table)
                    .append(" (").append(columns).append(") select ").append(columns)
                    .append(" from json_populate_recordset(null::").append(table)
                    .append(", ?::json) where tenant_id = ? returning 1)");
            counts.append(i == 0 ? "" : ", ").append("(select count(*) from w").append(i).append(")");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.append(counts).toString())) {
            for (int i = 0; i < files.size(); i++) {
                List<String> lines = new ArrayList<>();
                try (BufferedReader reader = reader(zip, files.get(i).file())) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines.add(line);
                    }
                }
                insert.setString(2 * i + 1, "[" + String.join(",", lines) + "]");
                insert.setObject(2 * i + 2, tenant);
            }
            Map<String, Long> written = new LinkedHashMap<>();
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                for (int i = 0; i < files.size(); i++) {
                    written.put(files.get(i).table(), row.getLong(i + 1));
                }
            }
            return written;
        }
    }

    private static long insertRows(Connection connection, ZipFile zip, Manifest.TableEntry entry, UUID tenant)
            throws SQLException, IOException {
        String table = TenantTables.quote(entry.table());
        String columns = TenantTables.columnList(entry.columns());
        // json_populate_recordset reads each value with its column's own type (vectors, arrays, bytea, jsonb).
        String sql = "insert into " + table + " (" + columns + ") select " + columns
                + " from json_populate_recordset(null::" + table + ", ?::json) where tenant_id = ?";
        long total = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
             BufferedReader lines = reader(zip, entry.file())) {
            List<String> batch = new ArrayList<>(BATCH);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                batch.add(line);
                if (batch.size() == BATCH) {
                    total += insertBatch(insert, batch, tenant, entry);
                }
            }
            total += insertBatch(insert, batch, tenant, entry);
        }
        return total;
    }

    private static long insertBatch(PreparedStatement insert, List<String> batch, UUID tenant,
                                    Manifest.TableEntry entry) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        insert.setString(1, "[" + String.join(",", batch) + "]");
        insert.setObject(2, tenant);
        int written = insert.executeUpdate();
        if (written != batch.size()) {
            throw damaged(entry.file() + " holds rows of another tenant");
        }
        batch.clear();
        return written;
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notAZip) {
            throw damaged("not a zip archive: " + notAZip.getMessage());
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.NAME);
        if (entry == null) {
            throw damaged("no " + Manifest.NAME + ": not a Kadens tenant archive, or cut short");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = TenantExport.JSON.readValue(in, Manifest.class);
        } catch (JacksonException unreadable) {
            throw damaged(Manifest.NAME + " cannot be read: " + unreadable.getOriginalMessage());
        }
        if (manifest.format() != Manifest.FORMAT || manifest.tenant() == null || manifest.tables() == null
                || manifest.schemaFingerprint() == null) {
            throw damaged(Manifest.NAME + " is not of archive format " + Manifest.FORMAT);
        }
        return manifest;
    }

    /** The file's SHA-256 and line count against the manifest's, read through once before anything is written. */
    private static void verify(ZipFile zip, String file, String sha256, long rows) throws IOException {
        MessageDigest digest = SchemaVersion.sha256();
        long lines = 0;
        try (InputStream in = stream(zip, file)) {
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (ZipException broken) {
            throw damaged(file + " cannot be unpacked: " + broken.getMessage());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw damaged(file + " does not match its checksum");
        }
        if (lines != rows) {
            throw damaged(file + " has " + lines + " rows, the manifest says " + rows);
        }
    }

    private static InputStream stream(ZipFile zip, String file) throws IOException {
        ZipEntry entry = file == null ? null : zip.getEntry(file);
        if (entry == null) {
            throw damaged("the archive has no " + file);
        }
        return zip.getInputStream(entry);
    }

    private static BufferedReader reader(ZipFile zip, String file) throws IOException {
        return new BufferedReader(new InputStreamReader(stream(zip, file), StandardCharsets.UTF_8));
    }

    private static String text(ZipFile zip, String file) throws IOException {
        try (InputStream in = stream(zip, file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TenantArchiveException damaged(String detail) {
        return new TenantArchiveException(Reason.DAMAGED, "the archive is damaged: " + detail);
    }
}
