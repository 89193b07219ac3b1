package io.kadens.tenants;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * The tenant bound to the current transaction, for services that name it in an event, an audit entry
 * or an error. Writers need not read it: every tenant-owned table fills {@code tenant_id} from the bound
 * tenant by its column default.
 *
 * <p>It asks the transaction's own connection (see {@link BoundTenant}), so it reports what row-level
 * security applies, whatever the caller believes. Outside a transaction nothing is bound and it throws.
 *
 * <p>The answer is kept for the rest of the transaction: the binding is made once, when the transaction begins
 * ({@link TenantBindingTransactionManager}), and a page that asked ten services asked the connection ten times,
 * one round trip to the database each (docs/decisions/2026-12-07-ui-statements-per-view.md); see
 * {@link TransactionMemo} for how long it is kept.
 */
public class TransactionTenant {

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;

    public TransactionTenant(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The bound tenant; throws {@link IllegalStateException} when none is bound. */
    public TenantId require() {
        return TransactionMemo.get(this, this::fromConnection);
    }

    private TenantId fromConnection() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return BoundTenant.require(connection);
        } catch (SQLException e) {
            throw TRANSLATOR.translate("reading the bound tenant", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
