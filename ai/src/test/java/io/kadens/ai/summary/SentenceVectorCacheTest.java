package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import io.kadens.tenants.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

class SentenceVectorCacheTest {

    /** The real model, counting the texts it is asked to embed. */
    static final class CountingModel implements EmbeddingModel {
        final List<String> embedded = new ArrayList<>();

        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            embedded.addAll(request.getInstructions());
            return SharedEmbeddings.get().call(request);
        }

        @Override
        public float[] embed(Document document) {
            return SharedEmbeddings.get().embed(document);
        }
    }

    private static final TenantId ACME = new TenantId(UUID.randomUUID());
    private static final TenantId GLOBEX = new TenantId(UUID.randomUUID());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private final CountingModel model = new CountingModel();
    private final AtomicReference<TenantId> tenant = new AtomicReference<>(ACME);
    private final SentenceVectorCache cache = new SentenceVectorCache(model, () -> Optional.ofNullable(tenant.get()), 100);

    @Test
    void aSentenceIsEmbeddedOnceAndGetsTheModelsOwnVector() {
        List<float[]> first = cache.embed(List.of("Clear status reports.", "Late for planning.", "Clear status reports."));
        List<float[]> again = cache.embed(List.of("Late for planning.", "Clear status reports."));

        assertThat(model.embedded).containsExactly("Clear status reports.", "Late for planning.");
        assertThat(first.get(0)).isEqualTo(first.get(2)).isEqualTo(again.get(1))
                .isEqualTo(SharedEmbeddings.get().embed("Clear status reports."));
        assertThat(again.get(0)).isEqualTo(SharedEmbeddings.get().embed("Late for planning."));
    }

    @Test
    void tenantsDoNotShareVectors() {
        cache.embed(List.of("Clear status reports."));
        tenant.set(GLOBEX);
        cache.embed(List.of("Clear status reports."));
        tenant.set(ACME);
        cache.embed(List.of("Clear status reports."));

        assertThat(model.embedded).containsExactly("Clear status reports.", "Clear status reports.");
    }

    @Test
    void theLeastRecentlyUsedVectorsGoFirst() {
        SentenceVectorCache small = new SentenceVectorCache(model, () -> Optional.of(ACME), 2);
        small.embed(List.of("one", "two"));
        small.embed(List.of("one"));
        small.embed(List.of("three"));
        small.embed(List.of("one", "two"));

        assertThat(small.size()).isEqualTo(2);
        assertThat(model.embedded).containsExactly("one", "two", "three", "two");
    }

    @Test
    void aSummaryOfWarmedItemsRunsTheModelForNothingButItsNamesAndGivesTheSameThemes() {
        List<FeedbackItem> items = List.of(
                new FeedbackItem("a1", "Your status reports are unclear and come too late for planning.",
                        SummarySource.PEER, "en", TODAY.minusDays(3), false),
                new FeedbackItem("a2", "The status reports were late again and hard to follow.",
                        SummarySource.MANAGER, "en", TODAY.minusDays(10), false),
                new FeedbackItem("a3", "Great job mentoring the new hires, they felt welcome from day one.",
                        SummarySource.PEER, "en", TODAY.minusDays(5), false),
                new FeedbackItem("a4", "You mentor new colleagues patiently and they learn fast.",
                        SummarySource.UPWARD, "en", TODAY.minusDays(20), false));
        SummaryRequest request = new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY, Set.of());
        FeedbackSummary uncached = new FeedbackSummarizer(SharedEmbeddings.get(), null).summarize(request);
        FeedbackSummarizer summarizer = new FeedbackSummarizer(cache, null);

        summarizer.warm(items);
        int warmed = model.embedded.size();
        FeedbackSummary summary = summarizer.summarize(request);

        assertThat(warmed).isPositive();
        assertThat(model.embedded.subList(warmed, model.embedded.size()))
                .as("the summary embeds no sentence the warm-up already embedded")
                .doesNotContainAnyElementsOf(model.embedded.subList(0, warmed));
        assertThat(summary.themes()).extracting(theme -> theme.name().label())
                .isEqualTo(uncached.themes().stream().map(theme -> theme.name().label()).toList());
    }

    @Test
    void theEnglishGlossOfSwedishFeedbackIsPreparedWhenItIsWrittenToo() {
        List<FeedbackItem> items = List.of(
                new FeedbackItem("s1", "Kundmötena blir ofta inställda med kort varsel.", SummarySource.PEER, null,
                        TODAY.minusDays(3), false),
                new FeedbackItem("s2", "Veckorapporten kom sent igen och var svår att följa.", SummarySource.MANAGER,
                        "sv", TODAY.minusDays(10), false),
                new FeedbackItem("s3", "Du är en fantastisk handledare för de nyanställda.", SummarySource.PEER, "sv",
                        TODAY.minusDays(5), false));
        FeedbackSummarizer summarizer = new FeedbackSummarizer(cache,
                FeedbackSummarizer.Options.defaults().withSwedishGlossWeight(0.6).withSwedish(0, 0.15));

        summarizer.warm(items);
        int warmed = model.embedded.size();
        summarizer.summarize(new SummaryRequest(items, TODAY.minusMonths(6), TODAY, TODAY, Set.of()));

        assertThat(model.embedded.subList(0, warmed)).as("the glosses are embedded when the items are written")
                .contains(SwedishGloss.gloss("Kundmötena blir ofta inställda med kort varsel."))
                .anyMatch(text -> text.startsWith("customer meeting"));
        assertThat(model.embedded.subList(warmed, model.embedded.size()))
                .as("the summary embeds no sentence or gloss the warm-up already embedded")
                .doesNotContainAnyElementsOf(model.embedded.subList(0, warmed));
    }
}
