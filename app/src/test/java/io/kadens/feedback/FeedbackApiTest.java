package io.kadens.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Feedback over REST: exactly what the caller may see, 404 alike for missing and foreign ids, field errors,
 * and the write endpoints the shared isolation suite cannot express (PUT, DELETE, bodies naming B's people).
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    FeedbackTestData data;

    Company a;
    Company b;
    FeedbackTestData.Seeded aData;
    FeedbackTestData.Seeded bData;

    @BeforeAll
    void companies() {
        a = tenants.create("fbapia");
        b = tenants.create("fbapib");
        aData = data.seed(a);
        bData = data.seed(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Company company, Person person)
            throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(company, person))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private MockHttpServletResponse json(MockHttpServletRequestBuilder request, String body, Company company,
                                         Person person) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(company, person))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void listsHoldExactlyWhatTheCallerMaySee() throws Exception {
        String mine = call(get("/api/v1/feedback/received"), a, a.employee()).getContentAsString();
        assertThat(mine).contains("Feedback of " + a.slug()).doesNotContain("Anonymous of");
        // the manager's anonymous group has three authors: shown, without names or dates
        MockHttpServletResponse manager = call(get("/api/v1/feedback/received"), a, a.manager());
        assertThat(manager.getStatus()).isEqualTo(200);
        String body = manager.getContentAsString();
        assertThat(body).contains("Anonymous of " + a.slug(), "\"hiddenAnonymous\":0");
        for (Person author : List.of(a.employee(), a.teamLead(), a.member())) {
            assertThat(body).doesNotContain(author.id().toString());
        }
        assertThat(body).doesNotContain("\"givenAt\":\"");
        // a NUL character the database cannot store: 400 problem, not a server error
        MockHttpServletResponse nul = call(get("/api/v1/feedback/received").param("competency", "a\u0000b"), a,
                a.manager());
        assertThat(nul.getStatus()).isEqualTo(400);
        assertThat(nul.getContentType()).contains("problem+json");
        assertThat(nul.getContentAsString()).doesNotContain("PSQL", "UTF8");
        // narrowed to a competency nobody used: nothing, and no count
        String narrowed = call(get("/api/v1/feedback/received?competency=Nothing"), a, a.manager()).getContentAsString();
        assertThat(narrowed).doesNotContain("Anonymous of").contains("\"hiddenAnonymous\":null");
        // the manager reads the report's page; a peer gets 404 like for a person who does not exist
        assertThat(call(get("/api/v1/feedback/people/" + a.employee().id()), a, a.manager()).getContentAsString())
                .contains("Feedback of " + a.slug());
        assertThat(call(get("/api/v1/feedback/people/" + a.employee().id()), a, a.teamLead()).getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/feedback/given"), a, a.manager()).getContentAsString())
                .contains("Feedback of " + a.slug());
    }

    @Test
    void missingAndForeignIdsAnswerAlike() throws Exception {
        for (String template : List.of("/api/v1/feedback/%s", "/api/v1/feedback/%s/replies",
                "/api/v1/feedback/requests/%s", "/api/v1/praise/%s", "/api/v1/feedback/people/%s")) {
            UUID own = switch (template) {
                case "/api/v1/feedback/requests/%s" -> aData.request();
                case "/api/v1/praise/%s" -> aData.praise();
                case "/api/v1/feedback/people/%s" -> a.employee().id();
                default -> aData.feedbackItem();
            };
            UUID foreign = switch (template) {
                case "/api/v1/feedback/requests/%s" -> bData.request();
                case "/api/v1/praise/%s" -> bData.praise();
                case "/api/v1/feedback/people/%s" -> b.employee().id();
                default -> bData.feedbackItem();
            };
            MockHttpServletResponse ownResponse = call(get(template.formatted(own)), a, a.employee());
            assertThat(ownResponse.getStatus()).as(template + " " + ownResponse.getErrorMessage() + " "
                    + ownResponse.getHeaderNames() + " " + ownResponse.getContentAsString()).isEqualTo(200);
            MockHttpServletResponse foreignResponse = call(get(template.formatted(foreign)), a, a.employee());
            assertThat(foreignResponse.getStatus()).as(template).isEqualTo(404)
                    .isEqualTo(call(get(template.formatted(UUID.randomUUID())), a, a.employee()).getStatus());
            assertThat(foreignResponse.getContentAsString()).doesNotContain(b.slug());
        }
    }

    @Test
    void writesThatNameAnotherTenantChangeNothingThere() throws Exception {
        // reactions and unreactions on B's praise
        for (Person caller : List.of(a.employee(), a.hrAdmin())) {
            assertThat(call(put("/api/v1/praise/" + bData.praise() + "/reactions/HEART"), a, caller).getStatus())
                    .isEqualTo(404);
            assertThat(call(delete("/api/v1/praise/" + bData.praise() + "/reactions/TADA"), a, caller).getStatus())
                    .isEqualTo(404);
        }
        assertThat(call(get("/api/v1/praise/" + bData.praise()), b, b.employee()).getContentAsString())
                .contains("\"reaction\":\"TADA\",\"count\":1").contains("\"reaction\":\"HEART\",\"count\":0");
        // feedback, a request and praise for B's people: refused at the field, no B data echoed
        for (var write : List.of(
                List.of("/api/v1/feedback", "{\"receiverId\":\"" + b.employee().id() + "\",\"text\":\"Hi\"}",
                        "receiverId", "feedback.receiver.unknown"),
                List.of("/api/v1/feedback/requests", "{\"recipientIds\":[\"" + b.employee().id()
                        + "\"],\"question\":\"Q?\",\"dueDate\":\"" + TestTenants.today().plusDays(3) + "\"}",
                        "recipientIds", "feedback.request.recipients.unknown"),
                List.of("/api/v1/praise", "{\"recipientId\":\"" + b.employee().id() + "\",\"text\":\"Hi\"}",
                        "recipientId", "feedback.praise.recipient.unknown"))) {
            MockHttpServletResponse response = json(post(write.get(0)), write.get(1), a, a.employee());
            assertThat(response.getStatus()).as(write.get(0)).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("\"field\":\"" + write.get(2) + "\"",
                    "\"code\":\"" + write.get(3) + "\"").doesNotContain(b.employee().familyName());
        }
        // settings: only A's HR admin changes A's settings; B's stay the defaults
        assertThat(json(put("/api/v1/feedback/settings"), "{\"anonymousPeerAllowed\":false,"
                + "\"anonymousUpwardAllowed\":true,\"managerVisibility\":\"MANAGER_CHAIN\",\"version\":0}", a,
                a.employee()).getStatus()).isEqualTo(403);
        assertThat(json(put("/api/v1/feedback/settings"), "{\"anonymousPeerAllowed\":false,"
                + "\"anonymousUpwardAllowed\":true,\"managerVisibility\":\"MANAGER_CHAIN\",\"version\":0}", a,
                a.hrAdmin()).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/feedback/settings"), b, b.employee()).getContentAsString())
                .contains("\"anonymousPeerAllowed\":true", "\"managerVisibility\":\"DIRECT_MANAGER\"");
    }

    @Test
    void giveAnswerReplyAndReactOverRest() throws Exception {
        MockHttpServletResponse given = json(post("/api/v1/feedback"), "{\"receiverId\":\"" + a.teamLead().id()
                + "\",\"text\":\"Clear sprint goals\",\"competency\":\"Leadership\"}", a, a.member());
        assertThat(given.getStatus()).isEqualTo(201);
        assertThat(given.getContentAsString()).contains("\"source\":\"REPORT\"", "\"competency\":\"Leadership\"");
        MockHttpServletResponse empty = json(post("/api/v1/feedback"), "{\"receiverId\":\"" + a.teamLead().id()
                + "\",\"text\":\" \"}", a, a.member());
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("\"code\":\"feedback.text.required\"");
        MockHttpServletResponse self = json(post("/api/v1/feedback"), "{\"receiverId\":\"" + a.member().id()
                + "\",\"text\":\"Me\"}", a, a.member());
        assertThat(self.getContentAsString()).contains("\"code\":\"feedback.receiver.self\"");

        assertThat(call(get("/api/v1/feedback/requests/to-answer"), a, a.teamLead()).getContentAsString())
                .contains("Question of " + a.slug());
        assertThat(json(post("/api/v1/feedback/requests/" + aData.request() + "/answer"), "{\"text\":\"Answered\"}",
                a, a.teamLead()).getStatus()).isEqualTo(201);
        assertThat(call(post("/api/v1/feedback/requests/" + aData.request() + "/decline"), a, a.teamLead())
                .getStatus()).isEqualTo(404);
        assertThat(call(post("/api/v1/feedback/requests/" + aData.request() + "/decline"), a, a.manager())
                .getStatus()).isEqualTo(204);
        assertThat(call(get("/api/v1/feedback/requests/mine"), a, a.employee()).getContentAsString())
                .contains("\"status\":\"ANSWERED\"", "\"status\":\"DECLINED\"");

        assertThat(json(post("/api/v1/feedback/" + aData.feedbackItem() + "/replies"), "{\"text\":\"Thanks\"}", a,
                a.manager()).getStatus()).isEqualTo(201);
        assertThat(call(put("/api/v1/praise/" + aData.praise() + "/reactions/STAR"), a, a.ceo()).getContentAsString())
                .contains("\"reaction\":\"STAR\",\"count\":1,\"mine\":true");
        assertThat(call(put("/api/v1/praise/" + aData.praise() + "/reactions/NOPE"), a, a.ceo()).getStatus())
                .isEqualTo(400);
    }

    @Test
    void unmaskingOverRestIsForHrAdminsOfTheTenantAndNeedsASecondOne() throws Exception {
        String reason = "{\"reason\":\"Threatening language reported\"}";
        assertThat(json(post("/api/v1/feedback/" + aData.anonymousItem() + "/unmask-requests"), reason, a, a.manager())
                .getStatus()).isEqualTo(403);
        // the seeded item has a pending request of A's HR admin: not a second one, and not approved by them
        assertThat(json(post("/api/v1/feedback/" + aData.anonymousItem() + "/unmask-requests"), reason, a,
                a.hrAdmin()).getStatus()).isEqualTo(400);
        MockHttpServletResponse own = json(post("/api/v1/feedback/unmask-requests/" + aData.unmaskRequest()
                + "/approve"), "{}", a, a.hrAdmin());
        assertThat(own.getStatus()).isEqualTo(400);
        assertThat(own.getContentAsString()).contains("feedback.unmask.second-admin")
                .doesNotContain(a.employee().id().toString());
        assertThat(json(post("/api/v1/feedback/unmask-requests/" + aData.unmaskRequest() + "/author"), "{}", a,
                a.hrAdmin()).getStatus()).isEqualTo(404);
        // another tenant's item and request answer like ids that never existed
        assertThat(json(post("/api/v1/feedback/" + bData.anonymousItem() + "/unmask-requests"), reason, a, a.hrAdmin())
                .getStatus()).isEqualTo(404);
        assertThat(json(post("/api/v1/feedback/unmask-requests/" + bData.unmaskRequest() + "/approve"), "{}", a,
                a.hrAdmin()).getStatus()).isEqualTo(404);
    }
}
