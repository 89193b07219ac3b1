package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackSummarizerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate FROM = TODAY.minusMonths(6);

    private final FeedbackSummarizer summarizer = new FeedbackSummarizer(SharedEmbeddings.get(),
            FeedbackSummarizer.Options.defaults());

    private static FeedbackItem item(String id, SummarySource source, int daysAgo, String text) {
        return new FeedbackItem(id, text, source, "en", TODAY.minusDays(daysAgo), false);
    }

    private static List<FeedbackItem> thread() {
        List<FeedbackItem> items = new ArrayList<>();
        items.add(item("m1", SummarySource.MANAGER, 150,
                "Your presentations to customers are clear and convincing. The status reports were late again."));
        items.add(item("p1", SummarySource.PEER, 120, "Great customer presentations, the demo was excellent."));
        items.add(item("p2", SummarySource.PEER, 90,
                "Your presentation at the customer workshop was clear and engaging."));
        items.add(item("p3", SummarySource.PEER, 60, "The weekly status reports often arrive late and are confusing."));
        items.add(new FeedbackItem("a1", "Status reports are unclear and come too late for planning.",
                SummarySource.PEER, "en", TODAY.minusDays(10), true));
        items.add(item("m2", SummarySource.MANAGER, 20, "Thanks for Tuesday."));
        return items;
    }

    @Test
    void findsAStrengthAndAGrowthAreaWithQuotesFromDistinctItems() {
        FeedbackSummary summary = summarizer.summarize(new SummaryRequest(thread(), FROM, TODAY, TODAY,
                Set.of(SummarySource.MANAGER, SummarySource.PEER)));

        assertThat(summary.strengths()).isNotEmpty();
        assertThat(summary.growthAreas()).isNotEmpty();
        Theme strength = summary.strengths().getFirst();
        assertThat(strength.itemIds()).contains("p1", "p2").doesNotContain("p3", "a1");
        Theme growth = summary.growthAreas().getFirst();
        assertThat(growth.itemIds()).contains("p3", "a1").doesNotContain("p1", "p2");
        for (Theme theme : summary.themes()) {
            assertThat(theme.quotes()).hasSizeBetween(1, 3);
            assertThat(theme.quotes()).extracting(Quote::itemId).doesNotHaveDuplicates();
            assertThat(theme.itemIds()).containsAll(theme.quotes().stream().map(Quote::itemId).toList());
            // Every quote is a verbatim piece of the item it names.
            theme.quotes().forEach(quote -> assertThat(thread().stream()
                    .filter(i -> i.id().equals(quote.itemId())).findFirst().orElseThrow().text()).contains(quote.text()));
            assertThat(theme.name().kind()).isEqualTo(ThemeName.Kind.PHRASE);
        }
        assertThat(growth.quotes()).filteredOn(Quote::anonymous).extracting(Quote::itemId).containsOnly("a1");
        assertThat(strength.name().label().toLowerCase()).containsAnyOf("presentation", "customer");
        assertThat(growth.name().label().toLowerCase()).containsAnyOf("status", "reports", "late");
    }

    @Test
    void twoUnrelatedStrengthsStayTwoThemesNamedAfterTheirOwnWordsOrTheirCompetency() {
        List<FeedbackItem> items = List.of(
                item("r1", SummarySource.PEER, 100, "Your code reviews are thorough and you always explain why."),
                item("r2", SummarySource.PEER, 90, "I learned a lot from your code reviews on the payment service."),
                item("r3", SummarySource.PEER, 80, "Your code reviews catch real bugs without making anyone feel small."),
                item("m1", SummarySource.PEER, 70, "The onboarding sessions you ran for the juniors were excellent."),
                item("m2", SummarySource.PEER, 60, "Thanks to your onboarding sessions the juniors got productive quickly."),
                item("m3", SummarySource.MANAGER, 50, "Your onboarding sessions for new juniors are great."));
        FeedbackSummary plain = summarizer.summarize(new SummaryRequest(items, FROM, TODAY, TODAY, Set.of()));
        assertThat(plain.strengths()).hasSize(2);
        assertThat(plain.strengths()).extracting(theme -> Set.copyOf(theme.itemIds()))
                .containsExactlyInAnyOrder(Set.of("r1", "r2", "r3"), Set.of("m1", "m2", "m3"));
        assertThat(plain.strengths()).extracting(theme -> theme.name().label().toLowerCase())
                .anySatisfy(label -> assertThat(label).contains("code reviews"))
                .anySatisfy(label -> assertThat(label).contains("onboarding"));
        assertThat(plain.strengths()).allSatisfy(theme -> assertThat(theme.name().label()).doesNotContain("·"));

        CompetencyName quality = new CompetencyName("c-quality", "Technical quality",
                "Writes well-tested, maintainable code, does thorough code reviews and keeps technical debt under control.");
        FeedbackSummary named = summarizer.summarize(new SummaryRequest(items, FROM, TODAY, TODAY, Set.of(),
                List.of(quality)));
        Theme reviews = named.strengths().stream().filter(theme -> theme.itemIds().contains("r1")).findFirst().orElseThrow();
        assertThat(reviews.name().label()).isEqualTo("Technical quality");
        assertThat(reviews.name().competency()).isEqualTo("c-quality");
        assertThat(reviews.name().kind()).isEqualTo(ThemeName.Kind.COMPETENCY);
        Theme onboarding = named.strengths().stream().filter(theme -> theme.itemIds().contains("m1")).findFirst().orElseThrow();
        assertThat(onboarding.name().kind()).isEqualTo(ThemeName.Kind.PHRASE);
    }

    @Test
    void aHedgeAndWhatFollowsItAreAGrowthAreaInBothLanguages() {
        List<FeedbackItem> items = List.of(
                new FeedbackItem("e1", "The slides are not bad, but the main conclusion gets lost in the details.",
                        SummarySource.PEER, "en", TODAY.minusDays(30), false),
                new FeedbackItem("s1", "Riskloggen är inte dålig, men den uppdateras bara inför styrgruppsmötena.",
                        SummarySource.PEER, "sv", TODAY.minusDays(20), false));
        List<FeedbackSummarizer.Unit> units = FeedbackSummarizer.units(items, 0.5);
        assertThat(units).extracting(FeedbackSummarizer.Unit::text).containsExactly(
                "The slides are not bad", "but the main conclusion gets lost in the details.",
                "Riskloggen är inte dålig", "men den uppdateras bara inför styrgruppsmötena.");
        // The hedged side names the topic ("the slides", "riskloggen") of the growth area it introduces.
        assertThat(units).allSatisfy(unit -> assertThat(unit.polarity()).as(unit.text()).isLessThanOrEqualTo(-0.5));
    }

    @Test
    void praiseBeforeAContrastJoinsTheCriticismAfterIt() {
        List<FeedbackItem> items = List.of(
                new FeedbackItem("e1", "The component tests are great, but the release notes always come too late.",
                        SummarySource.PEER, "en", TODAY.minusDays(30), false),
                new FeedbackItem("s1", "Testerna du skriver är jättebra, men releaseanteckningarna kommer alltid för sent.",
                        SummarySource.PEER, "sv", TODAY.minusDays(20), false));
        List<FeedbackSummarizer.Unit> units = FeedbackSummarizer.units(items, 0.5);
        assertThat(units).extracting(FeedbackSummarizer.Unit::text).containsExactly(
                "The component tests are great", "but the release notes always come too late.",
                "Testerna du skriver är jättebra", "men releaseanteckningarna kommer alltid för sent.");
        // The praise sets up the criticism: one growth remark, not a strength theme fed by a courtesy.
        assertThat(units).allSatisfy(unit -> assertThat(unit.polarity()).as(unit.text()).isLessThanOrEqualTo(-0.5));
    }

    @Test
    void implicitCriticismCountsAsAGrowthArea() {
        assertThat(PolarityLexicon.score("Support found out about the price change from a customer instead of from you.", "en"))
                .isLessThanOrEqualTo(-0.5);
        assertThat(PolarityLexicon.score("Vi fick veta om problemen först när kunden ringde.", "sv"))
                .isLessThanOrEqualTo(-0.5);
        // A negation that turns no word says what is missing; requests say what is wanted.
        assertThat(PolarityLexicon.score("När jag tog över fanns det inga anteckningar alls.", "sv")).isLessThanOrEqualTo(-0.5);
        assertThat(PolarityLexicon.score("Please break large tickets down before estimating them.", "en")).isLessThanOrEqualTo(-0.5);
        assertThat(PolarityLexicon.score("Skriv gärna vad du har testat i ärendet.", "sv")).isLessThanOrEqualTo(-0.5);
        // A negated criticism is still praise, and "without" alone is no criticism.
        assertThat(PolarityLexicon.score("You never cancel our one-on-ones.", "en")).isPositive();
        // (no cue either way: the summary counts it as praise)
        assertThat(PolarityLexicon.score("Your reviews catch real bugs without making anyone feel small.", "en")).isNotNegative();
    }

    @Test
    void coverageCountsItemsBySourceWithTheEvidenceWindowAndRecentShare() {
        FeedbackSummary summary = summarizer.summarize(new SummaryRequest(thread(), FROM, TODAY, TODAY,
                Set.of(SummarySource.MANAGER, SummarySource.PEER, SummarySource.UPWARD)));
        Coverage coverage = summary.coverage();
        assertThat(coverage.items()).isEqualTo(6);
        assertThat(coverage.bySource()).containsEntry(SummarySource.MANAGER, 2).containsEntry(SummarySource.PEER, 4)
                .containsEntry(SummarySource.UPWARD, 0);
        assertThat(coverage.anonymous()).isEqualTo(1);
        // The anonymous item is undated: the window and the recent share rest on the five dated ones.
        assertThat(coverage.firstDate()).isEqualTo(TODAY.minusDays(150));
        assertThat(coverage.lastDate()).isEqualTo(TODAY.minusDays(20));
        assertThat(coverage.recentItems()).isEqualTo(1);
        assertThat(coverage.recentShare()).isEqualTo(0.2);
        assertThat(summary.caveats()).extracting(Caveat::kind).containsExactly(Caveat.Kind.NO_UPWARD_FEEDBACK);
    }

    @Test
    void caveatsSayWhatIsMissing() {
        List<FeedbackItem> fewAndRecent = List.of(item("m1", SummarySource.MANAGER, 3, "Great work on the release."),
                item("m2", SummarySource.MANAGER, 5, "The release notes were clear."),
                item("m3", SummarySource.MANAGER, 12, "Excellent planning of the release."));
        FeedbackSummary recent = summarizer.summarize(new SummaryRequest(fewAndRecent, FROM, TODAY, TODAY,
                Set.of(SummarySource.MANAGER, SummarySource.PEER)));
        assertThat(recent.caveats()).extracting(Caveat::kind).containsExactlyInAnyOrder(Caveat.Kind.TOO_FEW_ITEMS,
                Caveat.Kind.NO_PEER_FEEDBACK, Caveat.Kind.MOSTLY_RECENT);
        assertThat(recent.caveats()).filteredOn(c -> c.kind() == Caveat.Kind.MOSTLY_RECENT)
                .extracting(Caveat::value).containsExactly(100);

        List<FeedbackItem> old = List.of(item("p1", SummarySource.PEER, 100, "Thanks for the help."));
        FeedbackSummary stale = summarizer.summarize(new SummaryRequest(old, FROM, TODAY, TODAY, Set.of(SummarySource.PEER)));
        assertThat(stale.caveats()).extracting(Caveat::kind).containsExactlyInAnyOrder(Caveat.Kind.TOO_FEW_ITEMS,
                Caveat.Kind.NOTHING_RECENT, Caveat.Kind.NO_THEMES);

        FeedbackSummary empty = summarizer.summarize(new SummaryRequest(List.of(), FROM, TODAY, TODAY, Set.of()));
        assertThat(empty.themes()).isEmpty();
        assertThat(empty.coverage().items()).isZero();
        assertThat(empty.caveats()).extracting(Caveat::kind).containsExactly(Caveat.Kind.TOO_FEW_ITEMS);
    }

    @Test
    void theThesaurusLetsSwedishSynonymsAndCompoundsMeet() {
        assertThat(TopicConcepts.concepts("Tack för felsökningen av minnesläckan.")).contains("incident", "bug");
        assertThat(TopicConcepts.concepts("Det finns ingen beskrivning av hur delarna hänger ihop.")).contains("documentation");
        assertThat(TopicConcepts.concepts("Statusrapporterna kom sent.")).contains("report");
        assertThat(TopicConcepts.concepts("Thanks for Tuesday.")).isEmpty();
    }

    @Test
    void sentencesSplitAtContrastsWhenBothSidesSaySomething() {
        assertThat(Sentences.split("Great demos for the customers, but the slides are far too dense. Ok."))
                .containsExactly("Great demos for the customers", "but the slides are far too dense.");
        assertThat(Sentences.split("Good, but late.")).containsExactly("Good, but late.");
    }
}
