package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SourceRef;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The knowledge index against real PostgreSQL with row-level security, connected as the application role. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeIndexTest {

    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;

    Company a;
    Company b;
    Company empty;

    static final String FEEDBACK = "Give feedback early and often: describe the situation, the behaviour and its impact.";
    static final String SALARY = "Salary bands are reviewed every April by HR together with each department head.";
    static final String COURAGE_SV = "Mod betyder att vi säger vad vi tycker även när det är obekvämt.";

    @BeforeAll
    void companies() {
        a = tenants.create("knowa");
        b = tenants.create("knowb");
        empty = tenants.create("knowe");
        TenantScope.run(a.id(), () -> {
            index.replaceSource("content", "handbook", List.of(
                    new ChunkDraft(FEEDBACK, "en", List.of("communication"), Map.of(ChunkDraft.TITLE, "Handbook")),
                    new ChunkDraft(SALARY, "en"),
                    new ChunkDraft(COURAGE_SV, "sv", List.of("courage"), Map.of())), null);
            index.replaceSource("training", "course-1", List.of(new ChunkDraft(
                    "Course: Running effective one-to-one meetings with your team", "en", List.of("leadership"),
                    Map.of(ChunkDraft.LINK, "training/course-1"))), null);
        });
        // B holds the very same text: identical embeddings and words must still not cross over.
        TenantScope.run(b.id(), () -> index.replaceSource("content", "handbook", List.of(
                new ChunkDraft(FEEDBACK, "en"), new ChunkDraft("B's secret merger plan with Initech", "en")), null));
    }

    private List<KnowledgeHit> search(Company company, KnowledgeQuery query) {
        return TenantScope.call(company.id(), () -> index.search(query));
    }

    @Test
    void aSearchFindsTheTenantsOwnChunkByMeaningAndByWords() {
        List<KnowledgeHit> hits = search(a, KnowledgeQuery.of("how should I give feedback to a colleague?", 3));
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().text()).isEqualTo(FEEDBACK);
        assertThat(hits.getFirst().source()).isEqualTo(new SourceRef("content", "handbook"));
        assertThat(hits.getFirst().title()).isEqualTo("Handbook");
        assertThat(hits.getFirst().competencies()).containsExactly("communication");
        assertThat(hits).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
    }

    @Test
    void aSwedishQueryFindsTheSwedishChunkThroughTheSwedishConfiguration() {
        List<KnowledgeHit> hits = search(a, KnowledgeQuery.of("tycka", 5).withLanguage("sv"));
        assertThat(hits).extracting(KnowledgeHit::text).containsExactly(COURAGE_SV);
        // "tycka" matches "tycker" only through Swedish stemming (English leaves both words as they are).
        assertThat(hits.getFirst().textRank()).isEqualTo(1);
    }

    @Test
    void tenantASearchNeverReturnsBsChunksEvenForIdenticalText() {
        List<KnowledgeHit> hits = search(a, KnowledgeQuery.of(FEEDBACK, 50));
        List<UUID> bChunks = TenantScope.call(b.id(), () -> index.search(KnowledgeQuery.of(FEEDBACK, 50)))
                .stream().map(KnowledgeHit::chunkId).toList();
        assertThat(bChunks).hasSize(2);
        assertThat(hits).extracting(KnowledgeHit::chunkId).doesNotContainAnyElementsOf(bChunks);
        assertThat(hits).extracting(KnowledgeHit::text).doesNotContain("B's secret merger plan with Initech");
    }

    @Test
    void aTenantWithNoChunksFindsNothingAtAll() {
        assertThat(search(empty, KnowledgeQuery.of(FEEDBACK, 50))).isEmpty();
        assertThat(search(empty, KnowledgeQuery.of("secret merger plan Initech", 50))).isEmpty();
    }

    @Test
    void withNoTenantBoundASearchFindsNothingAndAWriteIsRefused() {
        assertThat(index.search(KnowledgeQuery.of(FEEDBACK, 10))).isEmpty();
        assertThatThrownBy(() -> index.replaceSource("content", "x", List.of(new ChunkDraft("text", "en")), null))
                .hasMessageContaining("no tenant bound");
    }

    @Test
    void filtersNarrowBySourceTypeCompetencyAndLanguage() {
        assertThat(search(a, KnowledgeQuery.of("meetings feedback salary", 10).withSourceTypes(Set.of("training"))))
                .extracting(h -> h.source().type()).containsOnly("training").isNotEmpty();
        assertThat(search(a, KnowledgeQuery.of("feedback", 10).withCompetency("communication")))
                .extracting(KnowledgeHit::text).containsExactly(FEEDBACK);
        assertThat(search(a, KnowledgeQuery.of("feedback", 10).withLanguage("en")))
                .extracting(KnowledgeHit::language).containsOnly("en");
        assertThat(search(a, KnowledgeQuery.of("one-to-one meetings", 1)).getFirst().link())
                .isEqualTo("training/course-1");
    }

    @Test
    void replacingASourceSwapsAllItsChunksAndDeletingRemovesThem() {
        SourceRef source = new SourceRef("content", "policy-" + UUID.randomUUID());
        List<int[]> progress = new ArrayList<>();
        TenantScope.run(a.id(), () -> {
            index.replaceSource(source, List.of(new ChunkDraft("Old travel policy: economy class only.", "en"),
                    new ChunkDraft("Old expense rule.", "en")), (done, total) -> progress.add(new int[] {done, total}));
            assertThat(index.chunkCount(source)).isEqualTo(2);
            index.replaceSource(source, List.of(new ChunkDraft("New travel policy: rail before air.", "en")), null);
            assertThat(index.chunkCount(source)).isEqualTo(1);
        });
        assertThat(progress.getLast()).containsExactly(2, 2);
        assertThat(search(a, KnowledgeQuery.of("travel policy", 10))).extracting(KnowledgeHit::text)
                .contains("New travel policy: rail before air.").doesNotContain("Old travel policy: economy class only.");
        assertThat(TenantScope.call(a.id(), () -> index.deleteSource(source))).isEqualTo(1);
        assertThat(search(a, KnowledgeQuery.of("travel policy", 10))).extracting(KnowledgeHit::source)
                .doesNotContain(source);
    }

    @Test
    void aFailedReplacementLeavesTheOldChunksInPlace() {
        SourceRef source = new SourceRef("content", "atomic-" + UUID.randomUUID());
        TenantScope.run(a.id(), () -> index.replaceSource(source, List.of(new ChunkDraft("Version one.", "en")), null));
        // The second row is refused by the database (jsonb holds no NUL character) after the old rows
        // were deleted and the first new one inserted: the transaction must undo all of it.
        assertThatThrownBy(() -> TenantScope.run(a.id(), () -> index.replaceSource(source,
                List.of(new ChunkDraft("Version two.", "en"),
                        new ChunkDraft("Version two, part two.", "en", List.of(), Map.of("title", "bad\u0000title"))),
                null))).isNotNull();
        assertThat(TenantScope.call(a.id(), () -> index.chunkCount(source))).isEqualTo(1);
    }

    @Test
    void anotherTenantCannotDeleteOrCountTheSource() {
        SourceRef handbook = new SourceRef("content", "handbook");
        assertThat(TenantScope.call(empty.id(), () -> index.deleteSource(handbook))).isZero();
        assertThat(TenantScope.call(a.id(), () -> index.chunkCount(handbook))).isEqualTo(3);
    }
}
