package io.kadens.operator;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.invitations.InvitationLink;
import io.kadens.invitations.Invitations;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.OrganisationSignInToken;
import io.kadens.security.Role;
import io.kadens.security.SignInFailedException;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.FakeSmtpServer.ReceivedMail;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Provisioning, suspending and resuming tenants, as the operator, against the real database and SMTP. */
@KadensSpringTest
class OperatorConsoleTest {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{64})");

    @Autowired
    OperatorConsole console;
    @Autowired
    Organisations organisations;
    @Autowired
    Invitations invitations;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;
    @Autowired
    MockMvc mvc;

    final FakeSmtpServer smtp = FakeSmtpServer.shared();
    final Authentication operator = TestTenants.operator();

    @AfterEach
    void mailWorks() {
        smtp.refuseMail(false);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ProvisionedTenant provision(String slug, String locale, String adminEmail) {
        return signedIn(operator, () -> console.provision(new TenantProvisioning(slug, "Initech " + slug, locale,
                "Europe/Stockholm", "Peter", "Gibbons", adminEmail)));
    }

    private KadensUser signIn(String slug, String email, String password) {
        return (KadensUser) authenticationManager.authenticate(new OrganisationSignInToken(slug, email, password))
                .getPrincipal();
    }

    private SignInFailedException.Reason signInFailure(String slug, String email, String password) {
        try {
            signIn(slug, email, password);
        } catch (SignInFailedException e) {
            return e.reason();
        }
        throw new AssertionError("sign-in should have failed");
    }

    private List<AuditEntry> auditAsHr(Company company) {
        return signedIn(TestTenants.as(company, company.hrAdmin()),
                () -> auditLog.search(AuditQuery.about("tenant", company.id().toString()), 0, 50));
    }

    @Test
    void provisioningCreatesTheTenantItsAdminAndSendsTheAdminAnInvitationInTheTenantsLanguage() {
        String slug = unique("initech");
        String email = slug + "@initech.test";
        ProvisionedTenant provisioned = provision(slug, "sv", email);
        assertThat(provisioned.deliveryFailure()).isEmpty();
        assertThat(provisioned.organisation().slug()).isEqualTo(slug);
        assertThat(provisioned.organisation().locale()).isEqualTo("sv");

        ReceivedMail mail = smtp.latestTo(email, 1, Duration.ofSeconds(10));
        assertThat(mail.subject()).isEqualTo("Du är inbjuden till Initech " + slug + " i Kadens");
        assertThat(mail.text()).contains("Hej Peter,");
        assertThat(mail.contentLanguage()).isEqualTo("sv");
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();

        InvitationLink opened = invitations.open(link.group(1));
        assertThat(opened.organisationName()).contains("Initech " + slug);
        invitations.accept(link.group(1), "the first admin password", "the first admin password");
        KadensUser admin = signIn(slug, email, "the first admin password");
        assertThat(admin.roles()).contains(Role.HR_ADMIN);
        assertThat(admin.languageTag()).isEqualTo("sv");

        // the operator's action is in the new tenant's own audit log, readable by its HR admin
        List<AuditEntry> log = signedIn(TestTenants.token(admin),
                () -> auditLog.search(AuditQuery.all(), 0, 50));
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("tenant.provisioned");
            assertThat(entry.actorLabel()).isEqualTo("operator operator@test");
        });
        assertThat(log).extracting(AuditEntry::action).contains("invitation.sent", "invitation.accepted");
        assertThat(signedIn(operator, () -> console.tenants()))
                .anySatisfy(o -> {
                    assertThat(o.organisation().slug()).isEqualTo(slug);
                    assertThat(o.activePeople()).isEqualTo(1);
                });
    }

    @Test
    void badInputIsReportedAtEveryFieldAndLeavesNoTenantBehind() {
        Company existing = tenants.create("taken");
        String slug = unique("badadmin");
        assertThatThrownBy(() -> provision(slug, "en", "not an email"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("adminEmail"));
        assertThat(organisations.bySlug(slug)).isEmpty();

        assertThatThrownBy(() -> provision(existing.slug(), "en", unique("dup") + "@initech.test"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("slug", "access.provision.slug.taken"));
        assertThat(organisations.bySlug(existing.slug()).orElseThrow().id()).isEqualTo(existing.id());

        assertThatThrownBy(() -> signedIn(operator, () -> console.provision(new TenantProvisioning(
                "Not A Slug!", " ", "de", "Mars/Olympus", "", "", ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("slug", "access.provision.slug.invalid")
                        .containsEntry("name", "access.provision.name.required")
                        .containsEntry("locale", "access.provision.locale.invalid")
                        .containsEntry("timeZone", "access.provision.time-zone.invalid")
                        .containsKeys("adminGivenName", "adminFamilyName", "adminEmail"));
        assertThatThrownBy(() -> provision("operator", "en", unique("op") + "@initech.test"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("slug", "access.provision.slug.reserved"));
    }

    @Test
    void twoOperatorsProvisioningTheSameSlugAtOnceLeaveExactlyOneCompleteTenant() throws Exception {
        String slug = unique("race");
        List<String> emails = List.of(slug + "-one@initech.test", slug + "-two@initech.test");
        List<java.util.concurrent.Callable<Object>> attempts = emails.stream()
                .<java.util.concurrent.Callable<Object>>map(email -> () -> {
                    try {
                        return provision(slug, "en", email);
                    } catch (InvalidInputException refused) {
                        return refused;
                    }
                })
                .toList();
        List<Object> outcomes = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            for (var future : pool.invokeAll(attempts)) {
                outcomes.add(future.get());
            }
        }
        assertThat(outcomes).filteredOn(ProvisionedTenant.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("slug", "access.provision.slug.taken"));
        ProvisionedTenant winner = (ProvisionedTenant) outcomes.stream()
                .filter(ProvisionedTenant.class::isInstance).findFirst().orElseThrow();
        String loser = emails.stream().filter(e -> !e.equals(winner.adminEmail())).findFirst().orElseThrow();
        // the loser left nothing: no second tenant, no person in the winner's tenant, no email
        assertThat(signedIn(operator, () -> console.tenants()))
                .filteredOn(o -> o.organisation().slug().equals(slug)).singleElement()
                .satisfies(o -> assertThat(o.activePeople()).isEqualTo(1));
        smtp.latestTo(winner.adminEmail(), 1, Duration.ofSeconds(10));
        assertThat(smtp.to(loser)).isEmpty();
    }

    @Test
    void aFailedInvitationEmailKeepsTheTenantAndTheOperatorCanSendItAgain() {
        String slug = unique("nomail");
        String email = slug + "@initech.test";
        smtp.refuseMail(true);
        ProvisionedTenant provisioned = provision(slug, "en", email);
        assertThat(provisioned.deliveryFailure()).isPresent();
        assertThat(organisations.bySlug(slug)).isPresent();
        assertThat(smtp.to(email)).isEmpty();

        smtp.refuseMail(false);
        assertThat(signedIn(operator, () -> console.resendAdminInvitation(provisioned.organisation().id()))).isEqualTo(1);
        ReceivedMail mail = smtp.latestTo(email, 1, Duration.ofSeconds(10));
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(invitations.open(link.group(1)).isValid()).isTrue();
    }

    @Test
    void aSuspendedTenantCannotSignInItsOpenSessionsEndAndResumingRestoresEverything() throws Exception {
        Company company = tenants.create("suspend");
        KadensUser employee = signIn(company.slug(), company.employee().email(), TestTenants.PASSWORD);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(TestTenants.token(employee)));
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        Organisation suspended = signedIn(operator, () -> console.suspend(company.id()));
        assertThat(suspended.status()).isEqualTo(Organisation.Status.SUSPENDED);

        // the open session ends at its next request
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
        // the right password learns of the suspension; a wrong one learns nothing
        assertThat(signInFailure(company.slug(), company.employee().email(), TestTenants.PASSWORD))
                .isEqualTo(SignInFailedException.Reason.SUSPENDED);
        assertThat(signInFailure(company.slug(), company.employee().email(), "a wrong password"))
                .isEqualTo(SignInFailedException.Reason.INVALID);
        // data is kept
        assertThat(signedIn(operator, () -> console.tenants())).anySatisfy(o -> {
            assertThat(o.organisation().id()).isEqualTo(company.id());
            assertThat(o.activePeople()).isEqualTo(7);
            assertThat(o.organisation().status()).isEqualTo(Organisation.Status.SUSPENDED);
        });

        signedIn(operator, () -> console.resume(company.id()));
        assertThat(signIn(company.slug(), company.employee().email(), TestTenants.PASSWORD).personId())
                .isEqualTo(company.employee().id());
        MockHttpSession fresh = new MockHttpSession();
        fresh.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(TestTenants.token(employee)));
        assertThat(mvc.perform(get("/api/v1/me").session(fresh)).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(auditAsHr(company)).extracting(AuditEntry::action).containsExactly("tenant.resumed", "tenant.suspended");
        assertThat(auditAsHr(company)).allSatisfy(e -> assertThat(e.actorLabel()).isEqualTo("operator operator@test"));
    }

    @Test
    void onlyTheOperatorManagesTenants() {
        Company company = tenants.create("notoperator");
        for (Authentication caller : List.of(TestTenants.as(company, company.hrAdmin()),
                TestTenants.as(company, company.employee()))) {
            assertThatThrownBy(() -> signedIn(caller, () -> console.suspend(company.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn(caller, () -> console.provision(new TenantProvisioning(unique("x"),
                    "X", "en", "UTC", "A", "B", "a@b.test")))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn(caller, () -> console.tenants())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(organisations.byId(company.id()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void theRestApiProvisionsSuspendsAndResumesWithFieldErrorsForBadInput() throws Exception {
        var asOperator = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(operator);
        String slug = unique("restco");
        String body = """
                {"slug":"%s","name":"Rest Co","locale":"en","timeZone":"UTC",
                 "adminGivenName":"Rita","adminFamilyName":"Rest","adminEmail":"rita@%s.test"}""".formatted(slug, slug);
        var created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/operator/tenants").with(asOperator).with(csrf())
                        .contentType("application/json").content(body))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"slug\":\"" + slug + "\"", "\"invitationSent\":true");
        UUID id = organisations.bySlug(slug).orElseThrow().id().value();

        var again = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/operator/tenants").with(asOperator).with(csrf())
                        .contentType("application/json").content(body.replace("\"adminEmail\":\"rita@", "\"adminEmail\":\"x")))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("access.provision.slug.taken");

        // An empty body names every missing field: nothing is null-checked by accident.
        var empty = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/operator/tenants").with(asOperator).with(csrf())
                        .contentType("application/json").content("{}"))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("slug", "name", "locale", "adminEmail");

        var suspended = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/operator/tenants/" + id + "/suspend").with(asOperator).with(csrf())).andReturn().getResponse();
        assertThat(suspended.getStatus()).isEqualTo(200);
        assertThat(suspended.getContentAsString()).contains("\"status\":\"SUSPENDED\"");
        var resumed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/operator/tenants/" + id + "/resume").with(asOperator).with(csrf())).andReturn().getResponse();
        assertThat(resumed.getContentAsString()).contains("\"status\":\"ACTIVE\"");
        var unknown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/operator/tenants/" + UUID.randomUUID() + "/suspend").with(asOperator).with(csrf()))
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
    }
}
