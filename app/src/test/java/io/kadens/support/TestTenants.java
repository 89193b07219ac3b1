package io.kadens.support;

import static io.kadens.db.Tables.USER_ACCOUNT;

import io.kadens.organisation.NewOrganisation;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.people.NewPerson;
import io.kadens.people.PeopleAdministration;
import io.kadens.security.Accounts;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds small companies for tests through the product's own services, each with a unique
 * organisation name so tests never collide and never depend on demo data.
 *
 * <p>Every company has the same shape: a CEO; an HR admin and a manager reporting to the CEO;
 * an employee and a team lead reporting to the manager; a member reporting to the team lead;
 * and a peer of the employee in another department with no sign-in.
 *
 * <p>One exception to "through the product's services": sign-in is enabled by storing the shared
 * {@link #PASSWORD}'s hash, computed once by the application's own password encoder, instead of
 * calling {@link Accounts#enableSignIn} six times per company. Each call hashes afresh (a deliberately
 * slow hash: about 1.3 s of the roughly 3 s a company took on a busy build machine); the invitation
 * tests cover {@code enableSignIn} itself.
 */
@Component
public class TestTenants {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organisations organisations;
    private final PeopleAdministration people;
    private final Accounts accounts;
    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final String passwordHash;

    TestTenants(Organisations organisations, PeopleAdministration people, Accounts accounts, DSLContext db,
                PasswordEncoder passwords, PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
        this.passwordHash = passwords.encode(PASSWORD);
    }

    public record Company(Organisation organisation, Person ceo, Person hrAdmin, Person manager, Person employee,
                          Person teamLead, Person member, Person outsider, UUID salesId, UUID supportId) {

        public TenantId id() {
            return organisation.id();
        }

        public String slug() {
            return organisation.slug();
        }
    }

    public record Person(UUID id, String givenName, String familyName, String email, String phone) {
    }

    /**
     * A label no other test company has: the prefix and eight letters. Its people's e-mail addresses come from the
     * label, and tests that read a shared fake mail server by address must not meet another test's mail (five hex
     * characters with their digits turned into x collided often enough to fail a run).
     */
    public static String uniqueLabel(String prefix) {
        StringBuilder label = new StringBuilder(prefix);
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            // Letters only (the label also becomes people's names): digits map to g–p.
            label.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return label.toString();
    }

    public Company create(String label) {
        String slug = (label + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6))
                .toLowerCase();
        TenantId tenant = TenantId.random();
        return TenantScope.call(tenant, () -> transactions.execute(status -> {
            Organisation organisation = organisations.register(tenant,
                    new NewOrganisation(slug, label + " Ltd", "en", "Europe/Stockholm"));
            UUID sales = people.createDepartment(label + " Sales", null);
            UUID support = people.createDepartment(label + " Support", null);
            Person ceo = person(label, "Chief", sales, null, true);
            Person hr = person(label, "Hradmin", support, ceo.id(), true);
            Person manager = person(label, "Manager", sales, ceo.id(), true);
            Person employee = person(label, "Employee", sales, manager.id(), true);
            Person lead = person(label, "Lead", sales, manager.id(), true);
            Person member = person(label, "Member", sales, lead.id(), true);
            Person outsider = person(label, "Outsider", support, hr.id(), false);
            accounts.grant(hr.id(), Role.HR_ADMIN);
            return new Company(organisation, ceo, hr, manager, employee, lead, member, outsider, sales, support);
        }));
    }

    private Person person(String label, String family, UUID department, UUID manager, boolean canSignIn) {
        String given = label.substring(0, 1).toUpperCase() + label.substring(1);
        String email = (family + "." + given + "@" + label + ".test").toLowerCase();
        String phone = "+46 8 " + Math.abs((label + family).hashCode() % 1_000_000);
        UUID id = people.addPerson(new NewPerson(given, family + label, email, family + " title", department, manager,
                "Stockholm", phone, LocalDate.of(2020, 1, 15), null));
        if (canSignIn) {
            // What Accounts.enableSignIn(id, PASSWORD) stores, without hashing again (see the class comment).
            db.insertInto(USER_ACCOUNT).set(USER_ACCOUNT.EMPLOYEE_ID, id).set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                    .set(USER_ACCOUNT.ENABLED, true).execute();
        }
        return new Person(id, given, family + label, email, phone);
    }

    /**
     * The test companies' day now (they are all in Stockholm): what their rules count "today" from. The test machine's
     * own day ({@code LocalDate.now()}) is another one for part of each day wherever it runs east or west of Stockholm.
     */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    }

    /** An authentication as the given person, with the roles sign-in would give them. */
    public static Authentication as(Company company, Person person, Role... extraRoles) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        roles.addAll(Set.of(extraRoles));
        if (person.equals(company.hrAdmin())) {
            roles.add(Role.HR_ADMIN);
        }
        if (person.equals(company.ceo()) || person.equals(company.manager()) || person.equals(company.teamLead())
                || person.equals(company.hrAdmin())) {
            roles.add(Role.MANAGER);
        }
        KadensUser user = new KadensUser(company.id(), person.id(), person.email(),
                person.givenName() + " " + person.familyName(), company.slug(), company.organisation().name(), roles,
                "en");
        return token(user);
    }

    public static Authentication operator() {
        return token(new KadensUser(null, UUID.randomUUID(), "operator@test", "Operator", "operator", "Kadens",
                Set.of(Role.OPERATOR), "en"));
    }

    /** An authentication for a signed-in user as sign-in made it. */
    public static Authentication token(KadensUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    /** Runs work signed in as someone, the way a request would be. */
    public static <T> T signedIn(Authentication authentication, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
