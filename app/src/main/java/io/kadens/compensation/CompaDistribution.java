package io.kadens.compensation;

import java.math.BigDecimal;
import java.util.List;

/**
 * How many salaries fall into each compa-ratio bucket, for HR's chart.
 *
 * @param buckets      in ascending order; the first is open below, the last open above
 * @param withoutRatio salaries with no compa-ratio (no level, no range, or another currency)
 */
public record CompaDistribution(List<Bucket> buckets, int withoutRatio) {

    /** @param from inclusive, null for "below {@code to}"; @param to exclusive, null for "{@code from} and above" */
    public record Bucket(BigDecimal from, BigDecimal to, int people) {
    }

    public int withRatio() {
        return buckets.stream().mapToInt(Bucket::people).sum();
    }
}
