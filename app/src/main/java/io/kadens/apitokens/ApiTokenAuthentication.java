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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a bearer token: the tenant its text names must exist and be active; inside that tenant's
 * row-level security scope a token with the same hash must exist, be neither revoked nor expired,
 * and belong to a person who could sign in now. The principal is built by the same code as at sign-in.
 */
@Component
class ApiTokenAuthentication implements BearerTokens {

    private final ApiTokenRepository tokens;
    private final Organisations organisations;
    private final Principals principals;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ApiTokenAuthentication(ApiTokenRepository tokens, Organisations organisations, Principals principals, Clock clock,
                           PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.principals = principals;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Optional<KadensUser> authenticate(String token) {
        Optional<TenantId> tenantId = TokenText.tenantOf(token);
        if (tenantId.isEmpty()) {
            return Optional.empty();
        }
        return TenantScope.call(tenantId.get(), () -> transactions.execute(status -> {
            Optional<Organisation> tenant = organisations.byId(tenantId.get()).filter(Organisation::isActive);
            if (tenant.isEmpty()) {
                return Optional.<KadensUser>empty();
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            Optional<ApiTokenRepository.Credential> credential = tokens.findByHash(TokenText.hash(token))
                    .filter(c -> c.usableAt(now));
            Optional<KadensUser> user = credential.flatMap(c -> principals.activePerson(tenant.get(), c.personId()));
            if (user.isPresent() && (credential.get().lastUsedAt() == null
                    || credential.get().lastUsedAt().isBefore(now.minusMinutes(1)))) {
                tokens.touch(credential.get().id(), now);
            }
            return user;
        }));
    }
}
