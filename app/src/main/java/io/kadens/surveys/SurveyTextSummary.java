package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/**
 * The free-text answers of one text question, summarised into themes by the offline summariser (or, where the
 * tenant chose LLM mode, worded by the model over the same themes). Built only from a group that meets the
 * anonymity threshold: for a suppressed group {@code suppressed} is true and there are no themes and no quotes.
 * Quotes cite answers by a label of the group ({@code A1}, {@code A2}, ...), never by person.
 *
 * @param answers how many answers the summary rests on
 * @param mode    OFF, OFFLINE or LLM (see {@code ai.answer.mode.*})
 */
public record SurveyTextSummary(UUID surveyId, int revision, int position, ResultFilter filter, boolean suppressed,
                                int answers, String mode, List<SummaryTheme> themes) {

    /** A theme: its label, whether it reads as praise or as something to improve, and its cited quotes. */
    public record SummaryTheme(String label, boolean positive, int answerCount, List<CitedQuote> quotes,
                               List<String> prose) {
    }

    /** A representative sentence and the label of the answer it is from. */
    public record CitedQuote(String answer, String text) {
    }
}
