package io.kadens.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which help text each main page has: a route (its first segments, ids left out) to the page whose texts
 * {@code help.<page>.title} and {@code help.<page>.text} explain it, in both languages.
 */
final class PageHelpTexts {

    /** Route to help page; the administration pages of a feature share its help. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("", "home");
        PAGES.put("goals", "goals");
        PAGES.put("admin/goals", "goals");
        PAGES.put("one-on-ones", "one-on-ones");
        PAGES.put("check-ins", "check-ins");
        PAGES.put("feedback", "feedback");
        PAGES.put("praise", "feedback");
        PAGES.put("learning", "learning");
        PAGES.put("skills", "competencies");
        PAGES.put("team-skills", "competencies");
        PAGES.put("career", "competencies");
        PAGES.put("admin/competencies", "competencies");
        PAGES.put("admin/reviews", "reviews");
        PAGES.put("admin/review-cycles", "reviews");
        PAGES.put("surveys", "surveys");
        PAGES.put("admin/surveys", "surveys");
        PAGES.put("admin/rollout", "rollout");
        PAGES.put("announcements", "announcements");
        PAGES.put("admin/announcements", "announcements");
        PAGES.put("reviews", "reviews");
        PAGES.put("calibration", "calibration");
        PAGES.put("compensation", "compensation");
        PAGES.put("admin/compensation", "compensation");
        PAGES.put("admin/compensation/pay", "pay");
        PAGES.put("development", "development");
        PAGES.put("analytics", "analytics");
    }

    private PageHelpTexts() {
    }

    /** The help page of a location's path ("goals/3f…" → goals), if it has one. */
    static Optional<String> pageOf(String path) {
        String clean = path == null ? "" : path.replaceAll("^/+|/+$", "");
        String[] segments = clean.split("/");
        String three = segments.length >= 3 ? segments[0] + "/" + segments[1] + "/" + segments[2] : null;
        if (three != null && PAGES.containsKey(three)) {
            return Optional.of(PAGES.get(three));
        }
        String two = segments.length >= 2 ? segments[0] + "/" + segments[1] : null;
        if (two != null && PAGES.containsKey(two)) {
            return Optional.of(PAGES.get(two));
        }
        return Optional.ofNullable(PAGES.get(segments[0]));
    }
}
