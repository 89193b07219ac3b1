package io.kadens.feedback;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Accounts;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting feedback and unmasking an anonymous author: only for an item its receiver or a manager reported,
 * asked by one HR admin with a reason, approved by another, rate-limited, audited and announced to every HR
 * admin; the author reaches only the HR admin who asked.
 */
@KadensSpringTest
class FeedbackUnmaskingTest {

    @Autowired
    Feedback feedback;
    @Autowired
    FeedbackReports reports;
    @Autowired
    TestTenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MockMvc mvc;

    /** A company whose CEO is a second HR admin, with an anonymous upward group of three authors to the manager. */
    record Setup(Company c, List<UUID> items) {
        Authentication hr() {
            return as(c, c.hrAdmin());
        }

        Authentication secondHr() {
            return as(c, c.ceo(), Role.HR_ADMIN);
        }
    }

    private Setup setup(String label) {
        Company c = tenants.create(label);
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                accounts.grant(c.ceo().id(), Role.HR_ADMIN)));
        List<UUID> items = new ArrayList<>();
        for (Person author : List.of(c.employee(), c.teamLead(), c.member())) {
            items.add(signedIn(as(c, author), () -> feedback.give(new NewFeedback(c.manager().id(),
                    "Upward note by someone " + items.size(), null, null, null, true))).id());
        }
        return new Setup(c, items);
    }

    private static <T> T in(Authentication who, Supplier<T> work) {
        return signedIn(who, work);
    }

    @Test
    void onlyTheReceiverAndTheirManagersReportWhatTheySee() {
        Setup s = setup("report");
        Company c = s.c();
        UUID item = s.items().getFirst();
        // the author, a peer and an HR admin outside the reporting line may not report it
        for (Person other : List.of(c.employee(), c.teamLead(), c.hrAdmin())) {
            assertThat(in(as(c, other), () -> reports.mayReport(item))).as(other.familyName()).isFalse();
            assertThatThrownBy(() -> in(as(c, other), () -> reports.report(item, "Rude")))
                    .isInstanceOf(FeedbackNotFoundException.class);
        }
        assertThat(in(as(c, c.ceo()), () -> reports.mayReport(item))).as("the receiver's manager").isTrue();
        assertThatThrownBy(() -> in(as(c, c.manager()), () -> reports.report(item, "  ")))
                .isInstanceOf(InvalidInputException.class);
        FeedbackReport report = in(as(c, c.manager()), () -> reports.report(item, "Insulting language"));
        assertThat(report.reporterId()).isEqualTo(c.manager().id());
        in(as(c, c.manager()), () -> reports.report(item, "Again"));
        in(as(c, c.ceo()), () -> reports.report(item, "Seen it too"));

        // HR admins see the reported item's text with its reports, never its author
        List<ReportedFeedback> reported = in(s.hr(), () -> reports.reported());
        assertThat(reported).singleElement().satisfies(entry -> {
            assertThat(entry.feedbackId()).isEqualTo(item);
            assertThat(entry.text()).isEqualTo("Upward note by someone 0");
            assertThat(entry.reports()).extracting(FeedbackReport::reason)
                    .containsExactlyInAnyOrder("Insulting language", "Seen it too");
        });
        assertThat(String.valueOf(reported)).doesNotContain(c.employee().id().toString());
        assertThatThrownBy(() -> in(as(c, c.manager()), () -> reports.reported()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unmaskingNeedsAReportAReasonAndASecondHrAdminAndIsAuditedAndAnnounced() throws Exception {
        Setup s = setup("unmask");
        Company c = s.c();
        UUID item = s.items().get(1);
        assertThatThrownBy(() -> in(s.hr(), () -> reports.requestUnmask(item, "Threatening language in it")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).fieldErrors()).containsValue("feedback.unmask.not-reported"));
        in(as(c, c.manager()), () -> reports.report(item, "Threatening"));
        assertThatThrownBy(() -> in(as(c, c.manager()), () -> reports.requestUnmask(item, "Threatening language")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(s.hr(), () -> reports.requestUnmask(item, " short ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> in(s.hr(), () -> reports.requestUnmask(UUID.randomUUID(), "Threatening language")))
                .isInstanceOf(FeedbackNotFoundException.class);

        UnmaskRequest request = in(s.hr(), () -> reports.requestUnmask(item, "Threatening language, case 42"));
        assertThat(request.status()).isEqualTo(UnmaskStatus.PENDING);
        assertThatThrownBy(() -> in(s.hr(), () -> reports.requestUnmask(item, "Threatening language, again")))
                .isInstanceOf(InvalidInputException.class);
        // the one who asked can neither approve nor read the author yet
        assertThatThrownBy(() -> in(s.hr(), () -> reports.approveUnmask(request.id())))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).fieldErrors()).containsValue("feedback.unmask.second-admin"));
        assertThatThrownBy(() -> in(s.hr(), () -> reports.revealAuthor(request.id())))
                .isInstanceOf(FeedbackNotFoundException.class);

        UnmaskRequest approved = in(s.secondHr(), () -> reports.approveUnmask(request.id()));
        assertThat(approved.status()).isEqualTo(UnmaskStatus.APPROVED);
        assertThat(approved.decidedById()).isEqualTo(c.ceo().id());
        // the approver does not read the author; the one who asked does
        assertThatThrownBy(() -> in(s.secondHr(), () -> reports.revealAuthor(request.id())))
                .isInstanceOf(FeedbackNotFoundException.class);
        AuthorReveal reveal = in(s.hr(), () -> reports.revealAuthor(request.id()));
        assertThat(reveal.authorId()).isEqualTo(c.teamLead().id());
        assertThat(reveal.feedbackId()).isEqualTo(item);

        for (String action : List.of("feedback.unmask_requested", "feedback.unmask_approved",
                "feedback.author_revealed")) {
            assertThat(in(s.hr(), () -> auditLog.search(new AuditQuery(action, null, null, null, null, null, null),
                    0, 10))).as(action).singleElement()
                    .satisfies(entry -> assertThat(entry.subjectId()).isEqualTo(item.toString()));
        }
        // every HR admin heard of the request and of the approval; the notifications never name the author
        List<String> notified = notifications(c);
        assertThat(notified).containsExactlyInAnyOrder(
                "FEEDBACK_UNMASK_REQUESTED " + c.hrAdmin().id(), "FEEDBACK_UNMASK_REQUESTED " + c.ceo().id(),
                "FEEDBACK_AUTHOR_UNMASKED " + c.hrAdmin().id(), "FEEDBACK_AUTHOR_UNMASKED " + c.ceo().id());
        assertThat(factsOf(c)).doesNotContain(c.teamLead().familyName());
    }

    @Test
    void unmaskingIsRateLimited() {
        Setup s = setup("unmaskrate");
        Company c = s.c();
        UUID item = s.items().getFirst();
        in(as(c, c.manager()), () -> reports.report(item, "Abusive"));
        // five approvals per organisation in 30 days; three requests per HR admin
        for (int i = 0; i < 5; i++) {
            boolean hrAsks = i % 2 == 0;
            UnmaskRequest request = in(hrAsks ? s.hr() : s.secondHr(), () -> reports.requestUnmask(item,
                    "Abusive language, case number"));
            in(hrAsks ? s.secondHr() : s.hr(), () -> reports.approveUnmask(request.id()));
        }
        UnmaskRequest sixth = in(s.secondHr(), () -> reports.requestUnmask(item, "Abusive language, case six"));
        assertThatThrownBy(() -> in(s.hr(), () -> reports.approveUnmask(sixth.id())))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).fieldErrors()).containsValue("feedback.unmask.rate-limited"));
        in(s.hr(), () -> reports.declineUnmask(sixth.id()));
        // the HR admin asked three times already
        assertThatThrownBy(() -> in(s.hr(), () -> reports.requestUnmask(item, "Abusive language, case seven")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).fieldErrors()).containsValue("feedback.unmask.rate-limited"));
    }

    @Test
    void overRestReportingAndUnmaskingAnswerWithStatusesAndProblems() throws Exception {
        Setup s = setup("unmaskrest");
        Company c = s.c();
        UUID item = s.items().get(2);
        String reason = "{\"reason\": \"Abusive language here\"}";
        assertThat(mvc.perform(post("/api/v1/feedback/" + item + "/reports").with(authentication(as(c, c.employee())))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(reason)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/v1/feedback/" + item + "/reports").with(authentication(as(c, c.manager())))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(reason)).andReturn().getResponse()
                .getStatus()).isEqualTo(201);
        assertThat(mvc.perform(get("/api/v1/feedback/reports").with(authentication(as(c, c.employee()))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/feedback/reports").with(authentication(s.hr())))
                .andReturn().getResponse().getContentAsString()).contains("Upward note by someone 2");
        var created = mvc.perform(post("/api/v1/feedback/" + item + "/unmask-requests").with(authentication(s.hr()))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(reason)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String id = created.getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var own = mvc.perform(post("/api/v1/feedback/unmask-requests/" + id + "/approve")
                .with(authentication(s.hr())).with(csrf())).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(400);
        assertThat(own.getContentType()).contains("problem+json");
        assertThat(mvc.perform(post("/api/v1/feedback/unmask-requests/" + id + "/approve")
                .with(authentication(s.secondHr())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/api/v1/feedback/unmask-requests/" + id + "/author")
                .with(authentication(s.hr())).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains(c.member().id().toString());
    }

    private static List<String> notifications(Company c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + c.id() + "', false)");
            try (ResultSet result = sql.executeQuery("select kind, recipient_id from notification"
                    + " where kind like 'FEEDBACK_%MASK%'")) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2));
                }
            }
        }
        return rows;
    }

    private static String factsOf(Company c) throws Exception {
        StringBuilder facts = new StringBuilder();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + c.id() + "', false)");
            try (ResultSet result = sql.executeQuery("select facts::text from notification")) {
                while (result.next()) {
                    facts.append(result.getString(1));
                }
            }
        }
        return facts.toString();
    }
}
