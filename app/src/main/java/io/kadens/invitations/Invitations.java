package io.kadens.invitations;

import io.kadens.audit.AuditLog;
import io.kadens.mail.MailDeliveryException;
import io.kadens.mail.Mailer;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.people.NewPerson;
import io.kadens.people.PeopleAdministration;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Accounts;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.TransactionTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations to sign in: an HR admin invites a person of the tenant (or a new one), the person
 * gets an email with a single-use link that expires, opens it and sets a password.
 *
 * <p>An invitation is stored (and audited) in one transaction and its email sent after that
 * transaction: a mail server that is down never loses the invitation, whose status then shows the
 * failure, and HR can send it again. Sending again issues a new link; the old one opens nothing.
 */
@Service
public class Invitations {

    /** How long a link works. The same for every tenant: long enough for a holiday week, short enough to go stale. */
    public static final Duration VALIDITY = Duration.ofDays(7);
    /** Who invited, as stored for invitations the operator sends while provisioning a tenant. */
    public static final String OPERATOR_PREFIX = "operator ";
    static final int INVITABLE_LIMIT = 50;

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final InvitationRepository invitations;
    private final InvitationMails mails;
    private final Mailer mailer;
    private final Organisations organisations;
    private final PeopleAdministration people;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TransactionTenant transactionTenant;
    private final Clock clock;
    private final TransactionTemplate transactions;

    /** What the audit log keeps of an invitation: never its token or hash. */
    record AuditedInvitation(UUID personId, String status, OffsetDateTime expiresAt) {
    }

    Invitations(InvitationRepository invitations, InvitationMails mails, Mailer mailer, Organisations organisations,
                PeopleAdministration people, Accounts accounts, CurrentUser currentUser, AuditLog audit,
                TransactionTenant transactionTenant, Clock clock, PlatformTransactionManager transactionManager) {
        this.invitations = invitations;
        this.mails = mails;
        this.mailer = mailer;
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transactionTenant = transactionTenant;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ HR admins

    /** Invites a person of the tenant who cannot sign in yet. */
    public InvitationSummary invite(UUID personId) {
        KadensUser admin = requireHrAdmin();
        IssuedInvitation issued = transactions.execute(status -> issue(personId, admin.email()));
        return deliverAndSummarise(issued);
    }

    /** Adds a new person by name and email and invites them, both or neither. */
    public InvitationSummary inviteNewPerson(String givenName, String familyName, String email) {
        KadensUser admin = requireHrAdmin();
        NewPerson person = validNewPerson(givenName, familyName, email, "givenName", "familyName", "email");
        IssuedInvitation issued;
        try {
            issued = transactions.execute(status -> issue(people.addPerson(person), admin.email()));
        } catch (IllegalArgumentException refused) {
            if ("person.email.taken".equals(refused.getMessage())) {
                throw InvalidInputException.of("email", "access.invite.email.taken");
            }
            throw refused;
        }
        return deliverAndSummarise(issued);
    }

    /**
     * A new person's name and email, checked with a message at each field.
     *
     * @throws InvalidInputException naming the given fields
     */
    public static NewPerson validNewPerson(String givenName, String familyName, String email,
                                           String givenNameField, String familyNameField, String emailField) {
        new InvalidInputException.Collector()
                .check(givenName != null && !givenName.isBlank(), givenNameField, "access.invite.name.required")
                .check(familyName != null && !familyName.isBlank(), familyNameField, "access.invite.name.required")
                .check(email != null && email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), emailField,
                        "access.invite.email.invalid")
                .throwIfAny();
        return new NewPerson(givenName, familyName, email, null, null, null, null, null, null, null);
    }

    public List<InvitationSummary> list() {
        requireHrAdmin();
        OffsetDateTime now = now();
        return transactions.execute(status -> invitations.all().stream().map(row -> row.summaryAt(now)).toList());
    }

    public List<InvitablePerson> invitable(String query) {
        requireHrAdmin();
        return transactions.execute(status -> invitations.invitable(query, INVITABLE_LIMIT).stream()
                .map(p -> new InvitablePerson(p.id(), p.givenName() + " " + p.familyName(), p.email()))
                .toList());
    }

    /** Sends a pending or expired invitation again with a new link and a new expiry; the old link dies. */
    public InvitationSummary resend(UUID invitationId, long version) {
        KadensUser admin = requireHrAdmin();
        IssuedInvitation issued = transactions.execute(status -> reissue(invitationId, version, admin.email()));
        return deliverAndSummarise(issued);
    }

    /** Withdraws an open invitation: its link then says so. */
    public void revoke(UUID invitationId, long version) {
        KadensUser admin = requireHrAdmin();
        transactions.executeWithoutResult(status -> {
            InvitationRepository.Row row = invitations.find(invitationId)
                    .orElseThrow(() -> InvalidInputException.of("invitation", "access.invitation.unknown"));
            if (!InvitationStatus.PENDING.name().equals(row.status())) {
                throw InvalidInputException.of("invitation", "access.invitation.closed");
            }
            if (!invitations.revoke(invitationId, version, now())) {
                throw new ConcurrentEditException("invitation", invitationId);
            }
            audit(admin.email(), "invitation.revoked", invitationId, audited(row.personId(), row.status(), row.expiresAt()),
                    audited(row.personId(), InvitationStatus.REVOKED.name(), row.expiresAt()));
        });
    }

    // ------------------------------------------------------------------ provisioning (system work)

    /**
     * Issues an invitation inside the caller's transaction, for work that binds its tenant
     * explicitly (the operator provisioning a tenant). The caller sends it with {@link #deliver}
     * once its transaction has committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedInvitation issueInScope(UUID personId, String inviter) {
        if (TenantScope.explicitTenant().isEmpty()) {
            throw new AccessDeniedException("invitations outside a request need an explicit tenant");
        }
        return issue(personId, inviter);
    }

    /**
     * Hands the email to the mail server and records the outcome on the invitation; never throws
     * for mail trouble.
     *
     * @return why sending failed, or empty when the mail server took it
     */
    public Optional<String> deliver(IssuedInvitation issued) {
        String failure = null;
        try {
            mailer.send(mails.compose(issued));
        } catch (MailDeliveryException e) {
            failure = e.getMessage();
            log.warn("Invitation {} could not be sent: {}", issued.invitationId(), failure);
        }
        String outcome = failure;
        TenantScope.run(issued.tenantId(), () -> transactions.executeWithoutResult(status ->
                invitations.recordDelivery(issued.invitationId(), now(), outcome)));
        return Optional.ofNullable(outcome);
    }

    /** The operator sends again the still open invitations it sent while provisioning a tenant. */
    public int resendOperatorInvitations(TenantId tenant) {
        KadensUser operator = currentUser.require();
        if (!operator.has(Role.OPERATOR)) {
            throw new AccessDeniedException("only the operator resends a tenant's first invitation");
        }
        List<IssuedInvitation> issued = TenantScope.call(tenant, () -> transactions.execute(status ->
                invitations.pendingInvitedByPrefix(OPERATOR_PREFIX).stream()
                        .map(id -> reissue(id, invitations.find(id).orElseThrow().version(),
                                OPERATOR_PREFIX + operator.email()))
                        .toList()));
        issued.forEach(this::deliver);
        return issued.size();
    }

    // ------------------------------------------------------------------ the invitee (anonymous)

    /** What the invitation page shows for a link. Unknown links tell nothing about any tenant. */
    public InvitationLink open(String token) {
        Optional<TenantId> tenant = InvitationTokens.tenantOf(token);
        if (tenant.isEmpty()) {
            return InvitationLink.of(InvitationLink.State.UNKNOWN);
        }
        return TenantScope.call(tenant.get(), () -> transactions.execute(status -> {
            Optional<InvitationRepository.Row> row = invitations.findByTokenHashForUpdate(InvitationTokens.hash(token));
            if (row.isEmpty()) {
                return InvitationLink.of(InvitationLink.State.UNKNOWN);
            }
            Organisation organisation = organisations.byId(tenant.get()).orElseThrow();
            InvitationLink.State state = stateOf(row.get(), organisation);
            return state == InvitationLink.State.VALID
                    ? InvitationLink.valid(organisation.name(), row.get().email(), row.get().givenName())
                    : InvitationLink.of(state);
        }));
    }

    /**
     * Sets the invitee's password and closes the invitation, both or neither.
     *
     * @throws InvitationUnusableException when the link is expired, used, revoked or unknown
     * @throws InvalidInputException       when the password is too short or not confirmed
     */
    public AcceptedInvitation accept(String token, String password, String confirmation) {
        TenantId tenant = InvitationTokens.tenantOf(token)
                .orElseThrow(() -> new InvitationUnusableException(InvitationLink.State.UNKNOWN));
        return TenantScope.call(tenant, () -> transactions.execute(status -> {
            InvitationRepository.Row row = invitations.findByTokenHashForUpdate(InvitationTokens.hash(token))
                    .orElseThrow(() -> new InvitationUnusableException(InvitationLink.State.UNKNOWN));
            Organisation organisation = organisations.byId(tenant).orElseThrow();
            InvitationLink.State state = stateOf(row, organisation);
            if (state != InvitationLink.State.VALID) {
                throw new InvitationUnusableException(state);
            }
            new InvalidInputException.Collector()
                    .check(password != null && password.length() >= Accounts.MIN_PASSWORD_LENGTH, "password",
                            "access.password.too-short")
                    .check(password == null || password.equals(confirmation), "confirmation", "access.password.mismatch")
                    .throwIfAny();
            accounts.enableSignIn(row.personId(), password);
            invitations.accept(row.id(), now());
            audit.recordAs(row.givenName() + " " + row.familyName(), "invitation.accepted", "invitation",
                    row.id().toString(), audited(row.personId(), row.status(), row.expiresAt()),
                    audited(row.personId(), InvitationStatus.ACCEPTED.name(), row.expiresAt()));
            return new AcceptedInvitation(organisation.slug(), row.email());
        }));
    }

    // ------------------------------------------------------------------ inside

    private IssuedInvitation issue(UUID personId, String inviter) {
        InvitationRepository.Invitee invitee = invitations.invitee(personId)
                .orElseThrow(() -> InvalidInputException.of("person", "access.invite.person.unknown"));
        if (!invitee.active()) {
            throw InvalidInputException.of("person", "access.invite.person.inactive");
        }
        if (invitee.canSignIn()) {
            throw InvalidInputException.of("person", "access.invite.person.can-sign-in");
        }
        if (invitations.hasPending(personId)) {
            throw InvalidInputException.of("person", "access.invite.person.pending");
        }
        TenantId tenant = transactionTenant.require();
        Organisation organisation = organisations.byId(tenant).orElseThrow();
        String token = InvitationTokens.newToken(tenant);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        OffsetDateTime expiresAt = now.plus(VALIDITY);
        invitations.insert(id, personId, InvitationTokens.hash(token), expiresAt, inviter, now);
        audit(inviter, "invitation.sent", id, null, audited(personId, InvitationStatus.PENDING.name(), expiresAt));
        return new IssuedInvitation(tenant, id, invitee.email(), invitee.givenName(), organisation.name(), inviter,
                language(invitee.preferredLocale(), organisation), organisation.timeZone(), expiresAt, token);
    }

    private IssuedInvitation reissue(UUID invitationId, long version, String inviter) {
        InvitationRepository.Row row = invitations.find(invitationId)
                .orElseThrow(() -> InvalidInputException.of("invitation", "access.invitation.unknown"));
        if (!InvitationStatus.PENDING.name().equals(row.status())) {
            throw InvalidInputException.of("invitation", "access.invitation.closed");
        }
        TenantId tenant = transactionTenant.require();
        Organisation organisation = organisations.byId(tenant).orElseThrow();
        String token = InvitationTokens.newToken(tenant);
        OffsetDateTime expiresAt = now().plus(VALIDITY);
        if (!invitations.replaceToken(invitationId, version, InvitationTokens.hash(token), expiresAt)) {
            throw new ConcurrentEditException("invitation", invitationId);
        }
        audit(inviter, "invitation.resent", invitationId, audited(row.personId(), row.status(), row.expiresAt()),
                audited(row.personId(), row.status(), expiresAt));
        return new IssuedInvitation(tenant, invitationId, row.email(), row.givenName(), organisation.name(), inviter,
                language(row.preferredLocale(), organisation), organisation.timeZone(), expiresAt, token);
    }

    private InvitationSummary deliverAndSummarise(IssuedInvitation issued) {
        deliver(issued);
        return TenantScope.call(issued.tenantId(), () -> transactions.execute(status ->
                invitations.find(issued.invitationId()).orElseThrow().summaryAt(now())));
    }

    private InvitationLink.State stateOf(InvitationRepository.Row row, Organisation organisation) {
        if (!organisation.isActive()) {
            return InvitationLink.State.SUSPENDED;
        }
        return switch (row.statusAt(now())) {
            case PENDING -> "ACTIVE".equals(row.personStatus()) ? InvitationLink.State.VALID : InvitationLink.State.REVOKED;
            case EXPIRED -> InvitationLink.State.EXPIRED;
            case ACCEPTED -> InvitationLink.State.USED;
            case REVOKED -> InvitationLink.State.REVOKED;
        };
    }

    /**
     * A person's action goes in as the signed-in user; system work (the operator provisioning,
     * with its tenant bound explicitly) names its actor.
     */
    private void audit(String actor, String action, UUID invitationId, Object before, Object after) {
        boolean tenantUser = currentUser.get().map(user -> !user.isOperator()).orElse(false);
        if (tenantUser && TenantScope.explicitTenant().isEmpty()) {
            audit.record(action, "invitation", invitationId.toString(), before, after);
        } else {
            audit.recordAs(actor, action, "invitation", invitationId.toString(), before, after);
        }
    }

    private static AuditedInvitation audited(UUID personId, String status, OffsetDateTime expiresAt) {
        return new AuditedInvitation(personId, status, expiresAt);
    }

    private static Locale language(String preferred, Organisation organisation) {
        return Locale.forLanguageTag(preferred != null ? preferred : organisation.locale());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private KadensUser requireHrAdmin() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage invitations");
        }
        return user;
    }
}
