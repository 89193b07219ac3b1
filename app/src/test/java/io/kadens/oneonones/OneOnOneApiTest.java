package io.kadens.oneonones;

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
 * The 1:1 and check-in REST endpoints: what the caller may see and nothing more, private notes only
 * their author's, validation answered at the edge, and every write endpoint with another pair's or
 * another tenant's ids answering exactly like an id that never existed (404) and changing nothing.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneOnOneApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    OneOnOneTestData data;

    Company a;
    Company b;
    OneOnOneTestData.Seeded aSeeds;
    OneOnOneTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("ooapia");
        b = tenants.create("ooapib");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(a, as))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(a, as))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    @Test
    void participantsReadTheirMeetingAndTheirOwnPrivateNoteOnly() throws Exception {
        MockHttpServletResponse meeting = call(get("/api/v1/one-on-ones/meetings/" + aSeeds.meeting()), a.employee());
        assertThat(meeting.getStatus()).isEqualTo(200);
        assertThat(meeting.getContentAsString()).contains("Talking point of " + a.slug(), "Notes of " + a.slug(),
                "Answer of " + a.slug()).doesNotContain("Private of " + a.slug());
        // the manager's private note: theirs to read, nobody else's
        assertThat(call(get("/api/v1/one-on-ones/meetings/" + aSeeds.meeting() + "/private-note"), a.manager())
                .getContentAsString()).contains("Private of " + a.slug());
        for (Person other : List.of(a.employee(), a.hrAdmin(), a.ceo())) {
            MockHttpServletResponse note = call(get("/api/v1/one-on-ones/meetings/" + aSeeds.meeting() + "/private-note"), other);
            assertThat(note.getStatus()).isEqualTo(404);
            assertThat(note.getContentAsString()).doesNotContain("Private of");
        }
        // HR admins and other managers do not see the meeting at all
        for (Person other : List.of(a.hrAdmin(), a.ceo(), a.teamLead())) {
            assertThat(call(get("/api/v1/one-on-ones/meetings/" + aSeeds.meeting()), other).getStatus()).isEqualTo(404);
            assertThat(call(get("/api/v1/check-ins/" + aSeeds.checkIn()), other).getStatus()).isEqualTo(404);
        }
    }

    @Test
    void badInputIsAnsweredAtTheEdgeWithTheField() throws Exception {
        MockHttpServletResponse empty = call(post("/api/v1/one-on-ones/meetings/" + aSeeds.meeting() + "/agenda"),
                a.employee(), "{\"text\": \"   \"}");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("text");
        MockHttpServletResponse stale = call(put("/api/v1/one-on-ones/meetings/" + aSeeds.meeting() + "/shared-notes"),
                a.employee(), "{\"text\": \"mine\", \"version\": 0}");
        assertThat(stale.getStatus()).isEqualTo(409);
        MockHttpServletResponse pulse = call(post("/api/v1/check-ins"), a.employee(),
                "{\"meetingId\": \"" + aSeeds.meeting() + "\", \"answers\": [{\"questionId\": \""
                        + CheckIns.DEFAULT_QUESTIONS.getLast().id() + "\", \"pulse\": 9}]}");
        assertThat(pulse.getStatus()).isEqualTo(400);
        assertThat(pulse.getContentAsString()).contains("answers." + CheckIns.DEFAULT_QUESTIONS.getLast().id());
        MockHttpServletResponse added = call(post("/api/v1/one-on-ones/meetings/" + aSeeds.meeting() + "/agenda"),
                a.employee(), "{\"text\": \"Over REST\", \"recurring\": true}");
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(added.getContentAsString()).contains("\"recurring\":true");
        assertThat(call(put("/api/v1/check-ins/questionnaire"), a.employee(), "{\"questions\": []}").getStatus())
                .isEqualTo(403);
        assertThat(call(post("/api/v1/one-on-ones/series/synchronise"), a.employee()).getStatus()).isEqualTo(403);
        MockHttpServletResponse synchronised = call(post("/api/v1/one-on-ones/series/synchronise"), a.hrAdmin());
        assertThat(synchronised.getStatus()).isEqualTo(200);
        // every line of A has a series now: the team lead's line to the member was never opened before
        assertThat(synchronised.getContentAsString()).doesNotContain("\"seriesCreatedOrReactivated\":0");
    }

    @Test
    void writesWithAnotherTenantsIdsAnswerLikeMissingIdsAndChangeNothing() throws Exception {
        List<Write> writes = List.of(
                new Write("PUT", "/api/v1/one-on-ones/series/%s/cadence", "{\"cadence\": \"WEEKLY\"}"),
                new Write("DELETE", "/api/v1/one-on-ones/series/%s", null),
                new Write("PUT", "/api/v1/one-on-ones/meetings/%s/agenda/order", "{\"itemIds\": []}"),
                new Write("PUT", "/api/v1/one-on-ones/agenda-items/%s/covered", "{\"covered\": true}"),
                new Write("DELETE", "/api/v1/one-on-ones/agenda-items/%s", null),
                new Write("PUT", "/api/v1/one-on-ones/meetings/%s/shared-notes", "{\"text\": \"from A\", \"version\": 1}"),
                new Write("PUT", "/api/v1/one-on-ones/meetings/%s/private-note", "{\"text\": \"from A\", \"version\": -1}"),
                new Write("PUT", "/api/v1/one-on-ones/action-items/%s/done", "{\"done\": true}"));
        for (Write write : writes) {
            UUID foreign = idFor(write.template(), bSeeds);
            for (Person caller : List.of(a.employee(), a.manager(), a.hrAdmin())) {
                MockHttpServletResponse theirs = send(write, foreign, caller);
                MockHttpServletResponse missing = send(write, UUID.randomUUID(), caller);
                assertThat(theirs.getStatus()).as(write.method() + " " + write.template() + " as " + caller.email())
                        .isEqualTo(404).isEqualTo(missing.getStatus());
                assertThat(theirs.getContentAsString()).doesNotContain(b.slug());
            }
        }
        // B's meeting is as it was
        String bView = mvc.perform(get("/api/v1/one-on-ones/meetings/" + bSeeds.meeting())
                .with(authentication(TestTenants.as(b, b.manager())))).andReturn().getResponse().getContentAsString();
        assertThat(bView).contains("Talking point of " + b.slug(), "Notes of " + b.slug(), "\"covered\":false")
                .doesNotContain("from A");
    }

    private record Write(String method, String template, String body) {
    }

    private static UUID idFor(String template, OneOnOneTestData.Seeded seeds) {
        if (template.contains("/series/")) {
            return seeds.pair();
        }
        if (template.contains("/agenda-items/")) {
            return seeds.agendaItem();
        }
        if (template.contains("/action-items/")) {
            return seeds.actionItem();
        }
        return seeds.meeting();
    }

    private MockHttpServletResponse send(Write write, UUID id, Person caller) throws Exception {
        String url = write.template().formatted(id);
        MockHttpServletRequestBuilder request = "PUT".equals(write.method()) ? put(url) : delete(url);
        return write.body() == null ? call(request, caller) : call(request, caller, write.body());
    }

    @Autowired
    io.kadens.apitokens.ApiTokens apiTokens;

    @Test
    void personalAccessTokensWorkOnTheEndpoints() throws Exception {
        String token = TestTenants.signedIn(TestTenants.as(a, a.employee()),
                () -> apiTokens.create("one-on-ones", io.kadens.apitokens.TokenExpiry.NEVER).token());
        MockHttpServletResponse mine = mvc.perform(get("/api/v1/one-on-ones").header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).contains(a.manager().familyName()).doesNotContain(b.slug());
        // a write without a session or CSRF token, as scripts do it
        MockHttpServletResponse added = mvc.perform(post("/api/v1/one-on-ones/meetings/" + aSeeds.meeting() + "/agenda")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"From a script\"}"))
                .andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(mvc.perform(get("/api/v1/one-on-ones/meetings/" + aSeeds.meeting()).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).contains("From a script");
    }
}
