package io.kadens.scim;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.TenantTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens with which an identity provider provisions a tenant's people over SCIM.
 *
 * <p>A token reads {@code kadens_scim_<tenant id>_<secret>}: the tenant id lets a request bind its
 * tenant before looking the token up, so the look-up itself runs under row-level security. Only the
 * SHA-256 of the whole token is stored; the secret has 256 random bits, so a fast hash is enough.
 * Every token expires (a year unless chosen otherwise), so a forgotten one does not work forever.
 */
@Service
public class ScimTokens {

    static final Pattern FORMAT = Pattern.compile("^kadens_scim_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScimTokenRepository tokens;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Clock clock;
    private final ScimRepository people;

    ScimTokens(ScimTokenRepository tokens, CurrentUser currentUser, AuditLog auditLog,
               org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock,
               ScimRepository people) {
        this.clock = clock;
        this.people = people;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    /** Creates a token that works for a year (the default). */
    @Transactional
    public NewScimToken create(String name) {
        return create(name, ScimTokenExpiry.DAYS_365);
    }

    /**
     * Creates a token that works until it expires or is revoked, whichever comes first.
     *
     * @throws InvalidInputException at "name" when blank or too long, at "expiry" when none was chosen
     */
    @Transactional
    public NewScimToken create(String name, ScimTokenExpiry expiry) {
        KadensUser admin = requireHrAdmin();
        if (expiry == null) {
            throw InvalidInputException.of("expiry", "scim.token.expiry.required");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw InvalidInputException.of("name", "scim.token.name.required");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "kadens_scim_" + admin.tenantId().value().toString().replace("-", "") + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        OffsetDateTime expiresAt = now.plus(expiry.validity());
        tokens.insert(id, trimmed, hash(secret), admin.personId(), now, expiresAt);
        auditLog.record("scim.token.created", "scim_token", id.toString(), null,
                Map.of("name", trimmed, "expiresAt", expiresAt.toString()));
        return new NewScimToken(tokens.find(id, now).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ScimToken> list() {
        requireHrAdmin();
        return tokens.list(now());
    }

    /**
     * Reporting-line changes that arrived through SCIM, newest first (HR admins): an identity provider can
     * move people between managers, and with them who may read their private goals, check-ins and feedback.
     */
    @Transactional(readOnly = true)
    public List<ScimReportingLineChange> reportingLineChanges(int limit) {
        requireHrAdmin();
        List<AuditEntry> entries = auditLog.search(new AuditQuery(ScimUsers.MANAGER_CHANGED, null, null, "person",
                null, null, null), 0, limit);
        Set<UUID> ids = new HashSet<>();
        List<ScimReportingLineChange.Raw> raw = entries.stream().map(ScimReportingLineChange.Raw::of).toList();
        raw.forEach(change -> ids.addAll(change.ids()));
        Map<UUID, String> names = people.names(ids);
        return raw.stream().map(change -> change.named(names)).toList();
    }

    @Transactional
    public void revoke(UUID id) {
        requireHrAdmin();
        ScimToken token = tokens.find(id, now()).orElseThrow(() -> InvalidInputException.of("token", "scim.token.unknown"));
        if (tokens.revoke(id) > 0) {
            auditLog.record("scim.token.revoked", "scim_token", id.toString(), Map.of("name", token.name()),
                    Map.of("name", token.name(), "revoked", true));
        }
    }

    /**
     * The client a bearer token belongs to, if it is well formed, active and its tenant is not
     * suspended. Runs its own transaction under the tenant the token names.
     */
    public Optional<ScimClient> authenticate(String bearer) {
        Matcher matcher = bearer == null ? null : FORMAT.matcher(bearer.trim());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        String hex = matcher.group(1);
        TenantId tenant = new TenantId(UUID.fromString(hex.replaceFirst(
                "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)", "$1-$2-$3-$4-$5")));
        String hash = hash(bearer.trim());
        return TenantScope.call(tenant, () -> transactions.execute(status -> {
            if (!tokens.tenantActive(tenant.value())) {
                return Optional.<ScimClient>empty();
            }
            return tokens.use(hash, now()).map(token -> new ScimClient(tenant, token.id(), token.name()));
        }));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String hash(String token) {
        return TenantTokens.hash(token);
    }

    private KadensUser requireHrAdmin() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage SCIM tokens");
        }
        return user;
    }
}
