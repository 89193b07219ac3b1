package io.kadens.tenantarchive;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The operator's per-tenant export and import (docs/decisions/2026-12-06-tenant-export-import.md). Only the
 * operator may call it. It works through the porter role (see {@link PorterDatabase}), not through the
 * application's own connections and transactions: a tenant's archive holds rows no person of it may read.
 */
@Service
public class TenantArchives {

    private static final Logger log = LoggerFactory.getLogger(TenantArchives.class);

    private final CurrentUser currentUser;
    private final PorterDatabase porter;

    TenantArchives(CurrentUser currentUser, @Value("${spring.datasource.url}") String url,
                   @Value("${kadens.db.porter-password:}") String porterPassword) {
        this.currentUser = currentUser;
        this.porter = new PorterDatabase(url, porterPassword);
    }

    /** Writes the tenant's archive to {@code out}; throws before writing anything when it cannot. */
    public ExportedTenant export(UUID tenant, OutputStream out) {
        requireOperator();
        try (Connection connection = porter.open()) {
            ExportedTenant exported = TenantExport.write(connection, tenant, out);
            log.info("Tenant {} ({}) exported at schema version {}: {} rows", exported.slug(), tenant,
                    exported.schemaVersion(), exported.rows().values().stream().mapToLong(Long::longValue).sum());
            return exported;
        } catch (SQLException e) {
            throw new IllegalStateException("exporting tenant " + tenant + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports an archive as a new tenant, all or nothing. The upload is kept in a temporary file while it is
     * checked and written (a zip is read from its end), and deleted afterwards.
     */
    public ImportedTenant importArchive(InputStream archive) {
        requireOperator();
        Path file = null;
        try (Connection connection = porter.open()) {
            file = Files.createTempFile("kadens-tenant-import-", ".zip");
            Files.copy(archive, file, StandardCopyOption.REPLACE_EXISTING);
            ImportedTenant imported = TenantImport.read(connection, file);
            log.info("Tenant {} ({}) imported at schema version {}: {} rows", imported.slug(), imported.id(),
                    imported.schemaVersion(), imported.rows().values().stream().mapToLong(Long::longValue).sum());
            return imported;
        } catch (SQLException e) {
            throw new IllegalStateException("importing a tenant failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded tenant archive {}", file, e);
            }
        }
    }

    /** Whether this process holds the porter's credentials (else the REST pair answers 503). */
    public boolean available() {
        return porter.configured();
    }

    private void requireOperator() {
        KadensUser user = currentUser.require();
        if (!user.has(Role.OPERATOR)) {
            throw new AccessDeniedException("only the operator exports and imports tenants");
        }
    }
}
