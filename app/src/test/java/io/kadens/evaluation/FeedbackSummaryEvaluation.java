package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.summary.FeedbackSummarizer;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Theme recovery of the offline feedback summary on the threads of
 * src/test/resources/eval/feedback-summary.json (six people, English and Swedish): precision and
 * recall of the expected themes, polarity accuracy, and how often the name alone is right, for the
 * default merge threshold and a sweep around it. Run with {@code -Peval}; not part of the test suite.
 */
@KadensSpringTest
class FeedbackSummaryEvaluation {

    @Autowired
    KnowledgeIndex index;
    @Autowired
    EmbeddingModel embeddings;
    @Autowired
    TestTenants tenants;

    @Test
    void themeRecovery() {
        FeedbackSummaryScoring.Fixture fixture = FeedbackSummaryScoring.fixture();
        TenantId tenant = tenants.create("evalsum").id();
        FeedbackSummaryScoring.indexCompetencies(index, tenant, fixture);
        FeedbackSummarizer.Options defaults = FeedbackSummarizer.Options.defaults();
        FeedbackSummaryScoring.Score score = FeedbackSummaryScoring.score(embeddings, index, tenant, fixture, defaults);
        System.out.printf("%n=== Evaluation: feedback summary theme recovery (%d people en+sv, %d expected themes) ===%n",
                fixture.people().size(), score.expected());
        System.out.printf("merge threshold %.2f: precision %.3f (by name alone %.3f), recall %.3f, polarity accuracy %.3f,"
                        + " %d themes predicted%n", defaults.mergeThreshold(), score.precision(), score.precisionByName(),
                score.recall(), score.polarityAccuracy(), score.predicted());
        score.notes().forEach(System.out::println);
        System.out.println("sweep of the merge threshold:");
        for (double threshold : new double[] {0.20, 0.25, 0.30, 0.35, 0.40, 0.45}) {
            FeedbackSummaryScoring.Score swept = FeedbackSummaryScoring.score(embeddings, index, tenant, fixture,
                    defaults.withMergeThreshold(threshold));
            System.out.printf("  %.2f: precision %.3f, recall %.3f, polarity %.3f, themes %d%n", threshold,
                    swept.precision(), swept.recall(), swept.polarityAccuracy(), swept.predicted());
        }
        assertThat(score.expected()).isPositive();
    }
}
