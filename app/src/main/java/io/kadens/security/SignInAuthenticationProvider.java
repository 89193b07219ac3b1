package io.kadens.security;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.OPERATOR_ACCOUNT;
import static io.kadens.db.Tables.USER_ACCOUNT;

import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantScope;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a person in with organisation, email and password. The organisation decides the tenant;
 * the person is then looked up with that tenant bound, so row-level security applies already.
 * The organisation name "operator" signs in the operator, who belongs to no tenant.
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

    static final String OPERATOR_ORGANISATION = "operator";

    private final Organisations organisations;
    private final DSLContext db;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final SignInPause pause;
    private final TransactionTemplate transactions;
    private final Principals principals;
    /** Compared against when the account does not exist, so that both cases take as long. */
    private final String absentAccountHash;
    /** Outside demo mode the demo accounts' public password signs nobody in. */
    private final boolean demoMode;

    SignInAuthenticationProvider(Organisations organisations, DSLContext db, PasswordEncoder passwords,
                                 SignInThrottle throttle, SignInPause pause,
                                 PlatformTransactionManager transactionManager, Principals principals,
                                 @Value("${kadens.demo:false}") boolean demoMode) {
        this.pause = pause;
        this.organisations = organisations;
        this.db = db;
        this.passwords = passwords;
        this.throttle = throttle;
        this.transactions = new TransactionTemplate(transactionManager);
        this.principals = principals;
        this.absentAccountHash = passwords.encode("no account has this password");
        this.demoMode = demoMode;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OrganisationSignInToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OrganisationSignInToken token = (OrganisationSignInToken) authentication;
        String organisation = normalise(token.organisation());
        String email = normalise(token.email());
        String password = token.getCredentials() == null ? "" : token.getCredentials().toString();
        String account = organisation + "|" + email;
        String address = token.clientAddress();

        SignInThrottle.Verdict verdict = throttle.assess(account, address);
        if (verdict.refused()) {
            throw new SignInFailedException(SignInFailedException.Reason.THROTTLED);
        }
        // Held back, never refused, for the account's failures: its owner still gets in with the right password.
        pause.pause(verdict.holdFor());
        boolean publicPassword = !demoMode && Accounts.PUBLIC_DEMO_PASSWORD.equals(password);
        Optional<KadensUser> user = publicPassword ? Optional.empty() : OPERATOR_ORGANISATION.equals(organisation)
                ? operator(email, password)
                : tenantUser(organisation, email, password);
        if (user.isEmpty()) {
            throttle.recordFailure(account, address);
            throw new SignInFailedException(SignInFailedException.Reason.INVALID);
        }
        throttle.reset(account);
        KadensUser signedIn = user.get();
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                signedIn.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    private Optional<KadensUser> operator(String email, String password) {
        var account = transactions.execute(status ->
                db.selectFrom(OPERATOR_ACCOUNT).where(OPERATOR_ACCOUNT.EMAIL.eq(email))
                        // A bootstrapped operator has no password until they used their sign-in link.
                        .and(OPERATOR_ACCOUNT.PASSWORD_HASH.isNotNull()).fetchOptional());
        String hash = account.map(a -> a.getPasswordHash()).orElse(absentAccountHash);
        if (!passwords.matches(password, hash) || account.isEmpty()) {
            return Optional.empty();
        }
        var row = account.get();
        return Optional.of(new KadensUser(null, row.getId(), row.getEmail(), row.getDisplayName(),
                OPERATOR_ORGANISATION, "Kadens", Set.of(Role.OPERATOR), "en"));
    }

    private Optional<KadensUser> tenantUser(String slug, String email, String password) {
        Optional<Organisation> organisation = organisations.bySlug(slug);
        if (organisation.isEmpty()) {
            passwords.matches(password, absentAccountHash);
            return Optional.empty();
        }
        Organisation tenant = organisation.get();
        return TenantScope.call(tenant.id(), () -> transactions.execute(status -> {
            var person = db.select(EMPLOYEE.ID, EMPLOYEE.EMAIL, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME,
                            EMPLOYEE.PREFERRED_LOCALE, USER_ACCOUNT.PASSWORD_HASH)
                    .from(EMPLOYEE)
                    .join(USER_ACCOUNT).on(USER_ACCOUNT.TENANT_ID.eq(EMPLOYEE.TENANT_ID)
                            .and(USER_ACCOUNT.EMPLOYEE_ID.eq(EMPLOYEE.ID)))
                    .where(EMPLOYEE.EMAIL.eq(email))
                    .and(EMPLOYEE.STATUS.eq("ACTIVE"))
                    .and(USER_ACCOUNT.ENABLED.isTrue())
                    .and(USER_ACCOUNT.PASSWORD_HASH.isNotNull())
                    .fetchOptional();
            String hash = person.map(p -> p.get(USER_ACCOUNT.PASSWORD_HASH)).orElse(absentAccountHash);
            if (!passwords.matches(password, hash) || person.isEmpty()) {
                return Optional.<KadensUser>empty();
            }
            var row = person.get();
            var id = row.get(EMPLOYEE.ID);
            if (!tenant.isActive()) {
                // Only someone who proved their password learns that the organisation is suspended.
                throw new SignInFailedException(SignInFailedException.Reason.SUSPENDED);
            }
            db.update(USER_ACCOUNT).set(USER_ACCOUNT.LAST_SIGN_IN_AT, OffsetDateTime.now())
                    .where(USER_ACCOUNT.EMPLOYEE_ID.eq(id)).execute();
            return Optional.of(principals.principal(tenant, id, row.get(EMPLOYEE.EMAIL), row.get(EMPLOYEE.GIVEN_NAME),
                    row.get(EMPLOYEE.FAMILY_NAME), row.get(EMPLOYEE.PREFERRED_LOCALE)));
        }));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
