package io.kadens.rollout;

import java.util.List;

/**
 * A feature of the process that a pilot group can switch on. Each names the first segment of its pages'
 * routes and of its REST paths, so that {@link FeatureAccess} can gate navigation, pages and REST in one
 * place without the features themselves knowing about the rollout. Reviews and development plans have no
 * pages yet: groups can already pilot them, and their routes are added here when they land.
 */
public enum Feature {
    GOALS(List.of("goals"), List.of("/api/v1/goals")),
    CHECK_INS(List.of("check-ins"), List.of("/api/v1/check-ins")),
    ONE_ON_ONES(List.of("one-on-ones"), List.of("/api/v1/one-on-ones")),
    FEEDBACK(List.of("feedback", "praise"), List.of("/api/v1/feedback", "/api/v1/praise")),
    REVIEWS(List.of(), List.of()),
    DEVELOPMENT_PLANS(List.of(), List.of());

    private final List<String> routes;
    private final List<String> apiPrefixes;

    Feature(List<String> routes, List<String> apiPrefixes) {
        this.routes = routes;
        this.apiPrefixes = apiPrefixes;
    }

    /** First segments of this feature's page routes (the administration pages under {@code admin/} are not gated). */
    public List<String> routes() {
        return routes;
    }

    public List<String> apiPrefixes() {
        return apiPrefixes;
    }

    public String labelKey() {
        return "rollout.feature." + name();
    }

    /** The feature a page route belongs to ({@code goals/123} belongs to goals), if any. */
    public static java.util.Optional<Feature> ofRoute(String route) {
        String first = route == null ? "" : route.replaceFirst("^/+", "").split("/", 2)[0];
        for (Feature feature : values()) {
            if (feature.routes.contains(first)) {
                return java.util.Optional.of(feature);
            }
        }
        return java.util.Optional.empty();
    }

    /** The feature a REST path belongs to, if any. */
    public static java.util.Optional<Feature> ofApiPath(String path) {
        for (Feature feature : values()) {
            for (String prefix : feature.apiPrefixes) {
                if (path != null && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
                    return java.util.Optional.of(feature);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
