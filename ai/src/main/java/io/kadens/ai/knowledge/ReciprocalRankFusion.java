package io.kadens.ai.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: each ranking contributes {@code 1 / (c + rank)} for every item it holds,
 * and items are ordered by the sum. Ranks alone count, never the rankers' raw scores, so cosine
 * distances and full-text ranks need no common scale. Ties keep the order of first appearance
 * (the first ranking's order first), which makes the result deterministic.
 */
public final class ReciprocalRankFusion {

    /** The usual constant: damps the advantage of the very top ranks. */
    public static final int DEFAULT_C = 60;

    private ReciprocalRankFusion() {
    }

    /** One fused item with its rank (1-based) in each input ranking, null where it is absent. */
    public record Fused<T>(T item, double score, List<Integer> ranks) {
    }

    public static <T> List<Fused<T>> fuse(List<List<T>> rankings, int c) {
        double[] equal = new double[rankings.size()];
        java.util.Arrays.fill(equal, 1.0);
        return fuse(rankings, equal, c);
    }

    /** Weighted: ranking r contributes {@code weights[r] / (c + rank)}; weights of 1 give plain fusion. */
    public static <T> List<Fused<T>> fuse(List<List<T>> rankings, double[] weights, int c) {
        if (weights.length != rankings.size()) {
            throw new IllegalArgumentException("one weight per ranking");
        }
        Map<T, double[]> scores = new LinkedHashMap<>();
        Map<T, Integer[]> ranks = new LinkedHashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<T> ranking = rankings.get(r);
            for (int position = 0; position < ranking.size(); position++) {
                T item = ranking.get(position);
                Integer[] itemRanks = ranks.computeIfAbsent(item, any -> new Integer[rankings.size()]);
                if (itemRanks[r] != null) {
                    continue; // an item listed twice in one ranking counts at its best rank only
                }
                itemRanks[r] = position + 1;
                scores.computeIfAbsent(item, any -> new double[1])[0] += weights[r] / (c + position + 1);
            }
        }
        List<Fused<T>> fused = new ArrayList<>(scores.size());
        scores.forEach((item, score) -> fused.add(new Fused<>(item, score[0], java.util.Arrays.asList(ranks.get(item)))));
        fused.sort(Comparator.comparingDouble((Fused<T> f) -> f.score()).reversed()); // stable: ties keep first appearance
        return fused;
    }
}
