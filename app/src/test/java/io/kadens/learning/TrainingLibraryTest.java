package io.kadens.learning;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SourceRef;
import io.kadens.learning.ImportReport.Problem;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The catalogue: CSV import all or nothing, hybrid search in Swedish, optimistic locking, isolation. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingLibraryTest {

    @Autowired
    TrainingLibrary library;
    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;

    Company a;
    Company b;

    @BeforeAll
    void companies() {
        a = tenants.create("traina");
        b = tenants.create("trainb");
        ImportReport report = asAdmin(a, () -> library.importCatalogue(LearningFixtures.csv(LearningFixtures.SWEDISH_CATALOGUE)));
        assertThat(report.problems()).isEmpty();
    }

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    private <T> T asEmployee(Company company, Supplier<T> work) {
        return signedIn(as(company, company.employee()), work);
    }

    private int trainingChunks(Company company) {
        return asEmployee(company, () -> library.search(LibraryQuery.all())).stream()
                .mapToInt(item -> asEmployee(company, () -> index.chunkCount(SourceRef.of(TrainingLibrary.SOURCE_TYPE, item.id()))))
                .sum();
    }

    @Test
    void anImportedCatalogueIsStoredAndEveryItemIndexed() {
        List<TrainingItem> items = asEmployee(a, () -> library.search(LibraryQuery.all()));
        assertThat(items).extracting(TrainingItem::title).contains("Coachande ledarskap", "Excel för ekonomer");
        TrainingItem coaching = items.stream().filter(i -> i.title().equals("Coachande ledarskap")).findFirst().orElseThrow();
        assertThat(coaching.data().competencies()).containsExactly("Ledarskap", "Coachning");
        assertThat(coaching.data().format()).isEqualTo(TrainingFormat.WORKSHOP);
        assertThat(coaching.data().durationMinutes()).isEqualTo(180);
        assertThat(trainingChunks(a)).isEqualTo(items.size());
        List<KnowledgeHit> hits = asEmployee(a, () -> index.search(new KnowledgeQuery("coachning", 5,
                Set.of(TrainingLibrary.SOURCE_TYPE), "coachning", null)));
        assertThat(hits).extracting(hit -> hit.source().id()).containsExactly(coaching.id().toString());
    }

    @Test
    void anEmployeeFindsACourseByAQuestionInSwedish() {
        List<TrainingItem> found = asEmployee(a, () -> library.search(
                LibraryQuery.text("Hur kan jag coacha mina medarbetare bättre?")));
        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().title()).isEqualTo("Coachande ledarskap");

        List<TrainingItem> feedback = asEmployee(a, () -> library.search(
                LibraryQuery.text("återkoppling till kollegor")));
        assertThat(feedback.getFirst().title()).isEqualTo("Ge och ta emot återkoppling");
    }

    @Test
    void filtersNarrowTheSearch() {
        assertThat(asEmployee(a, () -> library.search(new LibraryQuery(null, TrainingFormat.COURSE, null, null, null))))
                .extracting(TrainingItem::title)
                .containsExactlyInAnyOrder("Ge och ta emot återkoppling", "Excel för ekonomer", "Projektledning i praktiken");
        assertThat(asEmployee(a, () -> library.search(new LibraryQuery(null, null, TrainingLevel.BEGINNER, "sv", "planering"))))
                .extracting(TrainingItem::title).containsExactly("Projektledning i praktiken");
        assertThat(asEmployee(a, () -> library.search(new LibraryQuery("ledarskap", TrainingFormat.VIDEO, null, null, null))))
                .extracting(TrainingItem::data).allMatch(d -> d.format() == TrainingFormat.VIDEO);
        assertThat(asEmployee(a, () -> library.competencies())).contains("Coachning", "Analys");
    }

    @Test
    void aCatalogueWithOneBadRowImportsNothingAndSaysWhere() {
        Company c = tenants.create("trainbad");
        String csv = """
                title,description,provider,provider_name,url,format,duration_minutes,level,competencies,language,tags
                Good course,Fine,internal,,,course,60,beginner,Planning,en,
                Another good one,Fine,external,Vendor,https://example.com,video,20,advanced,Design,en,
                Broken,Bad format and language,internal,,,lecture,sixty,expert,,de,
                Good course,Duplicate title,internal,,,course,60,beginner,,en,
                """;
        ImportReport report = asAdmin(c, () -> library.importCatalogue(LearningFixtures.csv(csv)));
        assertThat(report.imported()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.problems()).extracting(Problem::line, Problem::column, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "format", "learning.import.bad-format"),
                org.assertj.core.groups.Tuple.tuple(4, "level", "learning.import.bad-level"),
                org.assertj.core.groups.Tuple.tuple(4, "language", "learning.import.bad-language"),
                org.assertj.core.groups.Tuple.tuple(4, "duration_minutes", "learning.import.bad-duration"),
                org.assertj.core.groups.Tuple.tuple(5, "title", "learning.import.duplicate-title"));
        assertThat(asEmployee(c, () -> library.search(LibraryQuery.all()))).isEmpty();
        assertThat(asEmployee(c, () -> library.search(LibraryQuery.text("good course planning")))).isEmpty();

        ImportReport missing = asAdmin(c, () -> library.importCatalogue(LearningFixtures.csv("title,format\nX,course\n")));
        assertThat(missing.problems()).extracting(Problem::messageKey).containsOnly("learning.import.missing-column");

        String fixed = csv.lines().filter(line -> !line.startsWith("Broken") && !line.contains("Duplicate"))
                .reduce("", (x, y) -> x + y + "\n");
        ImportReport ok = asAdmin(c, () -> library.importCatalogue(LearningFixtures.csv(fixed)));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.created()).isEqualTo(2);
        assertThat(trainingChunks(c)).isEqualTo(2);

        // Importing again updates by title instead of duplicating; semicolons work as well as commas.
        ImportReport again = asAdmin(c, () -> library.importCatalogue(LearningFixtures.csv(
                "title;format;level;language;competencies\ngood COURSE;course;advanced;en;Planning, Budgeting\n")));
        assertThat(again.problems()).isEmpty();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(asEmployee(c, () -> library.search(LibraryQuery.all()))).hasSize(2)
                .filteredOn(i -> i.title().equals("good COURSE")).singleElement()
                .satisfies(i -> assertThat(i.data().competencies()).containsExactly("Planning", "Budgeting"));
    }

    @Test
    void editsUseOptimisticLocking() {
        TrainingItemData data = new TrainingItemData("Locking course", "", ProviderKind.INTERNAL, null, null,
                TrainingFormat.ARTICLE, 15, TrainingLevel.BEGINNER, List.of("Writing"), "en", List.of());
        var id = asAdmin(a, () -> library.create(data));
        TrainingItem loaded = asAdmin(a, () -> library.item(id)).orElseThrow();
        asAdmin(a, () -> {
            library.update(id, loaded.version(), new TrainingItemData("Locking course v2", "", ProviderKind.INTERNAL,
                    null, null, TrainingFormat.ARTICLE, 20, TrainingLevel.BEGINNER, List.of("Writing"), "en", List.of()));
            return null;
        });
        assertThatThrownBy(() -> asAdmin(a, () -> {
            library.update(id, loaded.version(), data);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(asAdmin(a, () -> library.item(id))).get().extracting(TrainingItem::title).isEqualTo("Locking course v2");

        assertThatThrownBy(() -> asAdmin(a, () -> library.create(new TrainingItemData(" ", "", ProviderKind.INTERNAL,
                null, "ftp://x", null, -5, TrainingLevel.BEGINNER, List.of(), "de", List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("title", "url", "format", "duration", "language"));
        asAdmin(a, () -> {
            library.delete(id);
            return null;
        });
        assertThat(asEmployee(a, () -> index.chunkCount(SourceRef.of(TrainingLibrary.SOURCE_TYPE, id)))).isZero();
    }

    @Test
    void tenantsNeverSeeEachOthersCatalogue() {
        TrainingItem aItem = asEmployee(a, () -> library.search(LibraryQuery.all())).getFirst();
        assertThat(asEmployee(b, () -> library.search(LibraryQuery.all()))).isEmpty();
        assertThat(asEmployee(b, () -> library.search(LibraryQuery.text("Coachande ledarskap")))).isEmpty();
        assertThat(asEmployee(b, () -> library.item(aItem.id()))).isEmpty();
        assertThatThrownBy(() -> asAdmin(b, () -> {
            library.update(aItem.id(), aItem.version(), aItem.data());
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> library.importCatalogue(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
    }
}
