package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The eleventh-set round's rules: courtesies form no theme (on by default since the twelfth-set round); praise said as a
 * plain fact is praise (evaluations only).
 */
class SocialNotesAndPlainFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void courtesiesAreShortThankYouNotesAndWishesButNotThanksForTheWork() {
        assertThat(SocialNotes.isSocialNote("Thanks for the lift home.", "en")).isTrue();
        assertThat(SocialNotes.isSocialNote("Have a lovely half term.", "en")).isTrue();
        assertThat(SocialNotes.isSocialNote("Tack för skjutsen!", "sv")).isTrue();
        assertThat(SocialNotes.isSocialNote("God jul och gott nytt år!", "sv")).isTrue();
        // "Thanks to" says what the work achieved; a long thank-you names the work.
        assertThat(SocialNotes.isSocialNote("Thanks to your checklist the audit found nothing.", "en")).isFalse();
        assertThat(SocialNotes.isSocialNote("Thank you for walking me through the whole month-end close step by step"
                + " when I was new.", "en")).isFalse();
        assertThat(SocialNotes.isSocialNote("The handover notes were missing again.", "en")).isFalse();
    }

    @Test
    void thankYouNotesAloneFormNoThemeWithTheRule() {
        List<FeedbackItem> items = List.of(
                item("a", "Thanks for the lift home."),
                item("b", "Thanks for the lift home on Friday."),
                item("c", "Your rota for the winter was ready in October and nobody had to swap a shift."),
                item("d", "The winter rota was out early and fair to everyone."),
                item("e", "Ask the night staff before you change their shifts."));
        SummaryRequest request = new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY,
                Set.of(SummarySource.PEER));
        FeedbackSummarizer.Options options = FeedbackSummarizer.Options.defaults();
        FeedbackSummary with = new FeedbackSummarizer(SharedEmbeddings.get(), options,
                FeedbackSummarizer.Grouping.defaults(), FeedbackSummarizer.CONTRAST_JOINS_CRITICISM,
                PolarityScorer.COMMITTED, new FeedbackSummarizer.Rules(true)).summarize(request);
        assertThat(with.themes()).noneMatch(theme -> theme.itemIds().containsAll(List.of("a", "b"))
                && theme.itemIds().size() == 2);
        assertThat(with.themes()).allMatch(theme -> theme.sentences().stream()
                .anyMatch(sentence -> !SocialNotes.isSocialNote(sentence.text(), "en")));
    }

    @Test
    void theShippedSummaryMakesNoThemeOfThankYouNotesAlone() {
        List<FeedbackItem> items = List.of(
                item("a", "Thanks for the spare umbrella."),
                item("b", "Thanks for the spare umbrella on Tuesday."),
                item("c", "Your forklift licence refresher had the new starters confident by lunchtime."),
                item("d", "The new starters passed the forklift licence test first time after your sessions."),
                item("e", "Tell the yard before you move the tarpaulin stacks."));
        SummaryRequest request = new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY,
                Set.of(SummarySource.PEER));
        FeedbackSummary summary = new FeedbackSummarizer(SharedEmbeddings.get(), FeedbackSummarizer.Options.defaults())
                .summarize(request);
        assertThat(summary.themes()).allMatch(theme -> theme.sentences().stream()
                .anyMatch(sentence -> !SocialNotes.isSocialNote(sentence.text(), "en")));
    }

    @Test
    void aUnitTheModelIsUnsureOfIsPraiseWhenItCarriesNoMarkOfCriticism() {
        PolarityScorer unsure = (text, language, afterContrast, vector) -> -0.1;
        PolarityScorer rule = FeedbackSummarizer.plainFactsLeanPraise(unsure, 0.5);
        assertThat(rule.score("Bands relax the moment you walk in.", "en", false, null)).isEqualTo(0.5);
        assertThat(rule.score("Barnen frågar vad det blir till lunch.", "sv", false, null)).isEqualTo(0.5);
        // A negation, a request, a lasting problem or a criticism word: the weak lean stays.
        assertThat(rule.score("Nobody knew which take was the final one.", "en", false, null)).isEqualTo(-0.1);
        assertThat(rule.score("I'd like the session folders named the same way.", "en", false, null)).isEqualTo(-0.1);
        assertThat(rule.score("The sessions still run past the booking.", "en", false, null)).isEqualTo(-0.1);
        assertThat(rule.score("The mixes were unclear.", "en", false, null)).isEqualTo(-0.1);
        // The side after "but" is left to the contrast rules; a sure score is never changed.
        assertThat(rule.score("Bands relax the moment you walk in.", "en", true, null)).isEqualTo(-0.1);
        PolarityScorer sure = (text, language, afterContrast, vector) -> -2.0;
        assertThat(FeedbackSummarizer.plainFactsLeanPraise(sure, 0.5).score("Bands relax.", "en", false, null))
                .isEqualTo(-2.0);
    }

    private static FeedbackItem item(String id, String text) {
        return new FeedbackItem(id, text, SummarySource.PEER, "en", TODAY.minusDays(10), false);
    }
}
