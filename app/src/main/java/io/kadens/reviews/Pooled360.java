package io.kadens.reviews;

import java.util.List;
import java.util.UUID;

/**
 * Peer and upward answers about one participant, pooled per question and per source. A question (or criterion) with
 * fewer submitted answers than the tenant's anonymity threshold is withheld: no count, no rating, no text. No author
 * is named and no answer carries a time; comments are in an order fixed by a hash, not by when they were written.
 *
 * @param threshold    the tenant's anonymity threshold the pooling used
 * @param ratingPoints the tenant's scale (ratings run 1..ratingPoints)
 */
public record Pooled360(UUID cycleId, UUID subjectId, int threshold, int ratingPoints, List<SourceResults> sources) {

    public Pooled360 {
        sources = List.copyOf(sources);
    }

    /** The answers of one source (PEER or UPWARD), question by question in template order. */
    public record SourceResults(ReviewForm source, List<QuestionResult> questions) {
        public SourceResults {
            questions = List.copyOf(questions);
        }
    }

    /**
     * @param answers      how many submitted answers the question has; null when withheld
     * @param ratingCounts how many answers gave each rating (index 0 is rating 1); empty when withheld or not rated
     * @param average      the mean rating, one decimal; null when withheld or not rated
     */
    public record QuestionResult(UUID questionId, QuestionKind kind, String text, boolean withheld, Integer answers,
                                 List<Integer> ratingCounts, Double average, List<CriterionResult> criteria,
                                 List<String> comments) {
        public QuestionResult {
            ratingCounts = List.copyOf(ratingCounts);
            criteria = List.copyOf(criteria);
            comments = List.copyOf(comments);
        }
    }

    /** The pooled ratings of one competency or leadership criterion; withheld on its own below the threshold. */
    public record CriterionResult(String key, String name, boolean withheld, Integer answers, List<Integer> ratingCounts,
                                  Double average) {
        public CriterionResult {
            ratingCounts = List.copyOf(ratingCounts);
        }
    }
}
