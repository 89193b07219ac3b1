package io.kadens.apitokens;

import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.security.BearerTokens;
import io.kadens.security.KadensUser;
import io.kadens.security.Principals;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a bearer token: the tenant its text names must exist and be active; inside that tenant's
 * row-level security scope a token with the same hash must exist, be neither revoked nor expired,
 * and belong to a person who could sign in now. The principal is built by the same code as at sign-in.
 * A token older than the tenant's maximum lifetime is refused, and so is a demo token outside demo mode.
 */
@Component
class ApiTokenAuthentication implements BearerTokens {

    private final ApiTokenRepository tokens;
    private final Organisations organisations;
    private final Principals principals;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final boolean demoMode;

    ApiTokenAuthentication(ApiTokenRepository tokens, Organisations organisations, Principals principals, Clock clock,
                           PlatformTransactionManager transactionManager,
                           @Value("${kadens.demo:false}") boolean demoMode) {
        this.demoMode = demoMode;
        this.tokens = tokens;
        this.organisations = organisations;
        this.principals = principals;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Optional<BearerAccess> authenticate(String token) {
        Optional<TenantId> tenantId = TokenText.tenantOf(token);
        if (tenantId.isEmpty()) {
            return Optional.empty();
        }
        return TenantScope.call(tenantId.get(), () -> transactions.execute(status -> {
            Optional<Organisation> tenant = organisations.byId(tenantId.get()).filter(Organisation::isActive);
            if (tenant.isEmpty()) {
                return Optional.<BearerAccess>empty();
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            Optional<ApiTokenRepository.Credential> credential = tokens.findByHash(TokenText.hash(token))
                    .filter(c -> c.usableAt(now))
                    // Outside demo mode no demo token works, even one an earlier demo start left open.
                    .filter(c -> demoMode || !c.demo());
            Optional<KadensUser> user = credential.flatMap(c -> principals.activePerson(tenant.get(), c.personId()));
            if (user.isPresent() && (credential.get().lastUsedAt() == null
                    || credential.get().lastUsedAt().isBefore(now.minusMinutes(1)))) {
                tokens.touch(credential.get().id(), now);
            }
            return user.map(u -> new BearerAccess(u, credential.get().scope() == TokenScope.READ));
        }));
    }
}
