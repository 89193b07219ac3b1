package io.kadens.feedbacksummary;

import io.kadens.ai.AnswerMode;
import io.kadens.ai.FallbackReason;
import io.kadens.ai.summary.Caveat;
import io.kadens.ai.summary.Polarity;
import io.kadens.ai.summary.ThemeName;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A feedback summary as the requester gets it: only items they may see, every citation checked.
 *
 * @param themes         strengths first, then growth areas; empty when AI is off or nothing recurs
 * @param coverage       what the summary rests on; null when AI is off
 * @param caveats        what is missing or skewed, each with its text in the requester's language
 * @param mode           who wrote it: the offline engine, the language model, or nobody (AI off)
 * @param fallbackReason why the offline engine answered in LLM mode; null otherwise
 */
public record FeedbackSummaryReport(UUID employeeId, LocalDate from, LocalDate to, List<ThemeView> themes,
                                    CoverageView coverage, List<CaveatView> caveats, AnswerMode mode,
                                    FallbackReason fallbackReason) {

    public FeedbackSummaryReport {
        themes = List.copyOf(themes);
        caveats = List.copyOf(caveats);
    }

    /** A feedback item a quote or a sentence rests on. */
    public record Citation(UUID feedbackId) {
    }

    /** A sentence about a theme and the items it rests on. */
    public record SummarySentence(String text, List<Citation> citations) {

        public SummarySentence {
            citations = List.copyOf(citations);
        }
    }

    /** A representative sentence of a theme, never attributed; anonymous ones carry no date either. */
    public record QuoteView(String text, boolean anonymous, Citation citation) {
    }

    /**
     * @param name       what the theme is called
     * @param competency the competency identifier it is named after, if any
     * @param nameSource what the name comes from: a framework competency, or a phrase of the theme's own items
     * @param link       the route or URL of the content it is named after, if any
     * @param summary    one or more sentences: the offline description, or the language model's verified prose
     * @param items      how many items the theme rests on
     */
    public record ThemeView(String name, String competency, ThemeName.Kind nameSource, String link,
                            Polarity polarity, List<SummarySentence> summary, List<QuoteView> quotes, int items) {

        public ThemeView {
            summary = List.copyOf(summary);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * @param bySource      items per source: MANAGER, PEER, UPWARD, PRAISE, OTHER
     * @param recentPercent share of the dated items from the last 30 days, in percent
     */
    public record CoverageView(int items, Map<String, Integer> bySource, int anonymous, LocalDate firstDate,
                               LocalDate lastDate, int recentItems, int recentPercent) {
    }

    public record CaveatView(Caveat.Kind kind, int value, String message) {
    }
}
