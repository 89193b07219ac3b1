package io.kadens.ai.smart;

import io.kadens.ai.SourceRef;
import java.util.List;

/**
 * One suggestion for a goal: a rewrite, or a question when no source justifies a rewrite (a wrong
 * target is worse than none).
 *
 * @param text       the rewritten goal, or the question to the writer, in the goal's language
 * @param assessment the checker's verdicts on the rewrite; for a question, on the goal as written
 * @param citations  the similar goals, company content and parent goal it rests on; only sources the
 *                   requester may see
 * @param kind       a rewrite to take over, or a question to answer
 * @param metrics    for a question about measuring: the metrics similar goals of the company use
 */
public record SmartSuggestion(String text, SmartAssessment assessment, List<Citation> citations, Kind kind,
                              List<String> metrics) {

    public enum Kind { REWRITE, QUESTION }

    public SmartSuggestion {
        citations = List.copyOf(citations);
        kind = kind == null ? Kind.REWRITE : kind;
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public SmartSuggestion(String text, SmartAssessment assessment, List<Citation> citations) {
        this(text, assessment, citations, Kind.REWRITE, List.of());
    }

    /** A source a rewrite rests on, with its title and link when the indexing feature gave them. */
    public record Citation(SourceRef source, String title, String link) {
    }
}
