package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Advice in the imperative, a "next step", a need and a consequence that went wrong say what should change: a strength
 * never quotes them, whatever pleasant words they carry; asking for more of the same ("Keep it up") is no advice. A
 * growth area never quotes the praise that only sets up its criticism. (Making such remarks growth in the polarity itself
 * was measured and not kept: docs/decisions/2026-12-07-feedback-advice-and-consequences.md.)
 */
class QuotesOfTheThemesOwnPolarityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Stäm av beställningen med bageriet innan du lovar caféet en leveranstid. | sv
            Bryt ner inventeringen i mindre pass så att ingen står i frysen en hel dag. | sv
            Lägg gärna in en kort genomgång av allergenerna på måndagsmötet. | sv
            Try to send the kitchen the covers for Saturday by Thursday lunchtime. | en
            Make sure you walk the new porters through the fire doors on their first day. | en
            Next time, ask the pastry section before you change the dessert menu. | en
            Nästa steg: ta fram en enkel checklista för stängningen av kassan. | sv
            Next step: share the supplier price list with the sous chefs every Monday. | en
            Kassarapporten behöver bli mer utförlig innan den går till ekonomi. | sv
            The allergen board by the pass needs to be more visible for the weekend staff. | en
            Du byter ofta schema för helgpersonalen med kort varsel, vilket skapar stress bland vikarierna. | sv
            The dough order went in a day after the cut-off, which meant the early bakers waited for flour. | en
            """)
    void adviceNeedsAndHarmfulConsequencesAreNeverQuotedAsAStrength(String sentence, String language) {
        assertThat(PolarityLexicon.isAdvice(sentence, language)).isTrue();
        // Even where the polarity model reads it as praise, no strength shows it: a group of nothing but advice has no
        // sentence of its own polarity to quote, so it is no theme.
        List<FeedbackItem> items = List.of(
                new FeedbackItem("a", sentence, SummarySource.PEER, language, TODAY.minusDays(20), false),
                new FeedbackItem("b", sentence, SummarySource.PEER, language, TODAY.minusDays(10), false));
        FeedbackSummary allPraise = new FeedbackSummarizer(SharedEmbeddings.get(), FeedbackSummarizer.Options.defaults(),
                FeedbackSummarizer.Grouping.defaults(), FeedbackSummarizer.CONTRAST_JOINS_CRITICISM,
                (text, lang, afterContrast, vector) -> 1.0).summarize(request(items));
        assertThat(allPraise.strengths()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fortsätt så med morgonbriefen för diskpersonalen! | sv
            Keep it up with the morning briefings for the porters! | en
            Keep doing exactly this with the new starters in the bakery. | en
            Your closing checklist for the till makes the Monday count painless, which the office noticed. | en
            Din planering av julbordet höll hela vägen, vilket gjorde att ingen behövde stanna sent. | sv
            Du har gjort frysinventeringen till ett kort och lugnt pass för hela laget. | sv
            """)
    void praiseWithAFriendlyImperativeOrAGoodConsequenceIsNoAdvice(String sentence, String language) {
        assertThat(PolarityLexicon.isAdvice(sentence, language)).isFalse();
        // Where it is praise, a strength may quote it.
        FeedbackSummary allPraise = new FeedbackSummarizer(SharedEmbeddings.get(), FeedbackSummarizer.Options.defaults(),
                FeedbackSummarizer.Grouping.defaults(), FeedbackSummarizer.CONTRAST_JOINS_CRITICISM,
                (text, lang, afterContrast, vector) -> 1.0).summarize(request(List.of(
                        new FeedbackItem("a", sentence, SummarySource.PEER, language, TODAY.minusDays(20), false),
                        new FeedbackItem("b", sentence, SummarySource.PEER, language, TODAY.minusDays(10), false))));
        assertThat(allPraise.strengths()).anySatisfy(theme -> assertThat(theme.quotes()).extracting(Quote::text)
                .contains(sentence));
    }

    @Test
    void aShortCheerIsNoAdvice() {
        assertThat(PolarityLexicon.isAdvice("Fortsätt så!", "sv")).isFalse();
        assertThat(PolarityLexicon.isAdvice("Keep it up!", "en")).isFalse();
        assertThat(PolarityLexicon.isAdvice("Grattis till nya lägenheten!", "sv")).isFalse();
        assertThat(PolarityLexicon.isAdvice("Have a restful weekend in the mountains.", "en")).isFalse();
    }

    @Test
    void aStrengthNeverQuotesAdviceNorAGrowthAreaThePraiseThatSetsItUp() {
        List<FeedbackItem> items = List.of(
                item("a", "Your cardamom bun recipes are great, but the proving times on the board are often out of date."),
                item("b", "The bread is lovely, but the proving times written on the board were wrong twice this month."),
                item("c", "Write the proving times on the board as soon as you change them."),
                item("d", "Your cardamom buns are the best thing on our counter and customers ask for them by name."),
                item("e", "Customers keep asking for your cardamom buns, they sell out by ten every Saturday."));
        // A scorer that reads every sentence as praise puts the advice in a strength; it must not be quoted there.
        FeedbackSummary allPraise = new FeedbackSummarizer(SharedEmbeddings.get(), FeedbackSummarizer.Options.defaults(),
                FeedbackSummarizer.Grouping.defaults(), FeedbackSummarizer.CONTRAST_JOINS_CRITICISM,
                (text, language, afterContrast, vector) -> 1.0).summarize(request(items));
        assertThat(allPraise.strengths()).isNotEmpty();
        assertThat(allPraise.strengths()).allSatisfy(theme -> assertThat(theme.quotes()).isNotEmpty()
                .noneMatch(quote -> PolarityLexicon.isAdvice(quote.text(), "en")));

        FeedbackSummary shipped = new FeedbackSummarizer(SharedEmbeddings.get(), FeedbackSummarizer.Options.defaults())
                .summarize(request(items));
        // The praise before each "but" joins the growth area it sets up; the growth areas quote the criticism only
        // (a group made of nothing but such set-ups has nothing to quote and is no theme).
        assertThat(shipped.growthAreas()).isNotEmpty();
        assertThat(shipped.strengths()).isNotEmpty();
        assertThat(shipped.strengths()).allSatisfy(theme -> assertThat(theme.quotes()).isNotEmpty());
        assertThat(shipped.growthAreas()).allSatisfy(theme -> assertThat(theme.quotes()).isNotEmpty());
        for (Theme growth : shipped.growthAreas()) {
            assertThat(growth.quotes()).extracting(Quote::text)
                    .doesNotContain("Your cardamom bun recipes are great", "The bread is lovely");
        }
        assertThat(shipped.strengths()).allSatisfy(theme -> assertThat(theme.quotes())
                .noneMatch(quote -> PolarityLexicon.isAdvice(quote.text(), "en")));
    }

    private static FeedbackItem item(String id, String text) {
        return new FeedbackItem(id, text, SummarySource.PEER, "en", TODAY.minusDays(20), false);
    }

    private static SummaryRequest request(List<FeedbackItem> items) {
        return new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY, Set.of(SummarySource.PEER));
    }
}
