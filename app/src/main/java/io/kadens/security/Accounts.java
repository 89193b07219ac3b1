package io.kadens.security;

import static io.kadens.db.Tables.OPERATOR_ACCOUNT;
import static io.kadens.db.Tables.USER_ACCOUNT;
import static io.kadens.db.Tables.USER_ROLE;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who can sign in and with which stored roles. Passwords are only ever kept hashed. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /**
     * The demo accounts' password, printed in the README and at start-up. Outside demo mode no account
     * can sign in with it, so a database seeded in demo mode earlier opens to nobody.
     */
    public static final String PUBLIC_DEMO_PASSWORD = "kadens-demo";

    private final DSLContext db;
    private final PasswordEncoder passwords;

    Accounts(DSLContext db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    /** Lets a person of the bound tenant sign in with this password. */
    @Transactional
    public void enableSignIn(UUID personId, String password) {
        requireStrong(password);
        String hash = passwords.encode(password);
        db.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.EMPLOYEE_ID, personId)
                .set(USER_ACCOUNT.PASSWORD_HASH, hash)
                .set(USER_ACCOUNT.ENABLED, true)
                .onConflict(USER_ACCOUNT.TENANT_ID, USER_ACCOUNT.EMPLOYEE_ID)
                .doUpdate().set(USER_ACCOUNT.PASSWORD_HASH, hash).set(USER_ACCOUNT.ENABLED, true)
                .execute();
    }

    /** Whether a person of the bound tenant can sign in already (has an enabled account with a password). */
    @Transactional(readOnly = true)
    public boolean canSignIn(UUID personId) {
        return db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.EMPLOYEE_ID.eq(personId)
                .and(USER_ACCOUNT.ENABLED.isTrue()).and(USER_ACCOUNT.PASSWORD_HASH.isNotNull()));
    }

    /** Whether a person of the bound tenant has set a password, enabled or not (what the people editor shows). */
    @Transactional(readOnly = true)
    public boolean hasPassword(UUID personId) {
        return db.fetchExists(USER_ACCOUNT, USER_ACCOUNT.EMPLOYEE_ID.eq(personId).and(USER_ACCOUNT.PASSWORD_HASH.isNotNull()));
    }

    /** Everyone in the bound tenant who can sign in already, for pickers that offer only those who cannot. */
    @Transactional(readOnly = true)
    public Set<UUID> peopleWhoCanSignIn() {
        return new HashSet<>(db.select(USER_ACCOUNT.EMPLOYEE_ID).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ENABLED.isTrue()).and(USER_ACCOUNT.PASSWORD_HASH.isNotNull())
                .fetch(USER_ACCOUNT.EMPLOYEE_ID));
    }

    @Transactional
    public void grant(UUID personId, Role role) {
        if (role != Role.HR_ADMIN) {
            throw new IllegalArgumentException("only HR_ADMIN is granted; EMPLOYEE and MANAGER follow from the org");
        }
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.EMPLOYEE_ID, personId)
                .set(USER_ROLE.ROLE, role.name())
                .onConflictDoNothing()
                .execute();
    }

    @Transactional
    public UUID createOperator(String email, String displayName, String password) {
        requireStrong(password);
        UUID id = UUID.randomUUID();
        db.insertInto(OPERATOR_ACCOUNT)
                .set(OPERATOR_ACCOUNT.ID, id)
                .set(OPERATOR_ACCOUNT.EMAIL, email.trim().toLowerCase(Locale.ROOT))
                .set(OPERATOR_ACCOUNT.DISPLAY_NAME, displayName)
                .set(OPERATOR_ACCOUNT.PASSWORD_HASH, passwords.encode(password))
                .execute();
        return id;
    }

    @Transactional(readOnly = true)
    public boolean operatorExists(String email) {
        return db.fetchExists(OPERATOR_ACCOUNT, OPERATOR_ACCOUNT.EMAIL.eq(email.trim().toLowerCase(Locale.ROOT)));
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password.too-short");
        }
    }
}
