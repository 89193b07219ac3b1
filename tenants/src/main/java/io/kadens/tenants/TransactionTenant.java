package io.kadens.tenants;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
 * one round trip to the database each (docs/decisions/2026-12-07-ui-statements-per-view.md).
 */
public class TransactionTenant {

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;

    public TransactionTenant(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The bound tenant; throws {@link IllegalStateException} when none is bound. */
    public TenantId require() {
        boolean kept = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive();
        if (kept) {
            ReadInThisTransaction read = readInThisTransaction();
            if (read != null) {
                if (read.completing) {
                    // Committing or rolling back: the connection answers as before, whatever it answers then.
                    return fromConnection();
                }
                return read.tenant;
            }
        }
        TenantId tenant = fromConnection();
        if (kept) {
            TransactionSynchronizationManager.registerSynchronization(new ReadInThisTransaction(this, tenant));
        }
        return tenant;
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

    private ReadInThisTransaction readInThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof ReadInThisTransaction read && read.owner == this) {
                return read;
            }
        }
        return null;
    }

    /**
     * The tenant as this transaction's connection answered, kept with the transaction's synchronizations: gone when
     * it ends, and set aside while an inner transaction of its own runs (Spring suspends the synchronizations with
     * the transaction), so an inner transaction bound to another tenant reads its own. From its completion on,
     * the connection is asked again, as before.
     */
    private static final class ReadInThisTransaction implements TransactionSynchronization {
        private final TransactionTenant owner;
        private final TenantId tenant;
        private boolean completing;

        ReadInThisTransaction(TransactionTenant owner, TenantId tenant) {
            this.owner = owner;
            this.tenant = tenant;
        }

        @Override
        public void beforeCompletion() {
            completing = true;
        }
    }
}
