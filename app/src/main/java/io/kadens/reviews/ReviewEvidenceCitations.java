package io.kadens.reviews;

import io.kadens.ai.SearchAccessRule;
import io.kadens.ai.SourceRef;
import io.kadens.development.DevelopmentPlans;
import io.kadens.feedback.PraiseFeed;
import io.kadens.oneonones.CheckIns;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see the sources a review summary draft cites that no other feature's rule covers: praise (anyone of the
 * tenant, as on the feed), check-ins and development plans (those their features show them to). Nothing of these
 * types is written to the search index; the rule checks citations only.
 */
@Component
class ReviewEvidenceCitations implements SearchAccessRule {

    static final String PRAISE = "review_praise";
    static final String CHECK_IN = "review_checkin";
    static final String DEVELOPMENT_PLAN = "review_devplan";

    private final PraiseFeed praise;
    private final CheckIns checkIns;
    private final DevelopmentPlans plans;

    ReviewEvidenceCitations(PraiseFeed praise, CheckIns checkIns, DevelopmentPlans plans) {
        this.praise = praise;
        this.checkIns = checkIns;
        this.plans = plans;
    }

    @Override
    public Set<String> sourceTypes() {
        return Set.of(PRAISE, CHECK_IN, DEVELOPMENT_PLAN);
    }

    @Override
    public Set<SourceRef> visibleToRequester(Collection<SourceRef> sources) {
        Set<SourceRef> visible = new LinkedHashSet<>();
        for (SourceRef source : sources) {
            UUID id;
            try {
                id = UUID.fromString(source.id());
            } catch (IllegalArgumentException notAnId) {
                continue;
            }
            try {
                boolean seen = switch (source.type()) {
                    case PRAISE -> praise.find(id) != null;
                    case CHECK_IN -> checkIns.checkIn(id).isPresent();
                    case DEVELOPMENT_PLAN -> plans.plan(id) != null;
                    default -> false;
                };
                if (seen) {
                    visible.add(source);
                }
            } catch (RuntimeException notVisible) {
                // not found or not allowed: never visible
            }
        }
        return visible;
    }
}
