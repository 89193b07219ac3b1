package io.kadens.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The learning and content REST endpoints: other tenants' ids look like ids that never existed; rules hold over HTTP. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    LearningTestData data;

    Company a;
    Company b;
    LearningTestData.Seeded aSeeds;
    LearningTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("apia");
        b = tenants.create("apib");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
    }

    private int status(String url, Company company) throws Exception {
        return mvc.perform(get(url).with(authentication(TestTenants.as(company, company.employee()))))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void anotherTenantsIdsAnswerLikeIdsThatNeverExisted() throws Exception {
        for (String template : new String[] {"/api/v1/learning/items/%s", "/api/v1/learning/items/%s/file",
                "/api/v1/content/documents/%s", "/api/v1/content/documents/%s/file"}) {
            UUID own = template.contains("content") ? aSeeds.contentDocument() : aSeeds.trainingItem();
            UUID foreign = template.contains("content") ? bSeeds.contentDocument() : bSeeds.trainingItem();
            assertThat(status(template.formatted(own), a)).as(template).isEqualTo(200);
            assertThat(status(template.formatted(foreign), a)).as(template).isEqualTo(404)
                    .isEqualTo(status(template.formatted(UUID.randomUUID()), a));
        }
        String file = mvc.perform(get("/api/v1/learning/items/" + aSeeds.trainingItem() + "/file")
                        .with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(file).isEqualTo("Slides of " + a.slug());
    }

    @Test
    void assigningOverHttpFollowsTheReportingLine() throws Exception {
        String body = "{\"itemId\":\"%s\",\"employeeId\":\"%s\",\"dueDate\":\"%s\"}";
        int own = mvc.perform(post("/api/v1/learning/assignments").with(csrf())
                .with(authentication(TestTenants.as(a, a.manager())))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(aSeeds.trainingItem(), a.employee().id(), TestTenants.today().plusDays(3))))
                .andReturn().getResponse().getStatus();
        int notTheirs = mvc.perform(post("/api/v1/learning/assignments").with(csrf())
                .with(authentication(TestTenants.as(a, a.teamLead())))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(aSeeds.trainingItem(), a.employee().id(), TestTenants.today().plusDays(3))))
                .andReturn().getResponse().getStatus();
        int otherTenant = mvc.perform(post("/api/v1/learning/assignments").with(csrf())
                .with(authentication(TestTenants.as(a, a.manager())))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(bSeeds.trainingItem(), b.employee().id(), TestTenants.today().plusDays(3))))
                .andReturn().getResponse().getStatus();
        assertThat(own).isEqualTo(201);
        assertThat(notTheirs).isEqualTo(403);
        assertThat(otherTenant).isEqualTo(403);

        String mine = mvc.perform(get("/api/v1/learning/mine").with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Course of " + a.slug());

        String progress = mvc.perform(put("/api/v1/learning/items/" + aSeeds.trainingItem() + "/progress").with(csrf())
                .with(authentication(TestTenants.as(a, a.employee())))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"IN_PROGRESS\",\"percent\":150,\"version\":-1}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(progress).contains("percent", "learning.percent.invalid");

        var foreign = mvc.perform(put("/api/v1/learning/items/" + bSeeds.trainingItem() + "/progress").with(csrf())
                .with(authentication(TestTenants.as(a, a.employee())))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"IN_PROGRESS\",\"percent\":10,\"version\":-1}"))
                .andReturn().getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).contains("training_item").doesNotContain(b.slug());
    }
}
