package io.kadens.invitations;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.OrganisationSignInToken;
import io.kadens.security.Role;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.FakeSmtpServer.ReceivedMail;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.testing.TestDatabase;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;

/** The whole life of an invitation, with the email read from a real SMTP conversation. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationLifecycleTest {

    private static final Pattern LINK = Pattern.compile("http://kadens\\.test/invitation/([A-Za-z0-9_-]{64})");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);

    @Autowired
    Invitations invitations;
    @Autowired
    TestTenants tenants;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestClock clock;

    final FakeSmtpServer smtp = FakeSmtpServer.shared();
    Company company;
    Authentication hr;

    @BeforeAll
    void company() {
        company = tenants.create("invite");
        hr = TestTenants.as(company, company.hrAdmin());
    }

    @AfterEach
    void putThingsBack() {
        clock.reset();
        smtp.refuseMail(false);
    }

    private InvitationSummary inviteNew(String given, String family, String email) {
        return signedIn(hr, () -> invitations.inviteNewPerson(given, family, email));
    }

    private static String token(ReceivedMail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as("a link in the text part of: %s", mail.text()).isTrue();
        assertThat(mail.html()).contains("href=\"http://kadens.test/invitation/" + matcher.group(1) + "\"");
        return matcher.group(1);
    }

    private KadensUser signIn(String email, String password) {
        return (KadensUser) authenticationManager.authenticate(
                new OrganisationSignInToken(company.slug(), email, password)).getPrincipal();
    }

    @Test
    void anInviteeOpensTheLinkSetsAPasswordAndSignsInOnce() {
        String email = "ada.lovelace-" + UUID.randomUUID().toString().substring(0, 6) + "@invite.test";
        InvitationSummary sent = inviteNew("Ada", "Lovelace", email);
        assertThat(sent.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(sent.deliveryFailed()).isFalse();
        assertThat(sent.lastSentAt()).isNotNull();

        ReceivedMail mail = smtp.latestTo(email, 1, MAIL_WAIT);
        assertThat(mail.subject()).isEqualTo("You are invited to " + company.organisation().name() + " on Kadens");
        assertThat(mail.text()).contains("Hello Ada,", email);
        assertThat(mail.contentLanguage()).isEqualTo("en");
        String token = token(mail);

        InvitationLink link = invitations.open(token);
        assertThat(link.state()).isEqualTo(InvitationLink.State.VALID);
        assertThat(link.organisationName()).contains(company.organisation().name());
        assertThat(link.email()).contains(email);

        assertThatThrownBy(() -> invitations.accept(token, "short", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("password", "access.password.too-short"));
        assertThatThrownBy(() -> invitations.accept(token, "a long enough password", "another long password"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("confirmation", "access.password.mismatch"));
        // a refused password leaves the link usable
        assertThat(invitations.open(token).state()).isEqualTo(InvitationLink.State.VALID);

        AcceptedInvitation accepted = invitations.accept(token, "a long enough password", "a long enough password");
        assertThat(accepted.organisationSlug()).isEqualTo(company.slug());
        assertThat(accepted.email()).isEqualTo(email);
        KadensUser user = signIn(email, "a long enough password");
        assertThat(user.tenantId()).isEqualTo(company.id());
        assertThat(user.roles()).containsExactly(Role.EMPLOYEE);

        // single use
        assertThat(invitations.open(token).state()).isEqualTo(InvitationLink.State.USED);
        assertThat(invitations.open(token).email()).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "another good password", "another good password"))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.state()).isEqualTo(InvitationLink.State.USED));
        assertThat(signIn(email, "a long enough password").personId()).isEqualTo(user.personId());

        InvitationSummary listed = listed(sent.id());
        assertThat(listed.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(listed.acceptedAt()).isNotNull();
        assertThat(auditActions(sent.id())).contains("invitation.sent", "invitation.accepted");
    }

    @Test
    void anExistingPersonWithoutSignInIsInvitedOnceAndOnlyOnce() {
        Company other = tenants.create("inviteexisting");
        Authentication otherHr = TestTenants.as(other, other.hrAdmin());
        List<InvitablePerson> invitable = signedIn(otherHr, () -> invitations.invitable(""));
        assertThat(invitable).extracting(InvitablePerson::id).containsExactly(other.outsider().id());

        InvitationSummary sent = signedIn(otherHr, () -> invitations.invite(other.outsider().id()));
        assertThat(smtp.latestTo(other.outsider().email(), 1, MAIL_WAIT).subject()).contains(other.organisation().name());
        assertThat(signedIn(otherHr, () -> invitations.invitable(""))).isEmpty();
        assertThat(sent.personName()).isEqualTo(other.outsider().givenName() + " " + other.outsider().familyName());

        assertThatThrownBy(() -> signedIn(otherHr, () -> invitations.invite(other.outsider().id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("person", "access.invite.person.pending"));
        assertThatThrownBy(() -> signedIn(otherHr, () -> invitations.invite(other.employee().id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("person", "access.invite.person.can-sign-in"));
        // another tenant's person is not there at all
        assertThatThrownBy(() -> signedIn(otherHr, () -> invitations.invite(company.outsider().id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("person", "access.invite.person.unknown"));
    }

    @Test
    void anExpiredLinkSaysSoAndSendingAgainGivesANewLinkAndKillsTheOldOne() {
        String email = "grace.hopper-" + UUID.randomUUID().toString().substring(0, 6) + "@invite.test";
        InvitationSummary sent = inviteNew("Grace", "Hopper", email);
        String first = token(smtp.latestTo(email, 1, MAIL_WAIT));

        clock.advance(Invitations.VALIDITY.plusMinutes(1));
        assertThat(invitations.open(first).state()).isEqualTo(InvitationLink.State.EXPIRED);
        assertThatThrownBy(() -> invitations.accept(first, "a long enough password", "a long enough password"))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.state()).isEqualTo(InvitationLink.State.EXPIRED));
        assertThat(listed(sent.id()).status()).isEqualTo(InvitationStatus.EXPIRED);

        InvitationSummary resent = signedIn(hr, () -> invitations.resend(sent.id(), listed(sent.id()).version()));
        assertThat(resent.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(resent.expiresAt()).isAfter(sent.expiresAt());
        String second = token(smtp.latestTo(email, 2, MAIL_WAIT));
        assertThat(second).isNotEqualTo(first);

        assertThat(invitations.open(first).state()).isEqualTo(InvitationLink.State.UNKNOWN);
        assertThat(invitations.open(second).state()).isEqualTo(InvitationLink.State.VALID);
        // sending again while pending also replaces the link
        InvitationSummary third = signedIn(hr, () -> invitations.resend(sent.id(), resent.version()));
        String thirdToken = token(smtp.latestTo(email, 3, MAIL_WAIT));
        assertThat(invitations.open(second).state()).isEqualTo(InvitationLink.State.UNKNOWN);
        // an edit based on an old version is refused, not applied
        assertThatThrownBy(() -> signedIn(hr, () -> invitations.resend(sent.id(), resent.version())))
                .isInstanceOf(ConcurrentEditException.class);
        invitations.accept(thirdToken, "a long enough password", "a long enough password");
        assertThat(listed(third.id()).status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(auditActions(sent.id())).contains("invitation.sent", "invitation.resent", "invitation.accepted");
    }

    @Test
    void aRevokedLinkSaysSoAndCannotBeSentAgain() {
        String email = "alan.turing-" + UUID.randomUUID().toString().substring(0, 6) + "@invite.test";
        InvitationSummary sent = inviteNew("Alan", "Turing", email);
        String token = token(smtp.latestTo(email, 1, MAIL_WAIT));

        signedIn(hr, () -> {
            invitations.revoke(sent.id(), sent.version());
            return null;
        });
        assertThat(invitations.open(token).state()).isEqualTo(InvitationLink.State.REVOKED);
        assertThatThrownBy(() -> invitations.accept(token, "a long enough password", "a long enough password"))
                .isInstanceOf(InvitationUnusableException.class);
        assertThat(listed(sent.id()).status()).isEqualTo(InvitationStatus.REVOKED);
        assertThatThrownBy(() -> signedIn(hr, () -> invitations.resend(sent.id(), listed(sent.id()).version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("invitation", "access.invitation.closed"));
        assertThat(auditActions(sent.id())).contains("invitation.revoked");
        // a new invitation can be sent after a revoked one
        InvitationSummary again = signedIn(hr, () -> invitations.invite(sent.personId()));
        assertThat(again.id()).isNotEqualTo(sent.id());
    }

    @Test
    void whenTheMailServerRefusesTheInvitationIsKeptWithTheFailureAndCanBeSentAgain() {
        String email = "failing-" + UUID.randomUUID().toString().substring(0, 6) + "@invite.test";
        smtp.refuseMail(true);
        InvitationSummary sent = inviteNew("Mail", "Failure", email);
        assertThat(sent.deliveryFailed()).isTrue();
        assertThat(sent.deliveryFailure()).contains("554");
        assertThat(sent.lastSentAt()).isNull();
        assertThat(listed(sent.id()).deliveryFailed()).isTrue();
        assertThat(smtp.to(email)).isEmpty();

        smtp.refuseMail(false);
        InvitationSummary resent = signedIn(hr, () -> invitations.resend(sent.id(), listed(sent.id()).version()));
        assertThat(resent.deliveryFailed()).isFalse();
        assertThat(resent.lastSentAt()).isNotNull();
        assertThat(invitations.open(token(smtp.latestTo(email, 1, MAIL_WAIT))).isValid()).isTrue();
    }

    @Test
    void aNewPersonIsCheckedAtEveryFieldAndNothingIsKeptWhenRefused() {
        assertThatThrownBy(() -> inviteNew(" ", "", "not-an-email"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("givenName", "access.invite.name.required")
                        .containsEntry("familyName", "access.invite.name.required")
                        .containsEntry("email", "access.invite.email.invalid"));
        int before = signedIn(hr, () -> invitations.list()).size();
        assertThatThrownBy(() -> inviteNew("Same", "Email", company.employee().email()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("email", "access.invite.email.taken"));
        assertThat(signedIn(hr, () -> invitations.list())).hasSize(before);
    }

    @Test
    void onlyHrAdminsManageInvitations() {
        for (Authentication caller : List.of(TestTenants.as(company, company.employee()),
                TestTenants.as(company, company.manager()), TestTenants.operator())) {
            assertThatThrownBy(() -> signedIn(caller, () -> invitations.list())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn(caller, () -> invitations.invite(company.outsider().id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn(caller, () -> invitations.inviteNewPerson("A", "B", "a.b@invite.test")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void tokensAreStoredOnlyAsHashesAndAnotherTenantsIdInATokenOpensNothing() throws Exception {
        String email = "hash-" + UUID.randomUUID().toString().substring(0, 6) + "@invite.test";
        InvitationSummary sent = inviteNew("Hash", "Check", email);
        String token = token(smtp.latestTo(email, 1, MAIL_WAIT));
        try (Connection owner = TestDatabase.get().openAsOwner();
             PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
             PreparedStatement query = owner.prepareStatement("select token_hash from invitation where id = ?")) {
            // row-level security is forced on the owner too: bind the tenant to read its rows
            bind.setString(1, company.id().toString());
            bind.execute();
            query.setObject(1, sent.id());
            ResultSet rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(InvitationTokens.hash(token)).doesNotContain(token);
        }

        // the same secret under another tenant's id, and garbage, open nothing and tell nothing
        Company other = tenants.create("invitehash");
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        ByteBuffer.wrap(bytes).putLong(other.id().value().getMostSignificantBits())
                .putLong(other.id().value().getLeastSignificantBits());
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        for (String bad : List.of(forged, "not-a-token", "", token.substring(1) + "A")) {
            InvitationLink link = invitations.open(bad);
            assertThat(link.state()).as(bad).isEqualTo(InvitationLink.State.UNKNOWN);
            assertThat(link.organisationName()).isEmpty();
            assertThatThrownBy(() -> invitations.accept(bad, "a long enough password", "a long enough password"))
                    .isInstanceOf(InvitationUnusableException.class);
        }
        // another tenant's HR admin cannot see or touch it
        Authentication otherHr = TestTenants.as(other, other.hrAdmin());
        assertThat(signedIn(otherHr, () -> invitations.list())).extracting(InvitationSummary::id).doesNotContain(sent.id());
        assertThatThrownBy(() -> signedIn(otherHr, () -> {
            invitations.revoke(sent.id(), sent.version());
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(invitations.open(token).isValid()).isTrue();
    }

    private InvitationSummary listed(UUID id) {
        return signedIn(hr, () -> invitations.list()).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> auditActions(UUID invitationId) {
        List<AuditEntry> entries = signedIn(hr, () -> auditLog.search(AuditQuery.all(), 0, AuditLog.MAX_PAGE));
        List<String> actions = new ArrayList<>();
        for (AuditEntry entry : entries) {
            if (invitationId.toString().equals(entry.subjectId())) {
                actions.add(entry.action());
            }
        }
        return actions;
    }
}
