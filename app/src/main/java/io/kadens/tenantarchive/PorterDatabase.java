package io.kadens.tenantarchive;

import io.kadens.tenantarchive.TenantArchiveException.Reason;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections as the tenant porter role, {@code kadens_porter}: the one role that reads and writes a whole tenant.
 * It bypasses row-level security and holds SELECT and INSERT only (migration V196). No pool: exports and imports
 * are rare, and each takes one connection for its whole transaction and closes it.
 */
final class PorterDatabase {

    static final String ROLE = "kadens_porter";

    private final String url;
    private final String password;

    PorterDatabase(String url, String password) {
        this.url = url;
        this.password = password == null ? "" : password;
    }

    boolean configured() {
        return !password.isBlank();
    }

    Connection open() throws SQLException {
        if (!configured()) {
            throw new TenantArchiveException(Reason.NOT_CONFIGURED, "KADENS_DB_PORTER_PASSWORD is not set: this "
                    + "process holds no credentials of the " + ROLE + " role (docs/operations.md, \"Moving one tenant\")");
        }
        return DriverManager.getConnection(url, ROLE, password);
    }
}
