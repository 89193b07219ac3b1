package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retrieval fixture set (src/test/resources/eval/retrieval.json): one tenant's content and
 * training, questions in English and Swedish, and the chunks that answer them. Prints recall@k and
 * mean reciprocal rank of the hybrid search. Run with {@code -Peval}; not part of the test suite.
 */
@KadensSpringTest
class RetrievalEvaluation {

    record Document(String key, String sourceType, String language, String text) {
    }

    record Query(String query, List<String> expected) {
    }

    record Fixture(String description, int k, List<Document> documents, List<Query> queries) {
    }

    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;

    @Test
    void retrieval() throws Exception {
        Fixture fixture;
        try (InputStream in = getClass().getResourceAsStream("/eval/retrieval.json")) {
            fixture = JsonMapper.builder().build().readValue(in, Fixture.class);
        }
        TenantId tenant = tenants.create("eval").id();
        TenantScope.run(tenant, () -> fixture.documents().forEach(document -> index.replaceSource(
                document.sourceType(), document.key(), List.of(new ChunkDraft(document.text(), document.language(),
                        List.of(), Map.of())), null)));

        double recallSum = 0;
        double reciprocalRankSum = 0;
        StringBuilder misses = new StringBuilder();
        for (Query query : fixture.queries()) {
            List<String> found = TenantScope.call(tenant, () -> index.search(KnowledgeQuery.of(query.query(), fixture.k())))
                    .stream().map(KnowledgeHit::source).map(s -> s.id()).toList();
            long hit = query.expected().stream().filter(found::contains).count();
            recallSum += (double) hit / query.expected().size();
            int firstRelevant = -1;
            for (int i = 0; i < found.size() && firstRelevant < 0; i++) {
                if (query.expected().contains(found.get(i))) {
                    firstRelevant = i + 1;
                }
            }
            reciprocalRankSum += firstRelevant > 0 ? 1.0 / firstRelevant : 0;
            if (firstRelevant != 1) {
                misses.append(String.format("  %-55s expected %s, got %s%n", query.query(), query.expected(),
                        found.subList(0, Math.min(3, found.size()))));
            }
        }
        int n = fixture.queries().size();
        System.out.printf("%n=== Evaluation: retrieval (hybrid search, %d chunks, %d queries en+sv) ===%n",
                fixture.documents().size(), n);
        System.out.printf("recall@%d = %.3f%nMRR       = %.3f%n", fixture.k(), recallSum / n, reciprocalRankSum / n);
        System.out.print(misses.isEmpty() ? "every query's best hit was relevant\n"
                : "queries whose best hit was not relevant:\n" + misses);
        assertThat(n).isPositive();
    }
}
