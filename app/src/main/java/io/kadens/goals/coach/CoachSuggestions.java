package io.kadens.goals.coach;

import java.util.List;

/**
 * Rewrites of a goal, best first.
 *
 * @param mode           who wrote them: LLM, OFFLINE, or OFF (AI switched off: no suggestions)
 * @param fallbackReason why the offline engine wrote them in LLM mode, null otherwise
 * @param message        how they were made, for people (in the goal's language)
 */
public record CoachSuggestions(List<Suggestion> suggestions, String mode, String fallbackReason, String message,
                               String language) {

    /**
     * @param kind    REWRITE (a goal text to take over) or QUESTION (to answer: no source justified a rewrite)
     * @param metrics with a question about measuring, the metrics similar goals of the company use
     */
    public record Suggestion(String text, CoachCheck criteria, int score, List<Citation> citations, String kind,
                             List<String> metrics) {
    }

    /** @param link the route or URL that shows the source, when there is one */
    public record Citation(String type, String id, String title, String link) {
    }
}
