package io.kadens.ai.smart;

import io.kadens.ai.SourceRef;
import java.util.List;

/**
 * One rewrite of a goal: its text, the checker's verdicts on it, and what it took from where.
 *
 * @param citations the similar goals, company content and parent goal it rests on; only sources the
 *                  requester may see
 */
public record SmartSuggestion(String text, SmartAssessment assessment, List<Citation> citations) {

    public SmartSuggestion {
        citations = List.copyOf(citations);
    }

    /** A source a rewrite rests on, with its title and link when the indexing feature gave them. */
    public record Citation(SourceRef source, String title, String link) {
    }
}
