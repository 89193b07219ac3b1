package io.kadens.knowledge;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.KnowledgeHit;
import io.kadens.competencies.CompetencyData;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyGroup;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The knowledge search expands a question that names a competency of the tenant's framework with the words of the
 * competency's behavioural indicators, so that content written with those words is found although it never uses
 * the competency's name. Through the application's own search ({@link KnowledgeSearch}) over uploaded documents:
 * the framework is the tenant's, a change counts from the next search, and nothing crosses tenants.
 */
@KadensSpringTest
class CompetencyQueryExpansionTest {

    static final String COMPETENCY = "Stakeholder stewardship";
    /** A word only the competency's indicator and one chunk use; the chunk is about something else entirely. */
    static final String WORD = "heliograph";
    static final String TARGET = "The " + WORD + " archive lists the lighthouse keepers of the northern coast since 1890.";
    /** Near the competency's meaning, but without both of its name's words and without any indicator word. */
    static final List<String> NEAR = List.of(
            "Keep the people who fund and depend on a project informed and involved in its decisions.",
            "Good relationships with partners and clients rest on trust, listening and honest updates.",
            "Balancing the interests of customers, investors and employees is a core leadership duty.");

    @Autowired
    TestTenants tenants;
    @Autowired
    KnowledgeFixtures fixtures;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    CompetencyFrameworks frameworks;

    record Documents(UUID target, List<String> all) {
    }

    private Documents upload(Company company) {
        List<String> ids = new ArrayList<>();
        UUID target = fixtures.upload(company, "archive.md", TARGET);
        ids.add(target.toString());
        for (int i = 0; i < NEAR.size(); i++) {
            ids.add(fixtures.upload(company, "note-" + i + ".md", NEAR.get(i)).toString());
        }
        return new Documents(target, List.copyOf(ids));
    }

    private List<KnowledgeHit> searchAs(Company company, String question, int k) {
        return signedIn(as(company, company.hrAdmin()), () -> search.search(question, k, List.of(io.kadens.content.ContentLibrary.SOURCE_TYPE)));
    }

    @Test
    void aQuestionNamingACompetencyFindsContentWithTheCompetencysIndicatorWordsInThatTenantOnly() {
        Company withFramework = tenants.create("termsa");
        Company without = tenants.create("termsb");
        Documents a = upload(withFramework);
        Documents b = upload(without);

        // Before the competency exists, the best hit for its name is one of the notes near its meaning.
        assertThat(searchAs(withFramework, COMPETENCY, 1)).singleElement()
                .satisfies(hit -> assertThat(hit.text()).doesNotContain(WORD));

        signedIn(as(withFramework, withFramework.hrAdmin()), () -> frameworks.create(new CompetencyData(COMPETENCY,
                "Keeps the people a piece of work matters to informed.", CompetencyGroup.CORE, null,
                List.of("Knows who the sponsors are", "Sends a " + WORD + " digest to the sponsors"))));

        List<KnowledgeHit> expanded = searchAs(withFramework, COMPETENCY, 1);
        assertThat(expanded).as("the framework's words find the chunk from the next search on").singleElement()
                .satisfies(hit -> {
                    assertThat(hit.text()).contains(WORD);
                    assertThat(hit.source().id()).isEqualTo(a.target().toString());
                });
        assertThat(searchAs(withFramework, COMPETENCY.toLowerCase(), 10)).as("never another tenant's chunks")
                .isNotEmpty().allMatch(hit -> a.all().contains(hit.source().id()));

        List<KnowledgeHit> plain = searchAs(without, COMPETENCY, 1);
        assertThat(plain).as("the other tenant has no such competency, so no expansion").singleElement()
                .satisfies(hit -> {
                    assertThat(hit.text()).doesNotContain(WORD);
                    assertThat(b.all()).contains(hit.source().id());
                });
        assertThat(searchAs(without, WORD, 1)).as("the chunk is searchable there by its own word").singleElement()
                .satisfies(hit -> assertThat(hit.source().id()).isEqualTo(b.target().toString()));
    }

    @Test
    void termsAreTheNameAndTheIndicatorsContentWords() {
        var terms = io.kadens.competencies.CompetencySearchTerms.termsOf(new io.kadens.competencies.Competency(
                UUID.randomUUID(), 0, new CompetencyData("Kommunikation", "", CompetencyGroup.CORE, null,
                List.of("Lyssnar aktivt och ställer frågor", "Leder svåra samtal genom tydlig återkoppling",
                        "Lyssnar alltid på andra")), false));
        assertThat(terms.name()).isEqualTo("Kommunikation");
        assertThat(terms.terms()).containsExactly("lyssnar", "aktivt", "ställer", "frågor", "leder", "svåra",
                "samtal", "tydlig", "återkoppling");
    }
}
