package io.kadens.tenants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Binds the tenant to every transaction with {@code set_config('app.tenant_id', ?, true)}, and the
 * signed-in person with {@code set_config('app.person_id', ?, true)}.
 *
 * <p>The setting is transaction-local, so it is gone when the connection returns to the pool:
 * nothing leaks from one request to the next. With no tenant the setting is empty and the
 * row-level security policies match no row at all.
 */
public class TenantBindingTransactionManager extends JdbcTransactionManager {

    static final String BIND_SQL =
            "select set_config('app.tenant_id', ?, true), set_config('app.person_id', ?, true)";

    private final transient CurrentTenantResolver resolver;

    public TenantBindingTransactionManager(DataSource dataSource, CurrentTenantResolver resolver) {
        super(dataSource);
        this.resolver = resolver;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        Optional<TenantId> signedInTenant = resolver.currentTenant();
        Optional<TenantId> tenant = TenantScope.explicitTenant().or(() -> signedInTenant);
        // The person is bound only together with their own tenant: work in an explicit scope for
        // another tenant (or with no user) acts as nobody in particular.
        String person = tenant.isPresent() && tenant.equals(signedInTenant)
                ? resolver.currentPerson().map(UUID::toString).orElse("")
                : "";
        try (PreparedStatement statement = connection.prepareStatement(BIND_SQL)) {
            statement.setString(1, tenant.map(TenantId::toString).orElse(""));
            statement.setString(2, person);
            statement.execute();
        }
    }
}
