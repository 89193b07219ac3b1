package io.kadens.ai.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomerative clustering of unit-length sentence embeddings by cosine similarity.
 * Merging stops when the two closest clusters are on average less similar than the threshold. The
 * number of themes is therefore not fixed in advance, one theme is a valid answer, and unrelated
 * sentences are never forced together. (A best-silhouette cut was tried and rejected: it can never
 * choose a single cluster and splits small groups. See
 * docs/decisions/2026-11-27-feedback-summary.md.)
 */
final class Clustering {

    private Clustering() {
    }

    /**
     * @param vectors        unit-length embeddings
     * @param mergeThreshold least average similarity two clusters need to be merged
     * @return clusters as lists of indexes into {@code vectors}
     */
    static List<List<Integer>> cluster(List<float[]> vectors, double mergeThreshold) {
        int n = vectors.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = dot(vectors.get(i), vectors.get(j));
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
        }
        return cluster(similarity, mergeThreshold);
    }

    /**
     * @param similarity     pairwise similarity, symmetric
     * @param mergeThreshold least average similarity two clusters need to be merged
     * @return clusters as lists of indexes into {@code similarity}
     */
    static List<List<Integer>> cluster(double[][] similarity, double mergeThreshold) {
        int n = similarity.length;
        if (n == 0) {
            return List.of();
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        double[][] linkage = new double[n][n];
        for (int i = 0; i < n; i++) {
            linkage[i] = similarity[i].clone();
        }
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        int remaining = n;
        while (remaining > 1) {
            int a = -1;
            int b = -1;
            double closest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && linkage[i][j] > closest) {
                        closest = linkage[i][j];
                        a = i;
                        b = j;
                    }
                }
            }
            if (closest < mergeThreshold) {
                break;
            }
            int sizeA = clusters.get(a).size();
            int sizeB = clusters.get(b).size();
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != a && k != b) {
                    double merged = (sizeA * linkage[a][k] + sizeB * linkage[b][k]) / (sizeA + sizeB);
                    linkage[a][k] = merged;
                    linkage[k][a] = merged;
                }
            }
            clusters.get(a).addAll(clusters.get(b));
            alive[b] = false;
            remaining--;
        }
        return snapshot(clusters, alive);
    }

    private static List<List<Integer>> snapshot(List<List<Integer>> clusters, boolean[] alive) {
        List<List<Integer>> copy = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (alive[i]) {
                copy.add(List.copyOf(clusters.get(i)));
            }
        }
        return copy;
    }

    /** Mean silhouette with distance 1 - cosine; singletons count 0, as usual. */
    static double silhouette(List<List<Integer>> clusters, double[][] similarity) {
        if (clusters.size() < 2) {
            return -1;
        }
        int n = similarity.length;
        int[] label = new int[n];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                label[i] = c;
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> own = clusters.get(label[i]);
            if (own.size() < 2) {
                continue;
            }
            double a = 0;
            for (int j : own) {
                if (j != i) {
                    a += 1 - similarity[i][j];
                }
            }
            a /= own.size() - 1;
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < clusters.size(); c++) {
                if (c == label[i]) {
                    continue;
                }
                double d = 0;
                for (int j : clusters.get(c)) {
                    d += 1 - similarity[i][j];
                }
                b = Math.min(b, d / clusters.get(c).size());
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static float[] centroid(List<float[]> vectors) {
        float[] mean = new float[vectors.getFirst().length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = 0;
        for (float v : mean) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] /= (float) norm;
            }
        }
        return mean;
    }
}
