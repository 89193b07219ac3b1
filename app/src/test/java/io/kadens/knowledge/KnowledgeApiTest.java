package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    KnowledgeFixtures fixtures;

    Company a;
    UUID course;
    UUID values;

    @BeforeAll
    void company() {
        a = tenants.create("kapi");
        course = fixtures.trainingItem(a, "Coaching conversations",
                "A two-hour course for new managers on asking open questions.");
        values = fixtures.upload(a, "values.md", "# Our values\n\nCourage, care and curiosity guide every decision.");
    }

    private MockHttpServletResponse search(String json) throws Exception {
        return mvc.perform(post("/api/v1/knowledge/search").with(csrf())
                        .with(authentication(TestTenants.as(a, a.employee())))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    @Test
    void anEmployeeFindsACourseByAQuestionWithScoreAndLink() throws Exception {
        MockHttpServletResponse response = search("{\"query\": \"how do I learn to coach my team?\", \"k\": 2}");
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        assertThat(body).contains("\"sourceType\":\"training_item\"", "\"sourceId\":\"" + course + "\"",
                "\"link\":\"learning/" + course + "\"", "\"title\":\"Coaching conversations\"", "\"score\":");
        assertThat(body.indexOf(course.toString())).isLessThan(body.indexOf(values.toString()));
    }

    @Test
    void sourceTypesNarrowTheSearch() throws Exception {
        assertThat(search("{\"query\": \"courage\", \"k\": 5}").getContentAsString())
                .contains("\"sourceType\":\"company_content\"");
        String body = search("{\"query\": \"courage\", \"k\": 5, \"sourceTypes\": [\"training_item\"]}")
                .getContentAsString();
        assertThat(body).doesNotContain("\"sourceType\":\"company_content\"");
    }

    @Test
    void badInputGetsAMessageAtEachField() throws Exception {
        MockHttpServletResponse empty = search("{\"query\": \"  \", \"k\": 0}");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("\"field\":\"query\"", "ai.knowledge.error.query.required",
                "Enter what you are looking for.", "\"field\":\"k\"", "Ask for between 1 and 50 results.");
        MockHttpServletResponse tooMany = search("{\"query\": \"values\", \"k\": 51}");
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(search("{\"query\": \"values\", \"sourceTypes\": [\"Bad Type\"]}").getContentAsString())
                .contains("ai.knowledge.error.sourceTypes.invalid");
    }

    @Test
    void withoutKTenResultsAtMostAreReturned() throws Exception {
        assertThat(search("{\"query\": \"values\"}").getStatus()).isEqualTo(200);
    }
}
