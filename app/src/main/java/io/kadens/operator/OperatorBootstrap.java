package io.kadens.operator;

import static io.kadens.db.Tables.OPERATOR_ACCOUNT;

import io.kadens.platform.InvalidInputException;
import io.kadens.security.Accounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first operator of a deployment without demo mode. {@code KADENS_OPERATOR_BOOTSTRAP_EMAIL} makes an
 * operator account without a password and a single-use sign-in link, printed once at start-up; opening
 * the link lets the operator choose a password. Only the link's SHA-256 is stored, with an expiry;
 * choosing the password clears it. A later start prints no link while the account has a password or
 * an unexpired link (see docs/decisions/2026-12-05-operator-bootstrap-and-migration-step.md).
 */
@Service
public class OperatorBootstrap {

    /** How long a printed link can be used. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(24);
    static final String ROUTE = "operator-setup/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String publicUrl;

    OperatorBootstrap(DSLContext db, PasswordEncoder passwords, Clock clock,
                      @Value("${kadens.public-url:http://localhost:8080}") String publicUrl) {
        this.db = db;
        this.passwords = passwords;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** What a start-up with the bootstrap email found, and the link when it issued one. */
    public record Outcome(State state, String email, Optional<String> link, Optional<OffsetDateTime> linkExpiresAt) {
        public enum State { LINK_ISSUED, LINK_ALREADY_ISSUED, HAS_PASSWORD }
    }

    /**
     * Creates the operator if there is none with this email and issues a link, unless the account has a
     * password already or an unexpired link (whose secret is not known any more: it is never shown again).
     * Safe when several nodes start at once: the update claims the account.
     */
    @Transactional
    public Outcome bootstrap(String email, String displayName) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("KADENS_OPERATOR_BOOTSTRAP_EMAIL is no email address: " + email);
        }
        db.insertInto(OPERATOR_ACCOUNT)
                .set(OPERATOR_ACCOUNT.ID, UUID.randomUUID())
                .set(OPERATOR_ACCOUNT.EMAIL, normalised)
                .set(OPERATOR_ACCOUNT.DISPLAY_NAME, displayName == null || displayName.isBlank() ? "Kadens Operator" : displayName)
                .onConflict(OPERATOR_ACCOUNT.EMAIL).doNothing()
                .execute();
        var account = db.selectFrom(OPERATOR_ACCOUNT).where(OPERATOR_ACCOUNT.EMAIL.eq(normalised)).forUpdate().fetchSingle();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (account.getPasswordHash() != null) {
            return new Outcome(Outcome.State.HAS_PASSWORD, normalised, Optional.empty(), Optional.empty());
        }
        if (account.getSetupTokenExpiresAt() != null && account.getSetupTokenExpiresAt().isAfter(now)) {
            return new Outcome(Outcome.State.LINK_ALREADY_ISSUED, normalised, Optional.empty(),
                    Optional.of(account.getSetupTokenExpiresAt()));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime expiresAt = now.plus(LINK_VALIDITY);
        db.update(OPERATOR_ACCOUNT)
                .set(OPERATOR_ACCOUNT.SETUP_TOKEN_HASH, hash(token))
                .set(OPERATOR_ACCOUNT.SETUP_TOKEN_EXPIRES_AT, expiresAt)
                .where(OPERATOR_ACCOUNT.ID.eq(account.getId()))
                .execute();
        return new Outcome(Outcome.State.LINK_ISSUED, normalised, Optional.of(publicUrl + ROUTE + token),
                Optional.of(expiresAt));
    }

    /** The operator's email when the link can be used now; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<String> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return db.select(OPERATOR_ACCOUNT.EMAIL).from(OPERATOR_ACCOUNT)
                .where(OPERATOR_ACCOUNT.SETUP_TOKEN_HASH.eq(hash(token)))
                .and(OPERATOR_ACCOUNT.SETUP_TOKEN_EXPIRES_AT.gt(OffsetDateTime.now(clock)))
                .and(OPERATOR_ACCOUNT.PASSWORD_HASH.isNull())
                .fetchOptional(OPERATOR_ACCOUNT.EMAIL);
    }

    /**
     * Sets the operator's password and ends the link, both or neither.
     *
     * @return the operator's email, to sign in with
     * @throws InvalidInputException           for a short, unconfirmed or public password
     * @throws OperatorLinkUnusableException when the link is unknown, used or expired
     */
    @Transactional
    public String choosePassword(String token, String password, String confirmation) {
        String email = open(token).orElseThrow(OperatorLinkUnusableException::new);
        new InvalidInputException.Collector()
                .check(password != null && password.length() >= Accounts.MIN_PASSWORD_LENGTH
                        && !Accounts.PUBLIC_DEMO_PASSWORD.equals(password), "password", "access.password.too-short")
                .check(password == null || password.equals(confirmation), "confirmation", "access.password.mismatch")
                .throwIfAny();
        int updated = db.update(OPERATOR_ACCOUNT)
                .set(OPERATOR_ACCOUNT.PASSWORD_HASH, passwords.encode(password))
                .setNull(OPERATOR_ACCOUNT.SETUP_TOKEN_HASH)
                .setNull(OPERATOR_ACCOUNT.SETUP_TOKEN_EXPIRES_AT)
                .where(OPERATOR_ACCOUNT.SETUP_TOKEN_HASH.eq(hash(token)))
                .and(OPERATOR_ACCOUNT.PASSWORD_HASH.isNull())
                .execute();
        if (updated != 1) {
            // Someone used the link at the same moment.
            throw new OperatorLinkUnusableException();
        }
        return email;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
