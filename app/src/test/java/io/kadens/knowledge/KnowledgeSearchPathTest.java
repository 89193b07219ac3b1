package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vector search path is chosen by the tenant's chunk count: exact for a small tenant (its own rows through
 * the btree, sorted by distance), HNSW with iterative scans for a large one. Both paths answer alike for the
 * same tenant. The embeddings are stored in half precision (V219): distances and the exact order agree with the
 * model's own 4-byte floats within float16's rounding.
 */
@KadensSpringTest
class KnowledgeSearchPathTest {

    @Autowired
    KnowledgeIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EmbeddingModel embeddings;
    @Autowired
    TestTenants tenants;

    private static boolean exactPath(Company c, TransactionTemplate read, JdbcKnowledgeIndex index) {
        Boolean exact = TenantScope.call(c.id(), () -> read.execute(status -> index.searchesExactly()));
        return Boolean.TRUE.equals(exact);
    }

    @Test
    void aSmallTenantIsSearchedExactlyALargeOneThroughHnswAndBothFindTheSameBest() {
        Company c = tenants.create("searchpath");
        List<ChunkDraft> drafts = new ArrayList<>();
        String[] topics = {"Give feedback early and often, with the situation, behaviour and impact.",
                "Salary bands are reviewed every April with each department head.",
                "Our travel policy: book trains for trips under five hours.",
                "One-on-ones are weekly, thirty minutes, and the agenda is shared.",
                "Security training is required every year for everyone with a laptop."};
        for (int i = 0; i < 25; i++) {
            drafts.add(new ChunkDraft(topics[i % topics.length] + " (section " + i + ")", "en"));
        }
        TenantScope.run(c.id(), () -> index.replaceSource("content", "policies", drafts, null));

        JdbcKnowledgeIndex exact = new JdbcKnowledgeIndex(jdbc, transactions, embeddings, 1_000);
        JdbcKnowledgeIndex hnsw = new JdbcKnowledgeIndex(jdbc, transactions, embeddings, 0);
        TransactionTemplate read = new TransactionTemplate(transactions);
        JdbcKnowledgeIndex byDefault = new JdbcKnowledgeIndex(jdbc, transactions, embeddings);
        boolean exactIsExact = exactPath(c, read, exact);
        boolean hnswIsExact = exactPath(c, read, hnsw);
        boolean defaultIsExact = exactPath(c, read, byDefault);
        assertThat(exactIsExact).as("25 chunks against a threshold of 1,000").isTrue();
        assertThat(hnswIsExact).as("25 chunks against a threshold of 0").isFalse();
        assertThat(defaultIsExact).as("25 chunks against the default threshold").isTrue();

        for (String question : List.of("how do I give feedback?", "when are salaries reviewed?",
                "can I fly to Gothenburg?", "how long is a one-on-one?")) {
            KnowledgeQuery query = KnowledgeQuery.of(question, 5);
            List<KnowledgeHit> byExact = TenantScope.call(c.id(), () -> exact.search(query));
            List<KnowledgeHit> byHnsw = TenantScope.call(c.id(), () -> hnsw.search(query));
            assertThat(byExact).as("exact hits for %s", question).isNotEmpty();
            assertThat(byHnsw.getFirst().text()).as("best hit for %s", question).isEqualTo(byExact.getFirst().text());
        }
    }

    /** How far a cosine similarity from half-precision vectors may be from the same one in 4-byte floats. */
    static final double HALF_PRECISION_TOLERANCE = 2e-3;

    @Test
    void halfPrecisionDistancesAndTheExactOrderAgreeWithTheModelsFloats() {
        Company c = tenants.create("halfvec");
        List<String> texts = List.of("Give feedback early and often, with the situation, behaviour and impact.",
                "Salary bands are reviewed every April with each department head.",
                "Our travel policy: book trains for trips under five hours.",
                "One-on-ones are weekly, thirty minutes, and the agenda is shared.",
                "Security training is required every year for everyone with a laptop.",
                "Feedback from peers is collected twice a year before the review.",
                "Managers hold a development talk with each person once a year.",
                "Hur ger jag återkoppling till en kollega utan att såra?",
                "Lönesamtalet hålls i april med närmaste chef.",
                "Expense reports are approved by the cost centre's owner within a week.");
        List<ChunkDraft> drafts = texts.stream().map(text -> new ChunkDraft(text, "en")).toList();
        TenantScope.run(c.id(), () -> index.replaceSource("content", "halfvec", drafts, null));
        List<float[]> stored = embeddings.embed(texts);
        JdbcKnowledgeIndex exact = new JdbcKnowledgeIndex(jdbc, transactions, embeddings, 1_000);
        TransactionTemplate read = new TransactionTemplate(transactions);
        Map<UUID, String> textOf = new HashMap<>();
        TenantScope.run(c.id(), () -> read.executeWithoutResult(status -> jdbc.query(
                "select id, text from knowledge_chunk", row -> {
                    textOf.put(row.getObject("id", UUID.class), row.getString("text"));
                })));
        assertThat(textOf).hasSize(texts.size());

        for (String question : List.of("how do I give feedback?", "when are salaries reviewed?", "can I fly?")) {
            float[] vector = embeddings.embed(question);
            List<UUID> order = TenantScope.call(c.id(), () -> exact.exactNearest(vector, texts.size()));
            Map<UUID, Double> similarity = TenantScope.call(c.id(), () -> exact.similarity(vector, textOf.keySet()));
            assertThat(order).as("every chunk for %s", question).hasSize(texts.size());
            double previous = Double.POSITIVE_INFINITY;
            for (UUID id : order) {
                double full = cosine(vector, stored.get(texts.indexOf(textOf.get(id))));
                assertThat(similarity.get(id)).as("similarity of %s to %s", textOf.get(id), question)
                        .isCloseTo(full, org.assertj.core.data.Offset.offset(HALF_PRECISION_TOLERANCE));
                // Nearest first in half precision: in full precision no later chunk is nearer than rounding allows.
                assertThat(full).as("order of %s for %s", textOf.get(id), question)
                        .isLessThanOrEqualTo(previous + 2 * HALF_PRECISION_TOLERANCE);
                previous = Math.min(previous, full);
            }
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
