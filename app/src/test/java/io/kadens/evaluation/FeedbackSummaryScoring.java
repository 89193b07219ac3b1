package io.kadens.evaluation;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.summary.FeedbackItem;
import io.kadens.ai.summary.FeedbackSummarizer;
import io.kadens.ai.summary.FeedbackSummary;
import io.kadens.ai.summary.KnowledgeThemeNamer;
import io.kadens.ai.summary.Polarity;
import io.kadens.ai.summary.Quote;
import io.kadens.ai.summary.SummaryRequest;
import io.kadens.ai.summary.SummarySource;
import io.kadens.ai.summary.Theme;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.ai.embedding.EmbeddingModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores theme recovery on the feedback threads of src/test/resources/eval/feedback-summary.json.
 * Each sentence there has a gold label ({@code <competency>+}, {@code <competency>-} or {@code 0}).
 * A predicted theme's label is {@code <name's competency><polarity>} and, independently, the majority
 * gold label of its quotes; it is correct when either label is among the person's expected themes.
 * Precision: correct themes / themes predicted; recall: expected themes found / expected; polarity
 * accuracy: themes whose quotes' majority label has the theme's polarity / themes with a labelled majority.
 */
final class FeedbackSummaryScoring {

    record Competency(String id, String language, String text) {
    }

    record Item(String source, int daysAgo, Boolean anonymous, List<String> sentences) {
    }

    record Person(String name, String language, List<String> expected, List<Item> items) {
    }

    record Fixture(String description, List<Competency> competencies, List<Person> people) {
    }

    record Score(int predicted, int correct, int correctByName, int expected, int found, int polarityLabelled,
                 int polarityCorrect, List<String> notes) {

        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double precisionByName() {
            return predicted == 0 ? 0 : (double) correctByName / predicted;
        }

        double recall() {
            return expected == 0 ? 0 : (double) found / expected;
        }

        double polarityAccuracy() {
            return polarityLabelled == 0 ? 0 : (double) polarityCorrect / polarityLabelled;
        }
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private FeedbackSummaryScoring() {
    }

    static Fixture fixture() {
        try (InputStream in = FeedbackSummaryScoring.class.getResourceAsStream("/eval/feedback-summary.json")) {
            return JsonMapper.builder().build().readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the fixture's competency framework for the tenant, as the content library would. */
    static void indexCompetencies(KnowledgeIndex index, TenantId tenant, Fixture fixture) {
        TenantScope.run(tenant, () -> {
            Map<String, List<ChunkDraft>> byLanguage = new HashMap<>();
            for (Competency competency : fixture.competencies()) {
                byLanguage.computeIfAbsent(competency.language(), l -> new ArrayList<>()).add(new ChunkDraft(
                        competency.text(), competency.language(), List.of(competency.id()),
                        Map.of(ChunkDraft.TITLE, "Competency framework",
                                ChunkDraft.HEADING, "Competency framework › " + competency.id())));
            }
            byLanguage.forEach((language, chunks) -> index.replaceSource(io.kadens.ai.SourceTypes.COMPANY_CONTENT, "framework-" + language, chunks, null));
        });
    }

    static List<FeedbackItem> items(int personIndex, Person person) {
        List<FeedbackItem> items = new ArrayList<>();
        for (int i = 0; i < person.items().size(); i++) {
            Item item = person.items().get(i);
            String text = String.join(" ", item.sentences().stream().map(s -> s.substring(s.indexOf('|') + 1)).toList());
            items.add(new FeedbackItem("p" + personIndex + "-i" + i, text, SummarySource.valueOf(item.source()),
                    person.language(), TODAY.minusDays(item.daysAgo()), Boolean.TRUE.equals(item.anonymous())));
        }
        return items;
    }

    static Score score(EmbeddingModel embeddings, KnowledgeIndex index, TenantId tenant, Fixture fixture,
                       FeedbackSummarizer.Options options) {
        FeedbackSummarizer summarizer = new FeedbackSummarizer(embeddings, new KnowledgeThemeNamer(index::search, 0.30), options);
        int predicted = 0;
        int correct = 0;
        int correctByName = 0;
        int expected = 0;
        int found = 0;
        int polarityLabelled = 0;
        int polarityCorrect = 0;
        List<String> notes = new ArrayList<>();
        for (int p = 0; p < fixture.people().size(); p++) {
            Person person = fixture.people().get(p);
            Map<String, String> gold = new HashMap<>();
            person.items().forEach(item -> item.sentences().forEach(s ->
                    gold.put(s.substring(s.indexOf('|') + 1), s.substring(0, s.indexOf('|')))));
            SummaryRequest request = new SummaryRequest(items(p, person), TODAY.minusMonths(6), TODAY, TODAY,
                    EnumSet.of(SummarySource.PEER, SummarySource.MANAGER));
            FeedbackSummary summary = TenantScope.call(tenant, () -> summarizer.summarize(request));
            Set<String> recovered = new LinkedHashSet<>();
            List<String> shown = new ArrayList<>();
            for (Theme theme : summary.themes()) {
                predicted++;
                String sign = theme.polarity() == Polarity.STRENGTH ? "+" : "-";
                String byName = theme.name().competency() == null ? null : theme.name().competency() + sign;
                String byQuotes = majority(theme.quotes(), gold);
                boolean nameHit = byName != null && person.expected().contains(byName);
                boolean quoteHit = byQuotes != null && person.expected().contains(byQuotes);
                if (nameHit || quoteHit) {
                    correct++;
                    recovered.add(nameHit ? byName : byQuotes);
                }
                if (nameHit) {
                    correctByName++;
                }
                if (byQuotes != null) {
                    polarityLabelled++;
                    if (byQuotes.endsWith(sign)) {
                        polarityCorrect++;
                    }
                }
                shown.add("%s%s [quotes: %s]%s".formatted(theme.name().label(), sign, byQuotes,
                        nameHit || quoteHit ? "" : " ✗"));
            }
            expected += person.expected().size();
            found += (int) person.expected().stream().filter(recovered::contains).count();
            List<String> missed = person.expected().stream().filter(e -> !recovered.contains(e)).toList();
            notes.add("  %-28s themes %s%s".formatted(person.name(), shown,
                    missed.isEmpty() ? "" : "; missed " + missed));
        }
        return new Score(predicted, correct, correctByName, expected, found, polarityLabelled, polarityCorrect, notes);
    }

    /** The most frequent gold label among a theme's quotes, ignoring unlabelled sentences. */
    private static String majority(List<Quote> quotes, Map<String, String> gold) {
        Map<String, Integer> counts = new HashMap<>();
        for (Quote quote : quotes) {
            gold.entrySet().stream()
                    .filter(entry -> entry.getKey().contains(quote.text()) || quote.text().contains(entry.getKey()))
                    .map(Map.Entry::getValue).filter(label -> !label.equals("0")).findFirst()
                    .ifPresent(label -> counts.merge(label, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }
}
