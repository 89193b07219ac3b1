package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.feedback.Feedback;
import io.kadens.feedback.FeedbackItem;
import io.kadens.feedback.NewFeedback;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Feedback and training items refer to competencies by id (V180): the migration links existing free text by a
 * case-blind name match, new records are linked when they name a competency, the rest is reported to HR with
 * counts and places, and mapping a value links every use of it. Each company sees and maps only its own.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetencyReferencesTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData data;
    @Autowired
    CompetencyFrameworks frameworks;
    @Autowired
    CompetencyLeftovers leftovers;
    @Autowired
    Feedback feedback;
    @Autowired
    TrainingLibrary library;
    @Autowired
    MockMvc mvc;

    Company a;
    Company b;
    CompetencyTestData.Seeded aSeeds;
    CompetencyTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("crefa");
        b = tenants.create("crefb");
        aSeeds = data.framework(a);
        bSeeds = data.framework(b);
    }

    private FeedbackItem give(Company company, String competency) {
        return signedIn(as(company, company.manager()), () -> feedback.give(new NewFeedback(company.employee().id(),
                "Well done on the launch, " + company.slug(), competency, null, null, false)));
    }

    private UUID item(Company company, String title, List<String> competencies) {
        return signedIn(as(company, company.hrAdmin()), () -> library.create(new TrainingItemData(title, "",
                ProviderKind.INTERNAL, null, null, TrainingFormat.COURSE, 30, TrainingLevel.BEGINNER, competencies, "en",
                List.of())));
    }

    private <T> T asHr(Company company, java.util.function.Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    /** Rows as the owner, inside the company (row-level security applies to the owner too). */
    private List<List<String>> rows(Company company, String sql) {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + company.id().value() + "', false)");
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void execute(Company company, String... sql) {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + company.id().value() + "', false)");
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private String competencyIdOf(Company company, UUID feedbackId) {
        return rows(company, "select competency_id, competency from feedback where id = '" + feedbackId + "'")
                .getFirst().getFirst();
    }

    private static String communication(Company company) {
        return "Communication " + company.slug();
    }

    @Test
    void theMigrationLinksExistingFreeTextByNameAndLeavesTheRest() throws IOException {
        Company c = tenants.create("crefm");
        CompetencyTestData.Seeded seeds = data.framework(c);
        UUID matching = give(c, "x").id();
        UUID other = give(c, "Punctuality").id();
        UUID course = item(c, "Course of " + c.slug(), List.of("x", "Storytelling"));
        // As before V180: free text only, written in another case and with spaces around it.
        execute(c, "update feedback set competency_id = null, competency = '  COMMUNICATION " + c.slug().toUpperCase()
                        + " ' where id = '" + matching + "'",
                "update training_item set competencies = array['communication " + c.slug() + "', 'Storytelling']"
                        + " where id = '" + course + "'",
                "delete from training_item_competency");

        String migration = new String(getClass().getResourceAsStream("/db/migration/V180__competency_references.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        execute(c, migration.substring(migration.indexOf("DO $$")));

        assertThat(rows(c, "select competency_id, competency from feedback where id = '" + matching + "'"))
                .containsExactly(List.of(seeds.coreCompetency().toString(), communication(c)));
        assertThat(rows(c, "select competency_id, competency from feedback where id = '" + other + "'"))
                .as("no competency of that name: kept as free text").containsExactly(java.util.Arrays.asList(null, "Punctuality"));
        assertThat(rows(c, "select competency_id, label from training_item_competency where item_id = '" + course + "'"))
                .containsExactly(List.of(seeds.coreCompetency().toString(), "communication " + c.slug()));
        // The report lists exactly what did not match, with where it is used.
        assertThat(asHr(c, leftovers::report)).containsExactlyInAnyOrder(
                new CompetencyLeftover("Punctuality", 1, Map.of("FEEDBACK", 1)),
                new CompetencyLeftover("Storytelling", 1, Map.of("TRAINING_ITEM", 1)));
    }

    @Test
    void newFeedbackAndTrainingItemsAreLinkedWhenTheyNameACompetency() {
        FeedbackItem linked = give(a, communication(a).toLowerCase());
        assertThat(linked.competency()).as("shown with the competency's name").isEqualTo(communication(a));
        assertThat(competencyIdOf(a, linked.id())).isEqualTo(aSeeds.coreCompetency().toString());
        FeedbackItem free = give(a, "Curiosity " + a.slug());
        assertThat(competencyIdOf(a, free.id())).isNull();

        UUID course = item(a, "Talks of " + a.slug(), List.of(communication(a), "Curiosity " + a.slug()));
        assertThat(rows(a, "select competency_id from training_item_competency where item_id = '" + course + "'"))
                .containsExactly(List.of(aSeeds.coreCompetency().toString()));
        TrainingItem stored = asHr(a, () -> library.item(course)).orElseThrow();
        assertThat(stored.data().competencies()).containsExactly(communication(a), "Curiosity " + a.slug());
        // Search metadata keeps the words, so filtering the library by competency still finds the item.
        assertThat(rows(a, "select metadata -> 'competencies' from knowledge_chunk where source_type = 'training_item'"
                + " and source_id = '" + course + "'").getFirst().getFirst())
                .contains(communication(a).toLowerCase(), ("curiosity " + a.slug()));
        // With a framework, the feedback form picks from it.
        assertThat(signedIn(as(a, a.employee()), feedback::competencies)).contains(communication(a))
                .doesNotContain(communication(b));
    }

    @Test
    void mappingALeftoverLinksEveryUseAndReindexesTheItems() {
        String value = "Storytelling " + a.slug();
        UUID first = give(a, value).id();
        UUID second = give(a, value.toUpperCase()).id();
        UUID course = item(a, "Stories of " + a.slug(), List.of(value, "Listening"));
        CompetencyLeftover reported = asHr(a, leftovers::report).stream()
                .filter(l -> l.value().equalsIgnoreCase(value)).findFirst().orElseThrow();
        assertThat(reported.count()).isEqualTo(3);
        assertThat(reported.uses()).isEqualTo(Map.of("FEEDBACK", 2, "TRAINING_ITEM", 1));

        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> leftovers.map(value, aSeeds.coreCompetency())))
                .isInstanceOf(AccessDeniedException.class);

        CompetencyLeftovers.Mapped mapped = asHr(a, () -> leftovers.map(value.toLowerCase(), aSeeds.coreCompetency()));
        assertThat(mapped.count()).isEqualTo(3);
        assertThat(mapped.uses()).isEqualTo(Map.of("FEEDBACK", 2, "TRAINING_ITEM", 1));
        assertThat(competencyIdOf(a, first)).isEqualTo(aSeeds.coreCompetency().toString());
        assertThat(competencyIdOf(a, second)).isEqualTo(aSeeds.coreCompetency().toString());
        assertThat(rows(a, "select competency from feedback where id = '" + second + "'").getFirst().getFirst())
                .isEqualTo(communication(a));
        assertThat(asHr(a, () -> library.item(course)).orElseThrow().data().competencies())
                .containsExactly(communication(a), "Listening");
        assertThat(rows(a, "select metadata -> 'competencies' from knowledge_chunk where source_type = 'training_item'"
                + " and source_id = '" + course + "'").getFirst().getFirst())
                .contains(communication(a).toLowerCase()).doesNotContain("storytelling");
        assertThat(asHr(a, leftovers::report)).noneMatch(l -> l.value().equalsIgnoreCase(value));

        // Mapped already: the value is gone, and saying so changes nothing.
        assertThatThrownBy(() -> asHr(a, () -> leftovers.map(value, aSeeds.coreCompetency())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("value", "competencies.leftover.gone"));
    }

    @Test
    void anArchivedCompetencyTakesNoMappingAndNothingChanges() {
        Company c = tenants.create("crefz");
        CompetencyTestData.Seeded seeds = data.framework(c);
        UUID given = give(c, "Grit").id();
        Competency functional = asHr(c, () -> frameworks.competency(seeds.functionalCompetency())).orElseThrow();
        asHr(c, () -> {
            frameworks.archive(functional.id(), true, functional.version());
            return null;
        });
        assertThatThrownBy(() -> asHr(c, () -> leftovers.map("Grit", functional.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(competencyIdOf(c, given)).isNull();
        assertThat(asHr(c, leftovers::report)).extracting(CompetencyLeftover::value).contains("Grit");
    }

    @Test
    void aReferredCompetencyIsArchivedNotDeletedAndARenameRelabelsItsUses() {
        Company c = tenants.create("crefr");
        CompetencyTestData.Seeded seeds = data.framework(c);
        Competency functional = asHr(c, () -> frameworks.competency(seeds.functionalCompetency())).orElseThrow();
        UUID given = give(c, functional.name()).id();
        UUID course = item(c, "Tests of " + c.slug(), List.of(functional.name().toUpperCase()));

        long renamed = asHr(c, () -> frameworks.update(functional.id(), new CompetencyData("Quality " + c.slug(),
                "", functional.data().group(), functional.data().jobFamilyId(), functional.data().indicators()),
                functional.version()));
        assertThat(rows(c, "select competency from feedback where id = '" + given + "'").getFirst().getFirst())
                .isEqualTo("Quality " + c.slug());
        assertThat(asHr(c, () -> library.item(course)).orElseThrow().data().competencies())
                .containsExactly("Quality " + c.slug());
        assertThat(rows(c, "select metadata -> 'competencies' from knowledge_chunk where source_type = 'training_item'"
                + " and source_id = '" + course + "'").getFirst().getFirst()).contains("quality " + c.slug());
        assertThat(asHr(c, leftovers::report)).isEmpty();

        assertThat(asHr(c, () -> frameworks.remove(functional.id(), renamed))).isEqualTo(RemovalOutcome.ARCHIVED);
        assertThat(competencyIdOf(c, given)).isEqualTo(functional.id().toString());
    }

    @Test
    void eachCompanySeesAndMapsOnlyItsOwnValues() {
        String shared = "Resilience";
        UUID ofA = give(a, shared).id();
        UUID ofB = give(b, shared + " " + b.slug()).id();
        assertThat(asHr(a, leftovers::report)).extracting(CompetencyLeftover::value)
                .noneMatch(value -> value.contains(b.slug()));
        // B's competency is unknown in A, like one that never existed; nothing of A or B changes.
        assertThatThrownBy(() -> asHr(a, () -> leftovers.map(shared, bSeeds.coreCompetency())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(competencyIdOf(a, ofA)).isNull();
        // A's mapping of a value B also uses leaves B's record alone.
        asHr(a, () -> leftovers.map(shared, aSeeds.coreCompetency()));
        assertThat(competencyIdOf(b, ofB)).isNull();
        assertThat(asHr(b, leftovers::report)).extracting(CompetencyLeftover::value).contains(shared + " " + b.slug());
    }

    @Test
    void theReportAndTheMappingOverRest() throws Exception {
        Company c = tenants.create("crefh");
        CompetencyTestData.Seeded seeds = data.framework(c);
        give(c, "Ownership");
        var hr = TestTenants.as(c, c.hrAdmin());
        String report = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/competencies/migration-leftovers")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(hr)))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("\"value\":\"Ownership\"", "\"count\":1", "\"FEEDBACK\":1");
        int refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/competencies/migration-leftovers")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(TestTenants.as(c, c.employee()))))
                .andReturn().getResponse().getStatus();
        assertThat(refused).isEqualTo(403);
        var mapped = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/competencies/migration-leftovers/map")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(hr))
                        .contentType("application/json")
                        .content("{\"value\":\"ownership\",\"competencyId\":\"" + seeds.coreCompetency() + "\"}"))
                .andReturn().getResponse();
        assertThat(mapped.getStatus()).isEqualTo(200);
        assertThat(mapped.getContentAsString()).contains("\"count\":1");
        var gone = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/competencies/migration-leftovers/map")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(hr))
                        .header("Accept-Language", "sv")
                        .contentType("application/json")
                        .content("{\"value\":\"ownership\",\"competencyId\":\"" + seeds.coreCompetency() + "\"}"))
                .andReturn().getResponse();
        assertThat(gone.getStatus()).isEqualTo(400);
        assertThat(gone.getContentType()).startsWith("application/problem+json");
        assertThat(gone.getContentAsString()).contains("Inget använder det här värdet längre");
    }
}
