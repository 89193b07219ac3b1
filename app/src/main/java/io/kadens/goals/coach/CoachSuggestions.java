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

    public record Suggestion(String text, CoachCheck criteria, int score, List<Citation> citations) {
    }

    /** @param link the route or URL that shows the source, when there is one */
    public record Citation(String type, String id, String title, String link) {
    }
}
