package io.kadens.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The registry's contract, without a database: rules per type, batches, over-fetching, refusal of missing rules. */
class SearchAccessRulesTest {

    /** A raw index of 100 hits, every fourth one a visible "doc", the rest hidden "secret"s; counts its searches. */
    static final class FakeIndex implements KnowledgeIndex {
        final List<KnowledgeHit> all = IntStream.range(0, 100).mapToObj(i -> new KnowledgeHit(UUID.randomUUID(),
                new SourceRef(i % 4 == 0 ? "doc" : "secret", "s" + i), "text " + i, "en", List.of(), Map.of(),
                1.0 / (i + 1), 0.5, i + 1, null)).toList();
        final List<Integer> limits = new ArrayList<>();

        @Override
        public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit,
                                         List<CompetencyTerms> framework) {
            return search(query, queryVector, limit);
        }

        @Override
        public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector, int limit) {
            limits.add(limit);
            return all.stream().filter(hit -> query.sourceTypes().isEmpty()
                    || query.sourceTypes().contains(hit.source().type())).limit(limit).toList();
        }

        @Override
        public List<KnowledgeHit> search(KnowledgeQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int replaceSource(SourceRef source, List<ChunkDraft> chunks, IndexProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteSource(SourceRef source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> competencies() {
            return List.of();
        }

        @Override
        public int chunkCount(SourceRef source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<UUID, Double> similarity(float[] vector, Collection<UUID> chunkIds) {
            return Map.of();
        }

        @Override
        public Map<SourceRef, Double> sourceSimilarity(float[] vector, Collection<SourceRef> sources) {
            return Map.of();
        }
    }

    /** Shows "doc" sources, and would show more than it is asked about if the registry let it. */
    static final class DocRule implements SearchAccessRule {
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public Set<String> sourceTypes() {
            return Set.of("doc");
        }

        @Override
        public Set<SourceRef> visibleToRequester(Collection<SourceRef> sources) {
            batchSizes.add(sources.size());
            Set<SourceRef> visible = sources.stream().collect(Collectors.toSet());
            visible.add(new SourceRef("secret", "s1"));
            return visible;
        }
    }

    final FakeIndex index = new FakeIndex();
    final DocRule docs = new DocRule();
    final SearchAccessRules rules = new SearchAccessRules(index, null, List.of(docs));
    final float[] vector = new float[384];

    @Test
    void aPageOfHitsIsCheckedInOneBatchAndTypesWithoutARuleAreShownToNobody() {
        List<KnowledgeHit> hits = rules.search(KnowledgeQuery.of("anything", 3), vector);

        assertThat(hits).extracting(hit -> hit.source().id()).containsExactly("s0", "s4", "s8");
        assertThat(index.limits).as("three times the page").containsExactly(9);
        assertThat(docs.batchSizes).as("one call for the page's 3 docs").containsExactly(3);
    }

    @Test
    void whenFilteringLeavesThePageShortTheSearchAsksForMore() {
        List<KnowledgeHit> hits = rules.search(KnowledgeQuery.of("anything", 20), vector);

        assertThat(hits).hasSize(20).allSatisfy(hit -> assertThat(hit.source().type()).isEqualTo("doc"));
        assertThat(index.limits).containsExactly(60, 180);
        assertThat(docs.batchSizes).hasSize(2);
    }

    @Test
    void theSearchStopsWhenTheIndexHasNoMore() {
        List<KnowledgeHit> hits = rules.search(KnowledgeQuery.of("anything", 50), vector);

        assertThat(hits).hasSize(25); // every fourth of 100
        assertThat(index.limits).containsExactly(150);
    }

    @Test
    void aRuleAnswersOnlyForWhatItWasAskedAbout() {
        assertThat(rules.visible(List.of(new SourceRef("doc", "a"), new SourceRef("secret", "s1"),
                new SourceRef("unknown", "x")))).containsExactly(new SourceRef("doc", "a"));
    }

    @Test
    void anIndexedSourceTypeWithoutARuleIsRefused() {
        assertThatThrownBy(() -> rules.requireRulesFor(Set.of("doc", "goal", "company_content")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[company_content, goal]");
        rules.requireRulesFor(Set.of("doc"));
    }

    @Test
    void twoRulesForOneTypeAreRefused() {
        assertThatThrownBy(() -> new SearchAccessRules(index, null, List.of(docs, new DocRule())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("doc");
    }

    @Test
    void anApplicationWhoseIndexedTypesLackARuleDoesNotStart() {
        try (var context = new org.springframework.context.support.GenericApplicationContext()) {
            context.registerBean(SearchAccessRules.class, () -> new SearchAccessRules(index, null,
                    () -> context.getBeanProvider(SearchAccessRule.class).orderedStream().toList()));
            context.registerBean(DocRule.class, DocRule::new);
            context.registerBean(IndexedSourceTypesCheck.class, () -> new IndexedSourceTypesCheck(
                    context.getBean(SearchAccessRules.class), Set.of("doc", SourceTypes.GOAL)));
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(context::refresh);
            assertThat(failure).isNotNull();
            while (failure.getCause() != null) {
                failure = failure.getCause();
            }
            assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("[goal]");
        }
        try (var context = new org.springframework.context.support.GenericApplicationContext()) {
            context.registerBean(SearchAccessRules.class, () -> new SearchAccessRules(index, null,
                    () -> context.getBeanProvider(SearchAccessRule.class).orderedStream().toList()));
            context.registerBean(DocRule.class, DocRule::new);
            context.registerBean(IndexedSourceTypesCheck.class, () -> new IndexedSourceTypesCheck(
                    context.getBean(SearchAccessRules.class), Set.of("doc")));
            context.refresh();
            assertThat(context.getBean(SearchAccessRules.class).sourceTypes()).containsExactly("doc");
        }
    }
}
