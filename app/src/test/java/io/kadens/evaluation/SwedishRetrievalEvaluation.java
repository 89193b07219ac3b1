package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.CompetencyTerms;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.knowledge.FusionWeights;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swedish retrieval (issue 14): one tenant's Swedish and English content (eval/retrieval-sv-documents.json), the
 * competency framework's words for query expansion (eval/retrieval-sv-framework.json), development questions
 * (eval/retrieval-sv-dev.json) and held-out Swedish questions (eval/retrieval-sv-heldout-2.json, committed before any
 * change it reports on; the first set, eval/retrieval-sv-heldout.json, is printed as seen). Prints the development grid the fusion weights were chosen from, then recall@5 on the held-out
 * questions with the production settings ({@link FusionWeights#TUNED}), next to plain fusion without expansion.
 * Run with {@code -Peval}; not part of the test suite. Target on the held-out questions: recall@5 >= 0.85.
 */
@KadensSpringTest
class SwedishRetrievalEvaluation {

    record Document(String key, String sourceType, String language, String text) {
    }

    record Documents(String description, int k, List<Document> documents) {
    }

    record Question(String query, String language, List<String> expected) {
    }

    record Questions(String description, List<Question> queries) {
    }

    record Framework(String description, List<CompetencyTerms> competencies) {
    }

    static final double[] GRID = {0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0};

    @Autowired
    KnowledgeIndex index;
    @Autowired
    EmbeddingModel embeddings;
    @Autowired
    TestTenants tenants;

    private static <T> T read(String resource, Class<T> type) throws Exception {
        try (InputStream in = SwedishRetrievalEvaluation.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, type);
        }
    }

    @Test
    void swedishRetrieval() throws Exception {
        Documents documents = read("/eval/retrieval-sv-documents.json", Documents.class);
        List<Question> dev = read("/eval/retrieval-sv-dev.json", Questions.class).queries();
        // The first held-out set is no longer blind (its misses were printed and discussed); it is reported as seen.
        List<Question> firstHeldOut = read("/eval/retrieval-sv-heldout.json", Questions.class).queries();
        List<Question> heldOut = read("/eval/retrieval-sv-heldout-2.json", Questions.class).queries();
        List<CompetencyTerms> framework = read("/eval/retrieval-sv-framework.json", Framework.class).competencies();
        JdbcKnowledgeIndex jdbcIndex = (JdbcKnowledgeIndex) index;
        TenantId tenant = tenants.create("sveval").id();
        TenantScope.run(tenant, () -> documents.documents().forEach(document -> index.replaceSource(
                document.sourceType(), document.key(), List.of(new ChunkDraft(document.text(), document.language(),
                        List.of(), Map.of())), null)));
        int k = documents.k();

        System.out.printf("%n=== Evaluation: Swedish retrieval (%d chunks sv+en, k = %d) ===%n",
                documents.documents().size(), k);
        System.out.println("development questions: recall@" + k + " by full-text weight (vector weight 1),"
                + " without | with competency expansion");
        List<Question> devSwedish = dev.stream().filter(q -> "sv".equals(q.language())).toList();
        List<Question> devEnglish = dev.stream().filter(q -> "en".equals(q.language())).toList();
        for (double weight : GRID) {
          for (boolean anyWord : new boolean[] {false, true}) {
            FusionWeights weights = new FusionWeights(weight, weight, anyWord, anyWord);
            System.out.printf("  text weight %.2f, %s words: sv (%d) %.3f | %.3f   en (%d) %.3f | %.3f%n", weight,
                    anyWord ? "any" : "all",
                    devSwedish.size(), recall(jdbcIndex, tenant, devSwedish, k, List.of(), weights),
                    recall(jdbcIndex, tenant, devSwedish, k, framework, weights), devEnglish.size(),
                    recall(jdbcIndex, tenant, devEnglish, k, List.of(), weights),
                    recall(jdbcIndex, tenant, devEnglish, k, framework, weights));
          }
        }
        System.out.printf("production settings (FusionWeights.TUNED): text weight English %.2f, Swedish %.2f;"
                + " any word: English %s, Swedish %s%n", FusionWeights.TUNED.englishText(),
                FusionWeights.TUNED.swedishText(), FusionWeights.TUNED.englishAnyWord(), FusionWeights.TUNED.swedishAnyWord());
        System.out.printf("development Swedish questions with production settings: recall@%d = %.3f%n", k,
                recall(jdbcIndex, tenant, devSwedish, k, framework, FusionWeights.TUNED));
        misses(jdbcIndex, tenant, devSwedish, k, framework, FusionWeights.TUNED);
        if (Boolean.getBoolean("eval.developmentOnly")) {
            // While tuning: the development figures alone, so the held-out questions stay unseen until the end.
            return;
        }
        System.out.printf("first held-out set, seen (%d): recall@%d = %.3f with production settings%n",
                firstHeldOut.size(), k, recall(jdbcIndex, tenant, firstHeldOut, k, framework, FusionWeights.TUNED));
        double plain = recall(jdbcIndex, tenant, heldOut, k, List.of(), FusionWeights.EQUAL);
        double vectorOnly = recall(jdbcIndex, tenant, heldOut, k, List.of(), new FusionWeights(0, 0));
        double tuned = recall(jdbcIndex, tenant, heldOut, k, framework, FusionWeights.TUNED);
        System.out.printf("HELD-OUT Swedish questions (%d): recall@%d = %.3f with production settings (target >= 0.85);"
                + " plain fusion without competency expansion (cross-language words still on) %.3f;"
                + " vector only %.3f%n", heldOut.size(), k, tuned, plain, vectorOnly);
        misses(jdbcIndex, tenant, heldOut, k, framework, FusionWeights.TUNED);
        assertThat(heldOut).isNotEmpty();
    }

    private static List<String> found(JdbcKnowledgeIndex index, EmbeddingModel embeddings, TenantId tenant,
                                      Question question, int k, List<CompetencyTerms> framework, FusionWeights weights) {
        float[] vector = embeddings.embed(question.query());
        return TenantScope.call(tenant, () -> index.search(KnowledgeQuery.of(question.query(), k), vector, k, framework,
                weights)).stream().map(KnowledgeHit::source).map(source -> source.id()).toList();
    }

    private double recall(JdbcKnowledgeIndex index, TenantId tenant, List<Question> questions, int k,
                          List<CompetencyTerms> framework, FusionWeights weights) {
        double sum = 0;
        for (Question question : questions) {
            List<String> found = found(index, embeddings, tenant, question, k, framework, weights);
            sum += question.expected().stream().filter(found::contains).count() / (double) question.expected().size();
        }
        return questions.isEmpty() ? 0 : sum / questions.size();
    }

    private void misses(JdbcKnowledgeIndex index, TenantId tenant, List<Question> questions, int k,
                        List<CompetencyTerms> framework, FusionWeights weights) {
        for (Question question : questions) {
            List<String> found = found(index, embeddings, tenant, question, k, framework, weights);
            if (!found.containsAll(question.expected())) {
                System.out.printf("  missed: %-50s expected %s, got %s%n", question.query(), question.expected(), found);
            }
        }
    }
}
