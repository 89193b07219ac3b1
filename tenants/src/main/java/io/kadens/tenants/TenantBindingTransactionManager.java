package io.kadens.tenants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Binds the tenant to every transaction with {@code set_config('app.tenant_id', ?, true)}.
 *
 * <p>The setting is transaction-local, so it is gone when the connection returns to the pool:
 * nothing leaks from one request to the next. With no tenant the setting is empty and the
 * row-level security policies match no row at all.
 */
public class TenantBindingTransactionManager extends JdbcTransactionManager {

    static final String BIND_SQL = "select set_config('app.tenant_id', ?, true)";

    private final transient CurrentTenantResolver resolver;

    public TenantBindingTransactionManager(DataSource dataSource, CurrentTenantResolver resolver) {
        super(dataSource);
        this.resolver = resolver;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant = TenantScope.explicitTenant()
                .or(resolver::currentTenant)
                .map(TenantId::toString)
                .orElse("");
        try (PreparedStatement statement = connection.prepareStatement(BIND_SQL)) {
            statement.setString(1, tenant);
            statement.execute();
        }
    }
}
