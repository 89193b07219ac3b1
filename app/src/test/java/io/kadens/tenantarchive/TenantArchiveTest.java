package io.kadens.tenantarchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.compensation.CompensationTestData;
import io.kadens.feedback.FeedbackTestData;
import io.kadens.goals.GoalsTestData;
import io.kadens.learning.LearningTestData;
import io.kadens.oneonones.OneOnOneTestData;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenantarchive.TenantArchiveException.Reason;
import io.kadens.tenantarchive.TenantTables.Table;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The per-tenant export and import against real PostgreSQL: a seeded tenant (people, anonymous feedback with its
 * sealed authors and an unmask request, private notes, pay, training files, indexed knowledge with embeddings) is
 * exported and imported into a second database migrated from scratch, as when a company moves between deployments.
 * Every table's rows are compared by count and content; the restored tenant is isolated by row-level security from
 * another restored tenant. Damaged archives, another schema and an existing tenant are refused with nothing written.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantArchiveTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    TenantArchives archives;
    @Autowired
    FeedbackTestData feedback;
    @Autowired
    OneOnOneTestData oneOnOnes;
    @Autowired
    LearningTestData learning;
    @Autowired
    GoalsTestData goals;
    @Autowired
    CompensationTestData compensation;
    @Autowired
    KnowledgeIndex knowledge;
    @Autowired
    MockMvc mvc;

    /** The other deployment: a database of its own, migrated by Flyway from nothing. */
    private TestDatabase target;

    @BeforeAll
    void anotherDeployment() {
        target = TestDatabase.createFresh();
        Flyway.configure(getClass().getClassLoader())
                .dataSource(target.jdbcUrl(), target.ownerUser(), target.ownerPassword())
                .placeholders(Map.of("app_role", target.appUser()))
                .outOfOrder(true)
                .load().migrate();
    }

    private Company seeded(String label) {
        Company company = tenants.create(label);
        feedback.seed(company);
        oneOnOnes.seed(company);
        learning.seed(company);
        goals.seed(company);
        compensation.seed(company);
        TenantScope.run(company.id(), () -> knowledge.replaceSource("content", "handbook-" + label,
                List.of(new ChunkDraft("Check-ins at " + label + " happen every second week", "en")), null));
        return company;
    }

    @Test
    void aTenantMovesToAnotherDeploymentWithEveryRowAndStaysIsolated() throws Exception {
        Company moving = seeded("move");
        Company neighbour = seeded("stay");
        // A held 1:1 with its check-in, so that the moving tenant has kept adherence figures (V203).
        try (Connection owner = TestDatabase.get().openAsOwner(); java.sql.Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + moving.id().value() + "', false)");
            sql.execute("update one_on_one_meeting set status = 'COMPLETED', completed_at = scheduled_at");
        }
        byte[] archive = export(moving);
        byte[] neighbourArchive = export(neighbour);

        ImportedTenant imported = importInto(target, archive);
        importInto(target, neighbourArchive);

        assertThat(imported.id()).isEqualTo(moving.id().value());
        assertThat(imported.slug()).isEqualTo(moving.slug());
        UUID id = moving.id().value();
        Map<String, String> before = contents(TestDatabase.get(), id);
        Map<String, String> after = contents(target, id);
        assertThat(after).as("every table's row count and content checksum, restored against the original")
                .isEqualTo(before);
        // Derived tables are not in the archive; the import rebuilt them from the rows it wrote.
        assertThat(after).doesNotContainKey("one_on_one_adherence_figure");
        String figures = "select row_to_json(t)::text j from one_on_one_adherence_figure t where tenant_id = ?";
        String keptBefore;
        String keptAfter;
        try (Connection porter = DriverManager.getConnection(TestDatabase.get().jdbcUrl(), TestDatabase.PORTER,
                TestDatabase.PORTER);
             Connection restored = DriverManager.getConnection(target.jdbcUrl(), TestDatabase.PORTER, TestDatabase.PORTER)) {
            keptBefore = checksum(porter, figures, id);
            keptAfter = checksum(restored, figures, id);
        }
        assertThat(keptBefore).doesNotStartWith("0 ");
        assertThat(keptAfter).as("kept 1:1 adherence figures, rebuilt by the import").isEqualTo(keptBefore);
        // The seeding reached the tables that only the porter can read or write whole.
        for (String table : List.of("tenant", "employee", "feedback_author", "feedback_unmask_request", "private_note",
                "employee_pay", "knowledge_chunk", "training_item", "goal", "user_account")) {
            assertThat(before.get(table)).as(table).doesNotStartWith("0 ");
        }
        // Embeddings came along: similarity search in the new deployment finds the chunk without re-indexing.
        assertThat(single(target, id, "select count(*) from knowledge_chunk where tenant_id = ?"
                + " and embedding is not null and text_search @@ plainto_tsquery('english', 'check-ins')")).isPositive();

        isolated(target, id, neighbour.id().value());
        isolated(target, neighbour.id().value(), id);
    }

    /**
     * The restored tenant under row-level security, as the application role: nothing with no tenant bound, none of
     * its rows with the other tenant bound (and no way to change them), its people with it bound; every tenant table
     * has RLS forced.
     */
    private static void isolated(TestDatabase db, UUID restored, UUID other) throws SQLException {
        try (Connection owner = db.openAsOwner(); Connection app = db.openAsApp()) {
            List<Table> tables = TenantTables.read(owner);
            assertThat(tables).hasSizeGreaterThan(50);
            for (Table table : tables) {
                try (PreparedStatement rls = owner.prepareStatement(
                        "select relrowsecurity and relforcerowsecurity from pg_class where oid = ?::regclass")) {
                    rls.setString(1, table.name());
                    try (ResultSet row = rls.executeQuery()) {
                        row.next();
                        assertThat(row.getBoolean(1)).as("RLS forced on " + table.name()).isTrue();
                    }
                }
                String quoted = TenantTables.quote(table.name());
                assertThat(asApp(app, null, "select count(*) from " + quoted)).as(table.name() + " with no tenant").isZero();
                assertThat(asApp(app, other, "select count(*) from " + quoted + " where tenant_id = '" + restored + "'"))
                        .as(table.name() + " of the restored tenant, seen by the other").isZero();
                if (!table.primaryKey().isEmpty() && canUpdate(app, table.name())) {
                    assertThat(asApp(app, other, "with changed as (update " + quoted + " set tenant_id = tenant_id"
                            + " where tenant_id = '" + restored + "' returning 1) select count(*) from changed"))
                            .as(table.name() + " of the restored tenant, changed by the other").isZero();
                }
            }
            long people = single(db, restored, "select count(*) from employee where tenant_id = ?");
            assertThat(asApp(app, restored, "select count(*) from employee")).isEqualTo(people).isPositive();
            assertThat(asApp(app, restored, "select count(*) from employee where tenant_id <> '" + restored + "'"))
                    .isZero();
        }
    }

    @Test
    void damagedArchivesAnotherSchemaAndAnExistingTenantAreRefusedWithNothingWritten() throws Exception {
        Company company = seeded("refuse");
        UUID id = company.id().value();
        byte[] archive = export(company);
        Map<String, byte[]> entries = entries(archive);
        String goalFile = fileOf(entries, "goal");
        String lastFile = fileOf(entries, lastNonEmptyTable(entries));

        // One byte changed in a table file.
        refused(rezip(entries, Map.of(goalFile, bytes -> flipOne(bytes))), Reason.DAMAGED, "checksum", id);
        // Cut short in transfer.
        refused(java.util.Arrays.copyOf(archive, archive.length / 2), Reason.DAMAGED, "", id);
        // Not a zip at all.
        refused("not an archive".getBytes(StandardCharsets.UTF_8), Reason.DAMAGED, "not a zip", id);
        // Made by a deployment at another schema version.
        refused(rezip(entries, Map.of(Manifest.NAME, manifest -> new String(manifest, StandardCharsets.UTF_8)
                .replaceFirst("\"schemaFingerprint\"\\s*:\\s*\"[0-9a-f]+\"", "\"schemaFingerprint\": \"" + "0".repeat(64)
                        + "\"").getBytes(StandardCharsets.UTF_8))), Reason.SCHEMA_MISMATCH, "schema version", id);
        // A consistent archive (checksums recomputed) whose last table holds a row of another tenant: the rows of
        // every earlier table were written by then, and the whole transaction is rolled back.
        byte[] foreignRow = rezipWithChecksums(entries, lastFile, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace(id.toString(), UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8));
        refused(foreignRow, Reason.DAMAGED, "another tenant", id);

        // The intact archive still imports, once.
        importInto(target, archive);
        assertThat(contents(target, id)).isEqualTo(contents(TestDatabase.get(), id));
        refused(archive, Reason.TENANT_EXISTS, "already", null);
    }

    @Test
    void theOperatorExportsAndImportsOverRestAndNobodyElseMay() throws Exception {
        Company company = tenants.create("rest");
        MockHttpServletResponse exported = mvc.perform(get("/api/v1/operator/tenants/" + company.id() + "/export")
                .with(authentication(TestTenants.operator()))).andReturn().getResponse();
        assertThat(exported.getStatus()).isEqualTo(200);
        assertThat(exported.getContentType()).isEqualTo("application/zip");
        assertThat(entries(exported.getContentAsByteArray())).containsKeys(Manifest.NAME, Manifest.TENANT_FILE);

        // Into the deployment it came from, where the tenant exists: 409, in the caller's language.
        MockHttpServletResponse again = mvc.perform(post("/api/v1/operator/tenant-imports")
                .with(authentication(TestTenants.operator())).with(csrf()).header("Accept-Language", "sv")
                .contentType("application/zip").content(exported.getContentAsByteArray())).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentType()).isEqualTo("application/problem+json");
        assertThat(again.getContentAsString()).contains("TENANT_EXISTS", "Inget importerades");

        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/operator/tenants/" + UUID.randomUUID() + "/export")
                .with(authentication(TestTenants.operator()))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).isEqualTo("application/problem+json");

        for (var caller : List.of(TestTenants.as(company, company.hrAdmin()), TestTenants.as(company, company.employee()))) {
            assertThat(mvc.perform(get("/api/v1/operator/tenants/" + company.id() + "/export").with(authentication(caller)))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/api/v1/operator/tenant-imports").with(authentication(caller)).with(csrf())
                    .contentType("application/zip").content(exported.getContentAsByteArray()))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        MockHttpServletResponse anonymous = mvc.perform(get("/api/v1/operator/tenants/" + company.id() + "/export"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("Location")).isNull();
    }

    @Test
    void theCommandLineExportsAndRefusesWithAClearMessage() throws Exception {
        Company company = tenants.create("cli");
        TestDatabase db = TestDatabase.get();
        Map<String, String> environment = Map.of("KADENS_DB_HOST", db.host(), "KADENS_DB_PORT", String.valueOf(db.port()),
                "KADENS_DB_NAME", db.name(), "KADENS_DB_PORTER_PASSWORD", TestDatabase.PORTER);
        Path folder = Files.createTempDirectory("kadens-tenant-cli");
        Path file = folder.resolve("cli.zip");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exported = TenantArchiveCommand.run(environment::get, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8), "tenant-export", company.slug(), file.toString());
            assertThat(exported).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("exported tenant " + company.slug(), "employee: ");
            assertThat(entries(Files.readAllBytes(file))).containsKey(Manifest.NAME);

            err.reset();
            int imported = TenantArchiveCommand.run(environment::get, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8), "tenant-import", file.toString());
            assertThat(imported).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("TENANT_EXISTS", company.slug());

            int unconfigured = TenantArchiveCommand.run(Map.of("KADENS_DB_NAME", db.name())::get,
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8), "tenant-export", company.slug(), file.toString());
            assertThat(unconfigured).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("KADENS_DB_PORTER_PASSWORD is not set");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** The porter reads and adds rows, nothing else: no UPDATE or DELETE anywhere, no ownership, no superuser. */
    @Test
    void thePorterMayOnlyReadAndAddRows() throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement query = owner.prepareStatement("""
                     select count(*) filter (where has_table_privilege('kadens_porter', c.oid, 'UPDATE')
                                                or has_table_privilege('kadens_porter', c.oid, 'DELETE')
                                                or has_table_privilege('kadens_porter', c.oid, 'TRUNCATE')),
                            count(*) filter (where not has_table_privilege('kadens_porter', c.oid, 'SELECT')),
                            count(*) filter (where c.relowner = 'kadens_porter'::regrole),
                            (select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = 'kadens_porter')
                     from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')""");
             ResultSet row = query.executeQuery()) {
            row.next();
            assertThat(row.getLong(1)).as("tables the porter may change or delete from").isZero();
            assertThat(row.getLong(2)).as("tables the porter may not read").isZero();
            assertThat(row.getLong(3)).as("tables the porter owns").isZero();
            assertThat(row.getBoolean(4)).as("superuser, role or database creator").isFalse();
        }
    }

    // ---------------------------------------------------------------- helpers

    private byte[] export(Company company) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestTenants.signedIn(TestTenants.operator(), () -> archives.export(company.id().value(), out));
        return out.toByteArray();
    }

    private static ImportedTenant importInto(TestDatabase db, byte[] archive) throws IOException, SQLException {
        Path file = Files.createTempFile("kadens-tenant-test-", ".zip");
        try (Connection porter = DriverManager.getConnection(db.jdbcUrl(), TestDatabase.PORTER, TestDatabase.PORTER)) {
            Files.write(file, archive);
            return TenantImport.read(porter, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void refused(byte[] archive, Reason reason, String message, UUID nothingOf) throws Exception {
        assertThatThrownBy(() -> importInto(target, archive)).isInstanceOfSatisfying(TenantArchiveException.class,
                refusal -> {
                    assertThat(refusal.reason()).isEqualTo(reason);
                    assertThat(refusal.getMessage()).contains(message);
                });
        if (nothingOf != null) {
            assertThat(contents(target, nothingOf).values()).as("rows written by a refused import")
                    .allMatch(content -> content.startsWith("0 "));
        }
    }

    /** Per table (and the registry row as "tenant"): the tenant's row count and an MD5 of its rows, every column. */
    private static Map<String, String> contents(TestDatabase db, UUID tenant) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Connection porter = DriverManager.getConnection(db.jdbcUrl(), TestDatabase.PORTER, TestDatabase.PORTER)) {
            contents.put("tenant", checksum(porter, "select row_to_json(t)::text j from tenant t where id = ?", tenant));
            for (Table table : TenantTables.read(porter)) {
                // The goal roll-up version is a cache counter: writing the tenant's goals in the target deployment
                // takes a new value from that deployment's own sequence (V194), so only its row count can match.
                String row = table.name().equals("goal_roll_up_version") ? "row(t.tenant_id)" : "t";
                contents.put(table.name(), checksum(porter, "select row_to_json(" + row + ")::text j from "
                        + TenantTables.quote(table.name()) + " t where tenant_id = ?", tenant));
            }
        }
        return contents;
    }

    private static String checksum(Connection connection, String rows, UUID tenant) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) || ' ' || coalesce(md5(string_agg(j, E'\\n' order by j)), '-') from (" + rows + ") x")) {
            query.setObject(1, tenant);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** A count over the tenant's rows as the porter; {@code sql} names the tenant as its only parameter. */
    private static long single(TestDatabase db, UUID tenant, String sql) throws SQLException {
        try (Connection porter = DriverManager.getConnection(db.jdbcUrl(), TestDatabase.PORTER, TestDatabase.PORTER);
             PreparedStatement query = porter.prepareStatement(sql)) {
            query.setObject(1, tenant);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static boolean canUpdate(Connection app, String table) throws SQLException {
        try (PreparedStatement query = app.prepareStatement("select has_table_privilege(?, 'UPDATE')")) {
            query.setString(1, "public." + table);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static long asApp(Connection app, UUID tenant, String sql) throws SQLException {
        app.setAutoCommit(false);
        try {
            try (PreparedStatement bind = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant == null ? "" : tenant.toString());
                bind.execute();
            }
            try (PreparedStatement query = app.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } finally {
            app.rollback();
        }
    }

    private static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String fileOf(Map<String, byte[]> entries, String table) {
        return entries.keySet().stream().filter(name -> name.matches("tables/\\d{3}-" + table + "\\.jsonl"))
                .findFirst().orElseThrow();
    }

    private static String lastNonEmptyTable(Map<String, byte[]> entries) {
        List<String> files = new ArrayList<>(entries.keySet().stream().filter(name -> name.startsWith("tables/")
                && entries.get(name).length > 0).sorted().toList());
        return files.getLast().replaceFirst("tables/\\d{3}-", "").replace(".jsonl", "");
    }

    private static byte[] rezip(Map<String, byte[]> entries, Map<String, UnaryOperator<byte[]>> changes)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(changes.getOrDefault(entry.getKey(), UnaryOperator.identity()).apply(entry.getValue()));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Changes one file and writes its new checksum into the manifest, as someone editing an archive would. */
    private static byte[] rezipWithChecksums(Map<String, byte[]> entries, String file, UnaryOperator<byte[]> change)
            throws IOException {
        byte[] original = entries.get(file);
        byte[] changed = change.apply(original);
        assertThat(changed).isNotEqualTo(original);
        String before = HexFormat.of().formatHex(SchemaVersion.sha256().digest(original));
        String after = HexFormat.of().formatHex(SchemaVersion.sha256().digest(changed));
        return rezip(entries, Map.of(file, bytes -> changed, Manifest.NAME, manifest -> new String(manifest,
                StandardCharsets.UTF_8).replace(before, after).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] flipOne(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }
}
