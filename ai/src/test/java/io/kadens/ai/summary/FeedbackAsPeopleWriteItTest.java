package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Feedback as it is pasted and typed: lists, shouting, contractions. Themes and quotes read as a person wrote them. */
class FeedbackAsPeopleWriteItTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private final FeedbackSummarizer summarizer = new FeedbackSummarizer(SharedEmbeddings.get(),
            FeedbackSummarizer.Options.defaults());

    private FeedbackSummary summarize(String... texts) {
        List<FeedbackItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(new FeedbackItem("i" + i, texts[i], SummarySource.PEER, "en", TODAY.minusDays(10 + 20L * i), false));
        }
        return summarizer.summarize(new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY,
                Set.of(SummarySource.PEER)));
    }

    @Test
    void listMarkersAreLayoutNotWords() {
        assertThat(Sentences.split("- Great at code reviews\n* Slow to answer tickets\n• Helpful in standups\n"
                + "1. Reviews catch real bugs\n2) Tickets wait for days"))
                .containsExactly("Great at code reviews", "Slow to answer tickets", "Helpful in standups",
                        "Reviews catch real bugs", "Tickets wait for days");
        // A dash inside a sentence, or a number that starts one, is what was said.
        assertThat(Sentences.split("Reviews - all of them - are thorough. 3 releases went out late"))
                .containsExactly("Reviews - all of them - are thorough.", "3 releases went out late");

        FeedbackSummary summary = summarize("- Great at code reviews\n- Slow to answer tickets",
                "* Code reviews are thorough and kind.\n* Tickets wait for days.",
                "Your reviews catch real bugs. Tickets sit unanswered over the weekend.");
        assertThat(summary.themes()).isNotEmpty();
        summary.themes().forEach(theme -> theme.quotes().forEach(quote ->
                assertThat(quote.text()).doesNotStartWith("-").doesNotStartWith("*")));
    }

    @Test
    void shoutedFeedbackNamesItsThemeInOrdinaryCase() {
        FeedbackSummary summary = summarize("GREAT WORK ON THE MIGRATION!!!", "THE MIGRATION WENT SMOOTHLY, GREAT WORK.",
                "Great work on the migration, it went smoothly.");
        assertThat(summary.strengths()).isNotEmpty();
        assertThat(summary.strengths().getFirst().name().label()).isEqualTo("Migration");
        assertThat(ThemeNaming.shouted("The CI and API docs are great")).isFalse();
    }

    @Test
    void aContractionNeverEndsAThemeName() {
        FeedbackSummary summary = summarize("She said it was fine, but the release notes weren't ready.",
                "Release notes weren't ready on release day.", "The release notes weren't there when we shipped.");
        assertThat(summary.growthAreas()).isNotEmpty();
        assertThat(summary.growthAreas().getFirst().name().label()).doesNotContain("'").containsIgnoringCase("release notes");
    }
}
