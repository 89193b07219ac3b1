package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/**
 * Anonymous results of one revision of a survey (its questions as they were then) for one filter. Participation ({@code invited}, {@code responded}, {@code rate})
 * is null when fewer than the threshold were asked; the answers ({@code questions}) are empty and
 * {@code suppressed} true when fewer than the threshold answered, or when the filter would single out fewer than
 * the threshold against a broader group (see docs/decisions/2026-12-05-surveys.md).
 */
public record SurveyResults(UUID surveyId, int revision, ResultFilter filter, int threshold, Integer invited, Integer responded,
                            Double participationRate, boolean suppressed, List<QuestionResult> questions) {

    /**
     * One question's answers: for a scale question the average and the number of answers per value 1 to 5;
     * for a text question the texts, in alphabetical order so the order identifies nobody.
     */
    public record QuestionResult(int position, QuestionKind kind, String promptEn, String promptSv, int answers,
                                 Double average, List<Integer> distribution, List<String> texts) {
    }
}
