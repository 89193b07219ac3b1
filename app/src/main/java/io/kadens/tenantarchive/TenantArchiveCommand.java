package io.kadens.tenantarchive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The runbook's commands (docs/operations.md, "Moving one tenant"), without starting Kadens:
 * <pre>
 * java -jar kadens.jar tenant-export &lt;slug or id&gt; &lt;archive.zip&gt;
 * java -jar kadens.jar tenant-import &lt;archive.zip&gt;
 * </pre>
 * They connect as the porter role with {@code KADENS_DB_PORTER_PASSWORD} to the database of
 * {@code KADENS_DB_HOST}, {@code KADENS_DB_PORT} and {@code KADENS_DB_NAME}. Holding that password is the
 * permission: there is no Kadens sign-in here.
 */
public final class TenantArchiveCommand {

    private TenantArchiveCommand() {
    }

    /** Runs the command named by {@code args[0]}; returns the process exit code. */
    public static int run(String... args) {
        return run(System.getenv()::get, System.out, System.err, args);
    }

    static int run(Function<String, String> environment, PrintStream out, PrintStream err, String... args) {
        String url = "jdbc:postgresql://" + setting(environment, "KADENS_DB_HOST", "localhost") + ":"
                + setting(environment, "KADENS_DB_PORT", "5432") + "/" + setting(environment, "KADENS_DB_NAME", "kadens");
        PorterDatabase porter = new PorterDatabase(url, environment.apply("KADENS_DB_PORTER_PASSWORD"));
        try {
            if (args.length == 3 && "tenant-export".equals(args[0])) {
                return export(porter, args[1], Path.of(args[2]), out);
            }
            if (args.length == 2 && "tenant-import".equals(args[0])) {
                return importArchive(porter, Path.of(args[1]), out);
            }
            err.println("usage: java -jar kadens.jar tenant-export <slug or id> <archive.zip>");
            err.println("       java -jar kadens.jar tenant-import <archive.zip>");
            return 2;
        } catch (TenantArchiveException refused) {
            err.println("refused (" + refused.reason() + "): " + refused.getMessage());
            return 1;
        } catch (SQLException | IOException | RuntimeException failed) {
            err.println("failed: " + failed);
            return 1;
        }
    }

    private static int export(PorterDatabase porter, String tenant, Path archive, PrintStream out)
            throws SQLException, IOException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try (Connection connection = porter.open()) {
            ExportedTenant exported;
            try (OutputStream file = Files.newOutputStream(partial)) {
                exported = TenantExport.write(connection, resolve(connection, tenant), file);
            }
            // Only a complete archive gets the name asked for.
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("exported tenant " + exported.slug() + " (" + exported.id() + ") at schema version "
                    + exported.schemaVersion() + " to " + archive);
            print(exported.rows(), out);
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static int importArchive(PorterDatabase porter, Path archive, PrintStream out)
            throws SQLException, IOException {
        try (Connection connection = porter.open()) {
            ImportedTenant imported = TenantImport.read(connection, archive);
            out.println("imported tenant " + imported.slug() + " (" + imported.id() + ") at schema version "
                    + imported.schemaVersion());
            print(imported.rows(), out);
            return 0;
        }
    }

    private static UUID resolve(Connection connection, String tenant) {
        return TenantRegistry.idOf(connection, tenant).orElseThrow(() -> new TenantArchiveException(
                TenantArchiveException.Reason.UNKNOWN_TENANT, "no tenant with the slug or id " + tenant));
    }

    private static void print(Map<String, Long> rows, PrintStream out) {
        rows.forEach((table, count) -> {
            if (count > 0) {
                out.println("  " + table + ": " + count);
            }
        });
        out.println("  rows in all: " + rows.values().stream().mapToLong(Long::longValue).sum());
    }

    private static String setting(Function<String, String> environment, String name, String fallback) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
