package io.kadens.tenants;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Binds a tenant explicitly for work that has no signed-in user: sign-in itself, background
 * jobs, seeding. Transactions started inside the scope see that tenant's rows only.
 *
 * <p>The binding happens when a transaction begins, so start the transaction inside the scope,
 * not the other way round. An explicit scope wins over the signed-in user.
 */
public final class TenantScope {

    private static final ScopedValue<TenantId> TENANT = ScopedValue.newInstance();

    private TenantScope() {
    }

    public static void run(TenantId tenant, Runnable work) {
        ScopedValue.where(TENANT, tenant).run(work);
    }

    public static <T> T call(TenantId tenant, Supplier<T> work) {
        return ScopedValue.where(TENANT, tenant).call(work::get);
    }

    public static Optional<TenantId> explicitTenant() {
        return TENANT.isBound() ? Optional.of(TENANT.get()) : Optional.empty();
    }
}
