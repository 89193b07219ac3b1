package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cohesion round's rule (docs/decisions/2026-12-07-feedback-themes-cohesion.md): a remark stays in its theme only
 * when it is, on average, as alike to the rest of the theme as the person's remarks are to each other.
 */
class CohesiveThemesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void aMemberCloseToOneOtherButNotToTheThemeLeaves() {
        // 0, 1, 2 are alike; 3 is close to 2 only, so on average far from the theme; 4 is another topic.
        double[][] similarity = {
                {1.0, 0.6, 0.5, 0.0, 0.1},
                {0.6, 1.0, 0.5, 0.0, 0.1},
                {0.5, 0.5, 1.0, 0.5, 0.1},
                {0.0, 0.0, 0.5, 1.0, 0.1},
                {0.1, 0.1, 0.1, 0.1, 1.0}};
        assertThat(FeedbackSummarizer.cohesive(List.of(0, 1, 2, 3), similarity, 0.3)).containsExactly(0, 1, 2);
    }

    @Test
    void aThemeWhoseMembersAreAllAlikeStaysWholeAndSoDoesAPair() {
        double[][] similarity = {
                {1.0, 0.4, 0.35, 0.0},
                {0.4, 1.0, 0.45, 0.0},
                {0.35, 0.45, 1.0, 0.0},
                {0.0, 0.0, 0.0, 1.0}};
        assertThat(FeedbackSummarizer.cohesive(List.of(0, 1, 2), similarity, 0.3)).containsExactly(0, 1, 2);
        assertThat(FeedbackSummarizer.cohesive(List.of(0, 3), similarity, 0.3)).containsExactly(0, 3);
    }

    @Test
    void aThemeOfEveryRemarkStaysWhole() {
        // Its least alike member is below the mean of the pairs it belongs to, but there is nothing else to mix with.
        double[][] similarity = {
                {1.0, 0.6, 0.2},
                {0.6, 1.0, 0.3},
                {0.2, 0.3, 1.0}};
        assertThat(FeedbackSummarizer.cohesive(List.of(0, 1, 2), similarity, 0.37)).containsExactly(0, 1, 2);
    }

    @Test
    void theShippedSummaryKeepsAThemeOfOneTopicWhole() {
        List<FeedbackItem> items = List.of(
                item("a", "Your harbour crane checklist caught the frayed cable before the morning lift."),
                item("b", "Since your crane checklist came in, no lift has started with a fault on the cable."),
                item("c", "The crane inspection checklist you wrote is now used on every quay."),
                item("d", "You answer the radio calls from the pilot boats calmly and quickly."),
                item("e", "The pilot boats say your radio calls are the clearest in the port."));
        SummaryRequest request = new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY,
                Set.of(SummarySource.PEER));
        FeedbackSummary summary = new FeedbackSummarizer(SharedEmbeddings.get(), FeedbackSummarizer.Options.defaults())
                .summarize(request);
        assertThat(summary.themes()).anyMatch(theme -> theme.itemIds().containsAll(List.of("a", "b", "c")));
        assertThat(summary.themes()).noneMatch(theme -> theme.itemIds().contains("a") && theme.itemIds().contains("d"));
    }

    private static FeedbackItem item(String id, String text) {
        return new FeedbackItem(id, text, SummarySource.PEER, "en", TODAY.minusDays(10), false);
    }
}
