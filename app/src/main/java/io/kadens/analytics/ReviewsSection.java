package io.kadens.analytics;

import static io.kadens.analytics.AnalyticsScope.percent;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.reviews.ReviewAnalytics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reviews: completion of each launched cycle in the period, and the distribution of ratings once ratings exist. */
@Component
class ReviewsSection implements AnalyticsContribution {

    private final ReviewAnalytics reviews;

    ReviewsSection(ReviewAnalytics reviews) {
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return "reviews";
    }

    @Override
    public String titleKey() {
        return "analytics.section.reviews";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<AnalyticsChart> charts(AnalyticsScope scope) {
        AnalyticsGroup group = scope.filterGroup();
        Map<UUID, String> cycleNames = new LinkedHashMap<>();
        Map<UUID, AnalyticsScope.Tally> byCycle = new LinkedHashMap<>();
        reviews.completion(scope.cohort(), scope.start(), scope.end()).stream()
                .sorted(Comparator.comparing(ReviewAnalytics.CycleCompletion::windowStart))
                .forEach(c -> {
                    cycleNames.put(c.cycleId(), c.cycleName());
                    byCycle.computeIfAbsent(c.cycleId(), id -> new AnalyticsScope.Tally(2))
                            .add(c.departmentId(), c.pilot(), c.reviews(), c.submitted());
                });
        List<AnalyticsChart.Row> completion = new ArrayList<>();
        byCycle.forEach((cycle, tally) -> completion.add(scope.row(Label.text(cycleNames.get(cycle)), group,
                tally.cells(), 2, (s, people) -> Arrays.asList(percent(s[1], s[0])))));
        Map<Integer, AnalyticsScope.Tally> byRating = new TreeMap<>();
        reviews.ratings(scope.cohort(), scope.start(), scope.end()).forEach(r -> byRating
                .computeIfAbsent(r.rating(), rating -> new AnalyticsScope.Tally(1)).add(r.departmentId(), r.pilot(), r.count()));
        List<AnalyticsChart.Row> ratings = new ArrayList<>();
        byRating.forEach((rating, tally) -> ratings.add(scope.row(Label.text(String.valueOf(rating)), group,
                tally.cells(), 1, (s, people) -> Arrays.asList(s[0]))));
        return List.of(
                new AnalyticsChart("completion", "analytics.reviews.completion", Kind.BARS,
                        List.of(new Column(Label.key("analytics.reviews.submitted"), Format.PERCENT)), completion),
                new AnalyticsChart("ratings", "analytics.reviews.ratings", Kind.BARS,
                        List.of(new Column(Label.key("analytics.reviews.ratings-given"), Format.COUNT)), ratings));
    }
}
