package io.kadens.learningdrafts;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyTestData;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AI-drafted learning content over REST: HR admins draft from the library and publish an internal
 * training item; everyone else is refused; another tenant's competency is not found; the OpenAPI
 * document describes the endpoints.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningPathDraftsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData competencyData;
    @Autowired
    TrainingLibrary library;
    @Autowired
    CompetencyFrameworks frameworks;

    Company a;
    Company b;
    CompetencyTestData.Seeded frameworkA;
    CompetencyTestData.Seeded frameworkB;
    UUID beginnerCourse;
    UUID advancedCourse;

    @BeforeAll
    void companies() {
        a = tenants.create("lpda");
        b = tenants.create("lpdb");
        frameworkA = competencyData.framework(a);
        frameworkB = competencyData.framework(b);
        String communication = "Communication " + a.slug();
        beginnerCourse = signedIn(as(a, a.hrAdmin()), () -> library.create(item("Listening first " + a.slug(),
                communication, TrainingLevel.BEGINNER)));
        advancedCourse = signedIn(as(a, a.hrAdmin()), () -> library.create(item("Persuasion masterclass " + a.slug(),
                communication, TrainingLevel.ADVANCED)));
    }

    private static TrainingItemData item(String title, String competency, TrainingLevel level) {
        return new TrainingItemData(title, "Practise " + competency, ProviderKind.EXTERNAL, "Academy", null,
                TrainingFormat.COURSE, 60, level, List.of(competency), "en", List.of());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Authentication caller, String body)
            throws Exception {
        request.with(authentication(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    private String draftBody(UUID competency, int level, String kind) {
        return """
                {"competencyId": "%s", "level": %d, "kind": "%s", "language": "en"}""".formatted(competency, level, kind);
    }

    @Test
    void hrAdminsDraftFromTheLibraryWithCitationsAndPublishAnInternalItem() throws Exception {
        MockHttpServletResponse response = call(post("/api/v1/ai/learning-paths/draft"), as(a, a.hrAdmin()),
                draftBody(frameworkA.coreCompetency(), 2, "LEARNING_PATH"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode draft = json(response).get("draft");
        assertThat(draft.get("title").asString()).isEqualTo("Learning path: Communication " + a.slug() + ", level 2");
        assertThat(draft.get("level").asString()).isEqualTo("BEGINNER");
        // Level 2 of 5 is beginner material: the advanced course is left out.
        assertThat(draft.get("steps").toString()).contains(beginnerCourse.toString())
                .doesNotContain(advancedCourse.toString());
        assertThat(draft.get("steps").get(0).get("citations").toString()).contains("training_item", "competency");
        assertThat(draft.get("steps").toString()).contains("Explains"); // practice from the level-2 indicator
        String text = json(response).get("text").asString();

        MockHttpServletResponse published = call(post("/api/v1/ai/learning-paths/publish"), as(a, a.hrAdmin()), """
                {"competencyId": "%s", "title": "Communication path %s", "description": %s, "level": "BEGINNER",
                 "language": "en"}""".formatted(frameworkA.coreCompetency(), a.slug(), JSON.writeValueAsString(
                text + "\nEdited by HR.")));

        assertThat(published.getStatus()).isEqualTo(201);
        UUID id = UUID.fromString(json(published).get("id").asString());
        TrainingItem item = signedIn(as(a, a.employee()), () -> library.item(id)).orElseThrow();
        assertThat(item.data().providerKind()).isEqualTo(ProviderKind.INTERNAL);
        assertThat(item.data().competencies()).containsExactly("Communication " + a.slug());
        assertThat(item.data().description()).endsWith("Edited by HR.");
        // Publishing the same title twice is refused with the library's message, nothing half-written.
        MockHttpServletResponse again = call(post("/api/v1/ai/learning-paths/publish"), as(a, a.hrAdmin()), """
                {"competencyId": "%s", "title": "Communication path %s", "description": "x", "level": "BEGINNER"}"""
                .formatted(frameworkA.coreCompetency(), a.slug()));
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentType()).contains("application/problem+json");
    }

    @Test
    void aCourseOutlineWithoutMaterialSaysWhatIsMissing() throws Exception {
        JsonNode answer = json(call(post("/api/v1/ai/learning-paths/draft"), as(a, a.hrAdmin()),
                draftBody(frameworkA.functionalCompetency(), 2, "COURSE_OUTLINE")));

        assertThat(answer.get("missing").asString()).isEqualTo("learningdrafts.missing.NO_MATERIAL");
        assertThat(answer.get("draft").isNull()).isTrue();
    }

    @Test
    void onlyHrAdminsDraftOrPublish() throws Exception {
        for (Authentication caller : List.of(as(a, a.employee()), as(a, a.manager()), TestTenants.operator())) {
            assertThat(call(post("/api/v1/ai/learning-paths/draft"), caller,
                    draftBody(frameworkA.coreCompetency(), 2, "LEARNING_PATH")).getStatus()).isEqualTo(403);
            assertThat(call(post("/api/v1/ai/learning-paths/publish"), caller, """
                    {"competencyId": "%s", "title": "Sneaky", "description": "x", "level": "BEGINNER"}"""
                    .formatted(frameworkA.coreCompetency())).getStatus()).isEqualTo(403);
        }
    }

    @Test
    void anotherTenantsCompetencyIsNotFoundAndBadInputIsExplained() throws Exception {
        assertThat(call(post("/api/v1/ai/learning-paths/draft"), as(a, a.hrAdmin()),
                draftBody(frameworkB.coreCompetency(), 2, "LEARNING_PATH")).getStatus()).isEqualTo(404);
        assertThat(call(post("/api/v1/ai/learning-paths/publish"), as(a, a.hrAdmin()), """
                {"competencyId": "%s", "title": "Theirs", "description": "x", "level": "BEGINNER"}"""
                .formatted(frameworkB.coreCompetency())).getStatus()).isEqualTo(404);

        MockHttpServletResponse tooHigh = call(post("/api/v1/ai/learning-paths/draft"), as(a, a.hrAdmin()),
                draftBody(frameworkA.coreCompetency(), 9, "LEARNING_PATH"));
        assertThat(tooHigh.getStatus()).isEqualTo(400);
        assertThat(tooHigh.getContentType()).contains("application/problem+json");
        assertThat(tooHigh.getContentAsString()).contains("level");
    }

    @Test
    void theDraftingPageIsForHrAdminsOnly() throws Exception {
        Class<?> page = Class.forName("io.kadens.learningdrafts.ui.LearningDraftsView");
        assertThat(page.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
                .containsExactly(io.kadens.security.Role.HR_ADMIN_NAME);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        String openApi = call(get("/api/openapi.json"), as(a, a.employee()), null).getContentAsString();
        assertThat(openApi).contains("/api/v1/ai/learning-paths/draft", "/api/v1/ai/learning-paths/publish",
                "Learning path drafts");
    }
}
