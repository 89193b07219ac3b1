package io.kadens.ai.plans;

import io.kadens.ai.SourceRef;
import java.util.List;

/**
 * A competency the person is to grow in, ranked by {@link #score()} (higher first).
 *
 * @param expected   the level expected; null for a gap from feedback alone on a competency without one
 * @param current    the latest assessed level (manager's when there is one); null when not assessed
 * @param ratedBy    whose rating {@code current} is; null when not assessed
 * @param themeNames the feedback growth themes that point at it
 * @param citations  the assessment, the competency (framework), the feedback items: all from the request
 */
public record RankedGap(int rank, String competencyId, String competencyName, Integer expected, Integer current,
                        PlanDraftRequest.RatedBy ratedBy, GapOrigin origin, double score, List<String> themeNames,
                        List<SourceRef> citations) {

    public RankedGap {
        themeNames = List.copyOf(themeNames);
        citations = List.copyOf(citations);
    }

    /** Expected minus current; 0 when either is unknown. */
    public int levels() {
        return expected == null || current == null ? 0 : Math.max(0, expected - current);
    }
}
