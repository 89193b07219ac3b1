package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules that place the remarks the clustering leaves on their own (docs/decisions/2026-12-07-feedback-themes-sixth-set.md),
 * on a hand-made similarity matrix: units 0–1 (items a, b) and 2–3 (items c, d) are two themes; 4 (item e) and 5
 * (item f) are leftovers.
 */
class ThemeGroupingTest {

    private static final FeedbackSummarizer.Grouping CLOSEST = new FeedbackSummarizer.Grouping(false, false,
            false, true);
    private static final FeedbackSummarizer.Grouping CONCEPTS = new FeedbackSummarizer.Grouping(true, false,
            true, false);

    private static FeedbackSummarizer.Unit unit(String item, String text) {
        return new FeedbackSummarizer.Unit(new FeedbackItem(item, text, SummarySource.PEER, "en",
                LocalDate.of(2026, 11, 1), false), text, "en", 1, TopicWords.topicWords(text, "en"), null);
    }

    private static final List<FeedbackSummarizer.Unit> UNITS = List.of(
            unit("a", "The weekend rota came out late."), unit("b", "Shifts were swapped at the last minute."),
            unit("c", "The wards heard about the shortage from a note."), unit("d", "Supply problems reach us last."),
            unit("e", "Cover for December was settled in the last week."), unit("f", "Thanks for Friday."));
    private static final List<Integer> MEMBERS = List.of(0, 1, 2, 3, 4, 5);

    private static double[][] similarity(double leftoverToFirstTheme, double leftoverToSecondTheme,
                                         double leftoverToLeftover) {
        double[][] s = new double[6][6];
        for (int i = 0; i < 6; i++) {
            s[i][i] = 1;
        }
        set(s, 0, 1, 0.5);
        set(s, 2, 3, 0.5);
        set(s, 4, 0, leftoverToFirstTheme);
        set(s, 4, 1, leftoverToFirstTheme);
        set(s, 4, 2, leftoverToSecondTheme);
        set(s, 4, 3, leftoverToSecondTheme);
        set(s, 4, 5, leftoverToLeftover);
        return s;
    }

    private static void set(double[][] s, int i, int j, double value) {
        s[i][j] = value;
        s[j][i] = value;
    }

    private static List<List<Integer>> clusters() {
        return List.of(List.of(0, 1), List.of(2, 3), List.of(4), List.of(5));
    }

    private static List<Set<String>> noAspects() {
        List<Set<String>> aspects = new ArrayList<>();
        UNITS.forEach(unit -> aspects.add(Set.of()));
        return aspects;
    }

    private static List<List<Integer>> regroup(FeedbackSummarizer.Grouping grouping, double[][] similarity,
                                               List<Set<String>> aspects) {
        FeedbackSummarizer summarizer = new FeedbackSummarizer(SharedEmbeddings.get(),
                FeedbackSummarizer.Options.defaults(), grouping);
        return summarizer.regroup(clusters(), MEMBERS, UNITS, similarity, aspects);
    }

    @Test
    void aLeftoverWhoseClosestClusterIsAThemeJoinsIt() {
        List<List<Integer>> groups = regroup(CLOSEST, similarity(0.12, 0.05, 0.02), noAspects());

        assertThat(groups).contains(List.of(0, 1, 4), List.of(2, 3), List.of(5));
    }

    @Test
    void aLeftoverLessAlikeToItsClosestThemeThanThePersonsSentencesOnAverageStaysOut() {
        // Mean pairwise similarity here is about 0.076: a remark at 0.04 from its closest theme is about something else.
        List<List<Integer>> groups = regroup(CLOSEST, similarity(0.04, 0.02, 0.01), noAspects());

        assertThat(groups).contains(List.of(0, 1), List.of(2, 3), List.of(4), List.of(5));
    }

    @Test
    void aLeftoverCloserToAnotherLeftoverThanToAnyThemeStaysOut() {
        List<List<Integer>> groups = regroup(CLOSEST, similarity(0.12, 0.05, 0.30), noAspects());

        assertThat(groups).contains(List.of(0, 1), List.of(2, 3), List.of(4), List.of(5));
    }

    @Test
    void withoutARuleLeftoversStayOnTheirOwn() {
        List<List<Integer>> groups = regroup(FeedbackSummarizer.Grouping.NONE, similarity(0.12, 0.05, 0.02), noAspects());

        assertThat(groups).containsExactlyElementsOf(clusters());
    }

    @Test
    void aLeftoverNamingAThemesAspectJoinsThatThemeEvenWhenAnotherIsCloser() {
        List<Set<String>> aspects = new ArrayList<>(noAspects());
        aspects.set(0, Set.of("#schedule"));
        aspects.set(4, Set.of("#schedule"));

        List<List<Integer>> groups = regroup(CONCEPTS, similarity(0.05, 0.12, 0.02), aspects);

        assertThat(groups).contains(List.of(0, 1, 4), List.of(2, 3), List.of(5));
    }

    @Test
    void twoThemesNamingOneAspectNeverMerge() {
        List<Set<String>> aspects = new ArrayList<>(noAspects());
        aspects.set(0, Set.of("#schedule"));
        aspects.set(2, Set.of("#schedule"));

        List<List<Integer>> groups = regroup(CONCEPTS, similarity(0.05, 0.05, 0.02), aspects);

        assertThat(groups).contains(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void twoLeftoversNamingOneCompetencyPairUpWhenLeftoversOnlyPair() {
        List<Set<String>> aspects = new ArrayList<>(noAspects());
        aspects.set(4, Set.of("@planning"));
        aspects.set(5, Set.of("@planning"));
        FeedbackSummarizer.Grouping pairs = new FeedbackSummarizer.Grouping(true, true, false, false);

        List<List<Integer>> groups = regroup(pairs, similarity(0.30, 0.05, 0.01), aspects);

        assertThat(groups).contains(List.of(0, 1), List.of(2, 3), List.of(5, 4));
    }

    @Test
    void byDefaultALeftoverJoinsItsClosestTheme() {
        List<List<Integer>> groups = regroup(FeedbackSummarizer.Grouping.defaults(), similarity(0.12, 0.05, 0.02),
                noAspects());

        assertThat(groups).contains(List.of(0, 1, 4), List.of(2, 3), List.of(5));
    }

    @Test
    void theCombinedGroupingPairsLeftoversByAspectBeforeGivingTheRestToTheirClosestTheme() {
        List<Set<String>> aspects = new ArrayList<>(noAspects());
        aspects.set(4, Set.of("#schedule"));
        aspects.set(5, Set.of("#schedule"));

        List<List<Integer>> groups = regroup(FeedbackSummarizer.Grouping.COMBINED, similarity(0.30, 0.05, 0.01), aspects);

        // Paired on their concept first, the two leftovers are a cluster of two items and no longer leftovers.
        assertThat(groups).contains(List.of(0, 1), List.of(2, 3), List.of(5, 4));
    }

    @Test
    void theOfflineSummarizersThesaurusGivesTheAspectKeys() {
        FeedbackSummarizer summarizer = new FeedbackSummarizer(SharedEmbeddings.get(),
                FeedbackSummarizer.Options.defaults(), CONCEPTS);

        List<Set<String>> aspects = summarizer.aspects(UNITS, List.of());

        assertThat(aspects.get(0)).contains("#schedule");
        assertThat(aspects.get(1)).contains("#schedule");
        assertThat(aspects.get(5)).isEmpty();
    }
}
