package io.kadens.apitokens;

import io.kadens.audit.AuditLog;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal access tokens for the REST API. A person creates and revokes their own; an HR admin sees
 * and revokes those of everyone in the tenant (someone leaving, a token leaked). A token acts with
 * exactly its person's current rights (see {@link ApiTokenAuthentication}). Creation and revocation
 * are audited, never with the token's text or hash.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME_LENGTH = 80;
    static final String SUBJECT = "api-token";
    static final String DEMO_TOKEN_NAME = "Demo";

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    private final boolean demoMode;

    /** What the audit log keeps of a token. */
    record AuditedToken(UUID personId, String name, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                        TokenScope scope) {
    }

    ApiTokens(ApiTokenRepository tokens, CurrentUser currentUser, AuditLog audit, Clock clock,
              PlatformTransactionManager transactionManager, @Value("${kadens.demo:false}") boolean demoMode) {
        this.demoMode = demoMode;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Creates a token that may read and write, for the signed-in person (see {@link #create(String, TokenExpiry, TokenScope)}). */
    public IssuedApiToken create(String name, TokenExpiry expiry) {
        return create(name, expiry, TokenScope.READ_WRITE);
    }

    /**
     * Creates a token for the signed-in person.
     *
     * @throws InvalidInputException at "name" when the name is blank or too long; at "expiry" when none was
     *                               chosen, or one longer than the tenant's maximum lifetime; at "scope" when none was chosen
     */
    public IssuedApiToken create(String name, TokenExpiry expiry, TokenScope scope) {
        KadensUser me = requireTenantUser();
        String trimmed = name == null ? "" : name.trim();
        new InvalidInputException.Collector()
                .check(!trimmed.isEmpty(), "name", "api-tokens.error.name.required")
                .check(trimmed.length() <= MAX_NAME_LENGTH, "name", "api-tokens.error.name.too-long")
                .check(expiry != null, "expiry", "api-tokens.error.expiry.required")
                .check(scope != null, "scope", "api-tokens.error.scope.required")
                .throwIfAny();
        return transactions.execute(status -> {
            Optional<Integer> maxDays = tokens.maxLifetimeDays();
            if (maxDays.isPresent() && !expiry.fitsWithin(maxDays.get())) {
                throw InvalidInputException.of("expiry", "api-tokens.error.expiry.too-long");
            }
            return issue(me.tenantId(), me.personId(), trimmed, expiry, scope, false);
        });
    }

    /** The longest lifetime, in days, the signed-in person's organisation allows a new token; empty for no limit. */
    public Optional<Integer> maxLifetimeDays() {
        requireTenantUser();
        return transactions.execute(status -> tokens.maxLifetimeDays());
    }

    /** The token lifetimes a person of this organisation may choose now, shortest first. */
    public List<TokenExpiry> allowedExpiries() {
        Optional<Integer> maxDays = maxLifetimeDays();
        return java.util.Arrays.stream(TokenExpiry.values())
                .filter(expiry -> maxDays.isEmpty() || expiry.fitsWithin(maxDays.get())).toList();
    }

    /**
     * Sets the organisation's longest token lifetime (HR admins); null removes the limit. Existing tokens
     * older than the limit stop working, as they would had they been made under it.
     *
     * @throws InvalidInputException at "maxLifetimeDays" outside 1 to {@value #MAX_LIFETIME_DAYS} days
     */
    public void setMaxLifetimeDays(Integer days) {
        requireHrAdmin();
        if (days != null && (days < 1 || days > MAX_LIFETIME_DAYS)) {
            throw InvalidInputException.of("maxLifetimeDays", "api-tokens.error.max-lifetime.range");
        }
        transactions.executeWithoutResult(status -> {
            Optional<Integer> before = tokens.maxLifetimeDays();
            if (!before.equals(Optional.ofNullable(days))) {
                tokens.setMaxLifetimeDays(days, now());
                audit.record("token.policy.changed", SUBJECT, "policy",
                        java.util.Collections.singletonMap("maxLifetimeDays", before.orElse(null)),
                        java.util.Collections.singletonMap("maxLifetimeDays", days));
            }
        });
    }

    /** The longest maximum lifetime an organisation may set: ten years. */
    public static final int MAX_LIFETIME_DAYS = 3650;

    /** The signed-in person's tokens, open ones first, newest first. */
    public List<ApiTokenSummary> mine() {
        KadensUser me = requireTenantUser();
        return transactions.execute(status -> tokens.list(Optional.of(me.personId()), now()));
    }

    /** Every token of the tenant: HR admins only. */
    public List<ApiTokenSummary> everyone() {
        requireHrAdmin();
        return transactions.execute(status -> tokens.list(Optional.empty(), now()));
    }

    /**
     * Revokes a token: its person's own, or any of the tenant's for an HR admin. Another tenant's id,
     * or someone else's token for a non-admin, is refused exactly like an id that never existed.
     */
    public void revoke(UUID tokenId) {
        KadensUser me = requireTenantUser();
        transactions.executeWithoutResult(status -> {
            ApiTokenSummary token = tokens.find(tokenId, now())
                    .filter(t -> t.personId().equals(me.personId()) || me.has(Role.HR_ADMIN))
                    .orElseThrow(() -> new AccessDeniedException("no such token"));
            if (tokens.revoke(tokenId, me.email(), now())) {
                audit.record("token.revoked", SUBJECT, tokenId.toString(), audited(token, null),
                        audited(token, now()));
            }
        });
    }

    /**
     * Demo start-up: revokes the demo tokens of earlier starts and issues one for each email given (people
     * of the demo tenant who are active). Runs with no one signed in.
     */
    public List<DemoApiToken> replaceDemoTokens(TenantId tenant, String organisation, List<String> emails) {
        if (!demoMode) {
            // Demo tokens exist only for demo mode's start-up banner.
            throw new IllegalStateException("demo tokens are issued only in demo mode (KADENS_DEMO=true)");
        }
        return TenantScope.call(tenant, () -> transactions.execute(status -> {
            for (UUID old : tokens.openDemoTokens()) {
                ApiTokenSummary before = tokens.find(old, now()).orElseThrow();
                tokens.revoke(old, "demo start-up", now());
                audit.recordAs("demo start-up", "token.revoked", SUBJECT, old.toString(), audited(before, null),
                        audited(before, now()));
            }
            List<DemoApiToken> issued = new ArrayList<>();
            for (String email : emails) {
                tokens.activePersonByEmail(email).ifPresent(person -> issued.add(new DemoApiToken(organisation, email,
                        issue(tenant, person, DEMO_TOKEN_NAME, TokenExpiry.DAYS_30, TokenScope.READ_WRITE, true).token())));
            }
            return issued;
        }));
    }

    private IssuedApiToken issue(TenantId tenant, UUID personId, String name, TokenExpiry expiry, TokenScope scope,
                                 boolean demo) {
        OffsetDateTime now = now();
        String token = TokenText.newToken(tenant);
        UUID id = UUID.randomUUID();
        OffsetDateTime expiresAt = expiry.validity().map(now::plus).orElse(null);
        tokens.insert(id, personId, name, TokenText.hash(token), demo, now, expiresAt, scope);
        ApiTokenSummary summary = tokens.find(id, now).orElseThrow();
        if (demo) {
            audit.recordAs("demo start-up", "token.created", SUBJECT, id.toString(), null, audited(summary, null));
        } else {
            audit.record("token.created", SUBJECT, id.toString(), null, audited(summary, null));
        }
        return new IssuedApiToken(token, summary);
    }

    private static AuditedToken audited(ApiTokenSummary token, OffsetDateTime revokedAt) {
        return new AuditedToken(token.personId(), token.name(), token.expiresAt(), revokedAt, token.scope());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private KadensUser requireTenantUser() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no personal access tokens");
        }
        return user;
    }

    private KadensUser requireHrAdmin() {
        KadensUser user = requireTenantUser();
        if (!user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("HR admins only");
        }
        return user;
    }
}
