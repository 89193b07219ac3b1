package io.kadens.tenants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant bound to the current transaction, read back from the connection itself: what row-level
 * security will apply, whatever the caller believes. Writers use it to fill {@code tenant_id}.
 */
public final class BoundTenant {

    private BoundTenant() {
    }

    public static Optional<TenantId> of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_setting('app.tenant_id', true)")) {
            String value = rows.next() ? rows.getString(1) : null;
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(new TenantId(UUID.fromString(value)));
        }
    }

    public static TenantId require(Connection connection) throws SQLException {
        return of(connection).orElseThrow(() -> new IllegalStateException(
                "no tenant bound: run this inside a transaction of a signed-in user or a TenantScope"));
    }
}
