package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.competencies.FrameworkProposal.ProposedCompetency;
import io.kadens.content.ContentLibrary;
import io.kadens.content.ContentUpload;
import io.kadens.content.DocumentKind;
import io.kadens.content.IndexingJob;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A framework from an uploaded document: headings and lists of a real uploaded Markdown, HTML or Word document are
 * proposed as competencies and indicators, in English and Swedish; nothing is created until HR confirms, and then
 * every confirmed competency or none.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkDocumentImportTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData data;
    @Autowired
    CompetencyFrameworks frameworks;
    @Autowired
    FrameworkDocumentImport imports;
    @Autowired
    ContentLibrary content;
    @Autowired
    MockMvc mvc;

    Company a;
    Company b;
    CompetencyTestData.Seeded aSeeds;
    UUID englishMarkdown;
    UUID swedishHtml;
    UUID word;
    UUID policy;
    UUID bFramework;

    private String markdown(Company company) {
        return """
                # Framework of %1$s

                How we grow at %1$s. Read it before your development talk.

                ## Core values

                ### Ownership

                We own outcomes, not tasks.

                - Level 2: Follows through on agreed work
                - Level 1: Finishes what they start
                - Level 3: Takes on problems nobody owns

                ### Communication %1$s

                Shares information clearly.

                - Listens

                ## Leadership

                ### Coaching

                Develops others through questions.

                - Asks open questions
                - Lets people find their own answers
                - Coaches coaches
                - Builds a coaching culture
                - Shapes how the company learns
                - Writes the book on it

                ## Engineering %1$s

                ### Testing practice

                Keeps quality high with automated tests.

                * Runs the tests
                * Writes tests for new code
                """.formatted(company.slug());
    }

    private static final String SWEDISH_HTML = """
            <html><head><title>Kompetensramverk</title></head><body>
            <h1>Kompetensramverk för Acme</h1>
            <p>Så utvecklas vi på Acme.</p>
            <h2>Kärnvärden</h2>
            <h3>Kundfokus</h3>
            <p>Vi utgår från kundens behov.</p>
            <h4>Nivå: Medarbetare</h4>
            <p>Svarar snabbt och håller det som utlovats.</p>
            <h4>Nivå: Senior</h4>
            <p>Ser mönster i kundernas återkoppling.</p>
            <h2>Ledarskap</h2>
            <h3>Coachning</h3>
            <p>Ledare coachar sina medarbetare.</p>
            <ul><li>Ställer öppna frågor</li><li>Lyssnar aktivt</li></ul>
            </body></html>
            """;

    private static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[][] lines = {{"Heading1", "Competencies of the support team"}, {null, "What support expects."},
                    {"Heading2", "Troubleshooting"}, {null, "Finds the cause of a customer's problem."},
                    {null, "Follows the runbook"}, {null, "Diagnoses common faults"}, {null, "Solves new faults"},
                    {"Heading2", "Empathy"}, {null, "Understands how the customer feels."},
                    {null, "Listens without interrupting"}, {null, "Names the customer's concern"},
                    {null, "Calms an upset customer"}};
            for (String[] line : lines) {
                var paragraph = document.createParagraph();
                if (line[0] != null) {
                    paragraph.setStyle(line[0]);
                }
                paragraph.createRun().setText(line[1]);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UUID upload(Company company, String fileName, byte[] bytes, DocumentKind kind, String language) {
        return signedIn(as(company, company.hrAdmin()), () -> {
            IndexingJob job = content.upload(new ContentUpload(fileName, bytes, kind, language, null, null));
            await("indexing of " + fileName).atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> !content.job(job.id()).orElseThrow().active());
            assertThat(content.job(job.id()).orElseThrow().status()).isEqualTo(IndexingJob.Status.DONE);
            return job.documentId();
        });
    }

    @BeforeAll
    void companies() {
        a = tenants.create("fdia");
        b = tenants.create("fdib");
        aSeeds = data.framework(a);
        data.framework(b);
        englishMarkdown = upload(a, "framework.md", markdown(a).getBytes(StandardCharsets.UTF_8),
                DocumentKind.COMPETENCY_FRAMEWORK, "en");
        swedishHtml = upload(a, "ramverk.html", SWEDISH_HTML.getBytes(StandardCharsets.UTF_8),
                DocumentKind.COMPETENCY_FRAMEWORK, "sv");
        word = upload(a, "support.docx", docx(), DocumentKind.COMPETENCY_FRAMEWORK, "en");
        policy = upload(a, "policy.md", "# Travel policy\n\nBook trains when you can.\n".getBytes(StandardCharsets.UTF_8),
                DocumentKind.POLICY, "en");
        bFramework = upload(b, "framework.md", markdown(b).getBytes(StandardCharsets.UTF_8),
                DocumentKind.COMPETENCY_FRAMEWORK, "en");
    }

    private <T> T asHr(java.util.function.Supplier<T> work) {
        return signedIn(as(a, a.hrAdmin()), work);
    }

    private int competencyCount() {
        return asHr(() -> frameworks.competencies(true)).size();
    }

    @Test
    void headingsAndListsOfAnEnglishMarkdownDocumentAreProposedAndNothingIsCreated() {
        int before = competencyCount();
        FrameworkProposal proposal = asHr(() -> imports.propose(englishMarkdown));

        assertThat(competencyCount()).as("proposing stores nothing").isEqualTo(before);
        assertThat(proposal.scale()).isEqualTo(5);
        assertThat(proposal.competencies()).extracting(ProposedCompetency::name)
                .containsExactly("Ownership", "Communication " + a.slug(), "Coaching", "Testing practice");
        ProposedCompetency ownership = proposal.competencies().get(0);
        assertThat(ownership.group()).isEqualTo(CompetencyGroup.CORE);
        assertThat(ownership.description()).isEqualTo("We own outcomes, not tasks.");
        assertThat(ownership.indicators()).as("level numbers put the items in order")
                .containsExactly("Finishes what they start", "Follows through on agreed work",
                        "Takes on problems nobody owns");
        assertThat(ownership.source()).containsExactly("Framework of " + a.slug(), "Core values", "Ownership");
        assertThat(ownership.exists()).isFalse();
        assertThat(proposal.competencies().get(1).exists()).as("the framework has it already").isTrue();
        ProposedCompetency coaching = proposal.competencies().get(2);
        assertThat(coaching.group()).isEqualTo(CompetencyGroup.LEADERSHIP);
        assertThat(coaching.indicators()).as("cut to the scale").hasSize(5).startsWith("Asks open questions");
        assertThat(proposal.notes()).contains(new FrameworkProposal.Note("competencies.document.indicators-cut",
                "Coaching"));
        ProposedCompetency testing = proposal.competencies().get(3);
        assertThat(testing.group()).as("the section names a job family").isEqualTo(CompetencyGroup.FUNCTIONAL);
        assertThat(testing.jobFamilyId()).isEqualTo(aSeeds.jobFamily());
        assertThat(testing.indicators()).containsExactly("Runs the tests", "Writes tests for new code");
    }

    @Test
    void aSwedishHtmlDocumentWithLevelHeadingsAndAWordDocumentAreRead() {
        FrameworkProposal swedish = asHr(() -> imports.propose(swedishHtml));
        assertThat(swedish.language()).isEqualTo("sv");
        assertThat(swedish.competencies()).extracting(ProposedCompetency::name).containsExactly("Kundfokus", "Coachning");
        assertThat(swedish.competencies().get(0).group()).isEqualTo(CompetencyGroup.CORE);
        assertThat(swedish.competencies().get(0).description()).isEqualTo("Vi utgår från kundens behov.");
        assertThat(swedish.competencies().get(0).indicators()).containsExactly(
                "Svarar snabbt och håller det som utlovats.", "Ser mönster i kundernas återkoppling.");
        assertThat(swedish.competencies().get(1).group()).isEqualTo(CompetencyGroup.LEADERSHIP);
        assertThat(swedish.competencies().get(1).indicators()).containsExactly("Ställer öppna frågor", "Lyssnar aktivt");

        FrameworkProposal fromWord = asHr(() -> imports.propose(word));
        assertThat(fromWord.competencies()).extracting(ProposedCompetency::name)
                .containsExactly("Troubleshooting", "Empathy");
        assertThat(fromWord.competencies().get(0).description()).isEqualTo("Finds the cause of a customer's problem.");
        assertThat(fromWord.competencies().get(0).indicators())
                .containsExactly("Follows the runbook", "Diagnoses common faults", "Solves new faults");
    }

    @Test
    void confirmingCreatesEveryChosenCompetencyOrNone() {
        FrameworkProposal proposal = asHr(() -> imports.propose(englishMarkdown));
        int before = competencyCount();
        // The existing name is refused, and so nothing at all is created.
        CompetencyImportReport refused = asHr(() -> imports.confirm(englishMarkdown, proposal.competencies().stream()
                .map(ProposedCompetency::data).toList()));
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).extracting(CompetencyImportReport.Problem::line, CompetencyImportReport.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "competencies.name.taken"));
        assertThat(competencyCount()).isEqualTo(before);

        // HR renames one, leaves the existing one out and edits an indicator.
        List<CompetencyData> chosen = new ArrayList<>();
        ProposedCompetency ownership = proposal.competencies().get(0);
        chosen.add(new CompetencyData("Ownership " + a.slug(), ownership.description(), ownership.group(), null,
                List.of("Finishes what they start", "Follows through")));
        chosen.add(proposal.competencies().get(3).data());
        CompetencyImportReport created = asHr(() -> imports.confirm(englishMarkdown, chosen));
        assertThat(created.imported()).isTrue();
        assertThat(created.created()).isEqualTo(2);
        List<Competency> after = asHr(() -> frameworks.competencies(false));
        Competency stored = after.stream().filter(c -> c.name().equals("Ownership " + a.slug())).findFirst().orElseThrow();
        assertThat(stored.data().indicators()).containsExactly("Finishes what they start", "Follows through");
        assertThat(after).anyMatch(c -> c.name().equals("Testing practice")
                && aSeeds.jobFamily().equals(c.data().jobFamilyId()));

        assertThat(asHr(() -> imports.confirm(englishMarkdown, List.of())).problems())
                .extracting(CompetencyImportReport.Problem::messageKey).containsExactly("competencies.document.none-chosen");
    }

    @Test
    void onlyHrAdminsImportOnlyFrameworkDocumentsOfTheirOwnCompany() {
        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> imports.propose(englishMarkdown)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr(() -> imports.propose(policy))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asHr(() -> imports.propose(bFramework))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asHr(() -> imports.confirm(bFramework, List.of())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(asHr(imports::frameworkDocuments)).extracting(d -> d.id())
                .contains(englishMarkdown, swedishHtml, word).doesNotContain(policy, bFramework);
    }

    @Test
    void theProposalAndTheConfirmationOverRest() throws Exception {
        var hr = TestTenants.as(a, a.hrAdmin());
        MockHttpServletResponse proposed = mvc.perform(post("/api/v1/competencies/import/from-document/" + swedishHtml)
                .with(csrf()).with(authentication(hr))).andReturn().getResponse();
        assertThat(proposed.getStatus()).isEqualTo(200);
        assertThat(proposed.getContentAsString()).contains("\"name\":\"Kundfokus\"", "Lyssnar aktivt");
        assertThat(mvc.perform(post("/api/v1/competencies/import/from-document/" + bFramework).with(csrf())
                .with(authentication(hr))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/v1/competencies/import/from-document/" + swedishHtml).with(csrf())
                .with(authentication(TestTenants.as(a, a.employee())))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/competencies/import/from-document/" + swedishHtml
                        + "/confirm").with(csrf()).with(authentication(hr)).header("Accept-Language", "sv")
                        .contentType("application/json")
                        .content("{\"competencies\":[{\"name\":\"\",\"group\":\"CORE\",\"indicators\":[]}]}"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("competencies.name.required", "Ange ett namn.");
        MockHttpServletResponse created = mvc.perform(post("/api/v1/competencies/import/from-document/" + swedishHtml
                        + "/confirm").with(csrf()).with(authentication(hr)).contentType("application/json")
                        .content("{\"competencies\":[{\"name\":\"Kundfokus " + a.slug() + "\",\"description\":\"\","
                                + "\"group\":\"CORE\",\"indicators\":[\"Svarar snabbt\"]}]}"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getContentAsString()).contains("CREATED");
    }
}
