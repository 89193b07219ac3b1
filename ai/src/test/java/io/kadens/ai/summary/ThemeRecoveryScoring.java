package io.kadens.ai.summary;

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
import java.util.stream.Collectors;
import org.springframework.ai.embedding.EmbeddingModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores theme finding and naming on labelled feedback threads (src/test/resources/eval/feedback-summary*.json).
 * Every sentence there carries its reference theme id (or 0). A predicted theme recovers the reference
 * theme that most of its labelled sentences belong to, when the polarities agree: a theme that merges
 * two reference themes recovers at most one of them. Recall: reference themes recovered / reference
 * themes; precision: predicted themes that recover one / predicted themes. Names: the share of predicted
 * names that pass the written rubric ({@link ThemeNameRubric}), and the stricter share of recovered
 * themes whose name a person listed as acceptable (or is the reference theme's competency).
 */
final class ThemeRecoveryScoring {

    static final String DEVELOPMENT_OLD = "/eval/feedback-summary.json";
    static final String DEVELOPMENT = "/eval/feedback-summary-dev.json";
    /** The first held-out set: looked at by earlier runs, so development material since 2026-12-06. */
    static final String DEVELOPMENT_FORMER_HELD_OUT = "/eval/feedback-summary-heldout.json";
    /** The second held-out set: scored once by the second 2026-12-06 round, development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_2 = "/eval/feedback-summary-heldout-2.json";
    /** The third held-out set: scored once by the third 2026-12-06 round (themes14b), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_3 = "/eval/feedback-summary-heldout-3.json";
    /** The fourth held-out set: scored twice by the first 2026-12-07 round (feedback14f), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_4 = "/eval/feedback-summary-heldout-4.json";
    /** The fifth held-out set: scored twice by the second 2026-12-07 round (feedback14g), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_5 = "/eval/feedback-summary-heldout-5.json";
    /**
     * The sixth held-out set: scored three times by the third 2026-12-07 round (feedback14h) and once for the polarity
     * change, development material since.
     */
    static final String DEVELOPMENT_FORMER_HELD_OUT_6 = "/eval/feedback-summary-heldout-6.json";
    /** The seventh held-out set: scored twice by the fourth 2026-12-07 round (feedback14i), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_7 = "/eval/feedback-summary-heldout-7.json";
    /** The eighth held-out set: scored twice by the fifth 2026-12-07 round (feedback14j), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_8 = "/eval/feedback-summary-heldout-8.json";
    /** The ninth held-out set: scored twice by the sixth 2026-12-07 round (feedback14k), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_9 = "/eval/feedback-summary-heldout-9.json";
    /** The tenth held-out set: scored twice by the seventh 2026-12-07 round (feedback14l), development material since. */
    static final String DEVELOPMENT_FORMER_HELD_OUT_10 = "/eval/feedback-summary-heldout-10.json";
    /**
     * The eleventh held-out set: written blind, scored twice by the eighth 2026-12-07 round (feedback14m), development
     * material since.
     */
    static final String DEVELOPMENT_FORMER_HELD_OUT_11 = "/eval/feedback-summary-heldout-11.json";
    /**
     * Development threads from trades, farming, care, transport and hospitality, written for the ninth 2026-12-07 round
     * (feedback14n) by someone who never read the summariser; development material from the start.
     */
    static final String DEVELOPMENT_WORKPLACES = "/eval/feedback-summary-dev-workplaces.json";
    /**
     * The twelfth held-out set: written blind, scored once by the ninth 2026-12-07 round (feedback14n), development
     * material since.
     */
    static final String DEVELOPMENT_FORMER_HELD_OUT_12 = "/eval/feedback-summary-heldout-12.json";
    /**
     * The held-out sets: the thirteenth, written and committed before the tenth 2026-12-07 round (feedback14o) by
     * someone who never read the summariser and left unspent by that round, and the fourteenth, written the same way
     * before the eleventh round (2026-12-07, evening). Never tuned on; reported each on its own and both together.
     */
    static final List<String> HELD_OUT = List.of("/eval/feedback-summary-heldout-13.json",
            "/eval/feedback-summary-heldout-14.json");
    static final List<String> DEVELOPMENT_SETS = List.of(DEVELOPMENT_OLD, DEVELOPMENT, DEVELOPMENT_FORMER_HELD_OUT,
            DEVELOPMENT_FORMER_HELD_OUT_2, DEVELOPMENT_FORMER_HELD_OUT_3, DEVELOPMENT_FORMER_HELD_OUT_4,
            DEVELOPMENT_FORMER_HELD_OUT_5, DEVELOPMENT_FORMER_HELD_OUT_6, DEVELOPMENT_FORMER_HELD_OUT_7,
            DEVELOPMENT_FORMER_HELD_OUT_8, DEVELOPMENT_FORMER_HELD_OUT_9, DEVELOPMENT_FORMER_HELD_OUT_10,
            DEVELOPMENT_FORMER_HELD_OUT_11, DEVELOPMENT_WORKPLACES, DEVELOPMENT_FORMER_HELD_OUT_12);
    /**
     * The files the committed polarity model is fitted to: the fourteen development files of the twelfth-set round
     * (2026-12-07), so that the shipped model is the kind of model each leave-one-set-out fold fits to the other
     * files ({@code FeedbackThemeLeaveOneSetOutEvaluation}); until then the nine files of the eighth-set round. The
     * twelfth set joined development in the thirteenth-set round, which did not refit the model, so it is not among
     * them. {@code PolarityEvaluation} scores the model on each with a model fitted to the others (leave one set out),
     * which is how the model's features and settings were chosen
     * (docs/decisions/2026-12-07-feedback-polarity-new-feedback.md, -feedback-themes-twelfth-set.md).
     */
    static final List<String> POLARITY_TRAINING_SETS = List.of(DEVELOPMENT_OLD, DEVELOPMENT,
            DEVELOPMENT_FORMER_HELD_OUT, DEVELOPMENT_FORMER_HELD_OUT_2, DEVELOPMENT_FORMER_HELD_OUT_3,
            DEVELOPMENT_FORMER_HELD_OUT_4, DEVELOPMENT_FORMER_HELD_OUT_5, DEVELOPMENT_FORMER_HELD_OUT_6,
            DEVELOPMENT_FORMER_HELD_OUT_7, DEVELOPMENT_FORMER_HELD_OUT_8, DEVELOPMENT_FORMER_HELD_OUT_9,
            DEVELOPMENT_FORMER_HELD_OUT_10, DEVELOPMENT_FORMER_HELD_OUT_11, DEVELOPMENT_WORKPLACES);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    record Competency(String id, String language, String name, String text) {

        String displayName() {
            return name != null ? name : text.substring(0, text.indexOf('.'));
        }

        String description() {
            String display = displayName();
            return text.startsWith(display + ".") ? text.substring(display.length() + 1).strip() : text;
        }
    }

    record Item(String source, int daysAgo, Boolean anonymous, List<String> sentences) {
    }

    record ReferenceTheme(String id, String polarity, String competency, List<String> names) {
    }

    record Thread(String name, String language, List<ReferenceTheme> themes, List<Item> items) {
    }

    record Person(String name, String language, List<String> expected, List<Item> items) {
    }

    record Fixture(String description, List<Competency> competencies, List<Person> people, List<Thread> threads) {
    }

    record Loaded(List<Competency> competencies, List<Thread> threads) {
    }

    record Score(int predicted, int correct, int expected, int recovered, int namesPassing, int namesAcceptable,
                 int polarityRight, int polarityLabelled, List<String> notes) {

        double recall() {
            return expected == 0 ? 0 : (double) recovered / expected;
        }

        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double namesPassingShare() {
            return predicted == 0 ? 0 : (double) namesPassing / predicted;
        }

        double polarityShare() {
            return polarityLabelled == 0 ? 0 : (double) polarityRight / polarityLabelled;
        }

        double namesAcceptableShare() {
            return recovered == 0 ? 0 : (double) namesAcceptable / recovered;
        }

        Score plus(Score other) {
            List<String> all = new ArrayList<>(notes);
            all.addAll(other.notes);
            return new Score(predicted + other.predicted, correct + other.correct, expected + other.expected,
                    recovered + other.recovered, namesPassing + other.namesPassing,
                    namesAcceptable + other.namesAcceptable, polarityRight + other.polarityRight,
                    polarityLabelled + other.polarityLabelled, all);
        }
    }

    private ThemeRecoveryScoring() {
    }

    /** Whether {@link #score} prints each wrong theme's members and what made them alike (leave one set out only). */
    static boolean diagnose;

    /**
     * A wrong theme, member by member: its reference label and text, and for each member its most alike other member
     * of another label (or of the same, if none), with the parts of their similarity: the embedding of the remarks (of
     * their English gloss when both are Swedish), the cosine of their topic words' letter grams (before TF-IDF), and
     * the thesaurus concepts both name.
     */
    private static void printWrongTheme(EmbeddingModel embeddings, String threadName, String language, Theme theme,
                                        Map<String, String> gold, String majority) {
        List<Quote> sentences = theme.sentences();
        List<String> labels = sentences.stream().map(q -> gold.entrySet().stream()
                .filter(e -> e.getKey().contains(q.text())).map(Map.Entry::getValue).findFirst().orElse("?")).toList();
        boolean swedish = "sv".equals(language);
        List<String> embedded = sentences.stream().map(q -> swedish ? SwedishGloss.gloss(q.text()) : q.text())
                .map(t -> t.isBlank() ? "-" : t).toList();
        List<float[]> vectors = embeddings.embed(embedded);
        StringBuilder out = new StringBuilder("WRONG %s | %s %s%s [majority %s] %d members%n".formatted(language,
                threadName, theme.name().label(), theme.polarity() == Polarity.STRENGTH ? "+" : "-", majority,
                sentences.size()));
        for (int i = 0; i < sentences.size(); i++) {
            int best = -1;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < sentences.size(); j++) {
                if (j == i) {
                    continue;
                }
                double s = Clustering.dot(vectors.get(i), vectors.get(j));
                boolean other = !labels.get(j).equals(labels.get(i));
                // prefer a partner of another label: that pair is what joined two topics
                double key = s + (other ? 10 : 0);
                if (key > bestSimilarity) {
                    bestSimilarity = key;
                    best = j;
                }
            }
            List<String> wordsI = TopicWords.topicWords(sentences.get(i).text(), language);
            List<String> wordsJ = TopicWords.topicWords(sentences.get(best).text(), language);
            Set<String> concepts = new LinkedHashSet<>(TopicConcepts.concepts(sentences.get(i).text()));
            concepts.retainAll(TopicConcepts.concepts(sentences.get(best).text()));
            out.append("   [%s] %s | topic %s%s%n        ~[%s] emb %.2f grams %.2f concepts %s%n".formatted(
                    labels.get(i), sentences.get(i).text(), wordsI, swedish ? " | gloss: " + embedded.get(i) : "",
                    labels.get(best), Clustering.dot(vectors.get(i), vectors.get(best)),
                    TopicWords.cosine(TopicWords.grams(wordsI), TopicWords.grams(wordsJ)), concepts));
        }
        System.out.print(out);
    }

    /** A fixture in either format: the first development file lists expected competency themes per person. */
    static Loaded load(String resource) {
        Fixture fixture;
        try (InputStream in = ThemeRecoveryScoring.class.getResourceAsStream(resource)) {
            fixture = JsonMapper.builder().build().readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fixture.threads() != null) {
            return new Loaded(fixture.competencies(), fixture.threads());
        }
        List<Thread> threads = new ArrayList<>();
        for (Person person : fixture.people()) {
            List<ReferenceTheme> themes = person.expected().stream().map(label -> {
                String competency = label.substring(0, label.length() - 1);
                String name = fixture.competencies().stream()
                        .filter(c -> c.id().equals(competency) && c.language().equals(person.language()))
                        .map(Competency::displayName).findFirst().orElse(competency);
                return new ReferenceTheme(label, label.endsWith("+") ? "STRENGTH" : "GROWTH_AREA", competency, List.of(name));
            }).toList();
            threads.add(new Thread(person.name(), person.language(), themes, person.items()));
        }
        return new Loaded(fixture.competencies(), threads);
    }

    static List<FeedbackItem> items(int threadIndex, Thread thread) {
        List<FeedbackItem> items = new ArrayList<>();
        for (int i = 0; i < thread.items().size(); i++) {
            Item item = thread.items().get(i);
            items.add(new FeedbackItem("t" + threadIndex + "-i" + i, text(item), SummarySource.valueOf(item.source()),
                    thread.language(), TODAY.minusDays(item.daysAgo()), Boolean.TRUE.equals(item.anonymous())));
        }
        return items;
    }

    private static String text(Item item) {
        return String.join(" ", item.sentences().stream().map(s -> s.substring(s.indexOf('|') + 1)).toList());
    }

    static SummaryRequest request(int threadIndex, Thread thread, List<Competency> competencies) {
        List<CompetencyName> names = competencies.stream().filter(c -> c.language().equals(thread.language()))
                .map(c -> new CompetencyName(c.id(), c.displayName(), c.description())).toList();
        return new SummaryRequest(items(threadIndex, thread), TODAY.minusMonths(6), TODAY, TODAY,
                EnumSet.of(SummarySource.PEER, SummarySource.MANAGER), names);
    }

    /** Every development file, scored with the same options. */
    static Score development(EmbeddingModel embeddings, FeedbackSummarizer.Options options) {
        Score total = new Score(0, 0, 0, 0, 0, 0, 0, 0, List.of());
        for (String resource : DEVELOPMENT_SETS) {
            total = total.plus(score(embeddings, load(resource), options));
        }
        return total;
    }

    static int developmentThreads() {
        return DEVELOPMENT_SETS.stream().mapToInt(resource -> load(resource).threads().size()).sum();
    }

    static Score score(EmbeddingModel embeddings, Loaded fixture, FeedbackSummarizer.Options options) {
        return score(embeddings, fixture, options, FeedbackSummarizer.Grouping.defaults());
    }

    static Score score(EmbeddingModel embeddings, Loaded fixture, FeedbackSummarizer.Options options,
                       FeedbackSummarizer.Grouping grouping) {
        return score(embeddings, fixture, options, grouping, FeedbackSummarizer.CONTRAST_JOINS_CRITICISM);
    }

    static Score score(EmbeddingModel embeddings, Loaded fixture, FeedbackSummarizer.Options options,
                       FeedbackSummarizer.Grouping grouping, boolean contrastJoinsCriticism) {
        return score(embeddings, fixture, options, grouping, contrastJoinsCriticism, PolarityScorer.COMMITTED);
    }

    /** @param polarity the polarity model: the committed one, or (leave one set out) one fitted to the other files */
    static Score score(EmbeddingModel embeddings, Loaded fixture, FeedbackSummarizer.Options options,
                       FeedbackSummarizer.Grouping grouping, boolean contrastJoinsCriticism, PolarityScorer polarity) {
        return score(embeddings, fixture, options, grouping, contrastJoinsCriticism, polarity,
                FeedbackSummarizer.Rules.defaults());
    }

    /** @param rules the eleventh-set round's rules ({@link FeedbackSummarizer.Rules}) */
    static Score score(EmbeddingModel embeddings, Loaded fixture, FeedbackSummarizer.Options options,
                       FeedbackSummarizer.Grouping grouping, boolean contrastJoinsCriticism, PolarityScorer polarity,
                       FeedbackSummarizer.Rules rules) {
        FeedbackSummarizer summarizer = new FeedbackSummarizer(embeddings, options, grouping, contrastJoinsCriticism,
                polarity, rules);
        Score total = new Score(0, 0, 0, 0, 0, 0, 0, 0, List.of());
        for (int t = 0; t < fixture.threads().size(); t++) {
            Thread thread = fixture.threads().get(t);
            Map<String, String> gold = new HashMap<>();
            thread.items().forEach(item -> item.sentences().forEach(s ->
                    gold.put(s.substring(s.indexOf('|') + 1), s.substring(0, s.indexOf('|')))));
            Map<String, ReferenceTheme> reference = thread.themes().stream()
                    .collect(Collectors.toMap(ReferenceTheme::id, theme -> theme));
            Set<String> competencyNames = fixture.competencies().stream()
                    .filter(c -> c.language().equals(thread.language())).map(Competency::displayName)
                    .collect(Collectors.toSet());
            String itemsText = String.join(" ", thread.items().stream().map(ThemeRecoveryScoring::text).toList());
            SummaryRequest request = request(t, thread, fixture.competencies());
            FeedbackSummary summary = summarizer.summarize(request);
            int polarOk = 0;
            int labelled = 0;
            for (FeedbackSummarizer.Unit unit : FeedbackSummarizer.units(request.items(), options.polarityThreshold(),
                    embeddings, contrastJoinsCriticism, polarity)) {
                String label = gold.entrySet().stream().filter(e -> e.getKey().contains(unit.text())).map(Map.Entry::getValue)
                        .findFirst().orElse("0");
                ReferenceTheme ref = reference.get(label);
                if (ref != null) {
                    labelled++;
                    boolean sign = ref.polarity().equals("STRENGTH") ? unit.polarity() >= options.polarityThreshold()
                            : unit.polarity() <= -options.polarityThreshold();
                    if (sign) {
                        polarOk++;
                    }
                }
            }
            Set<String> recovered = new LinkedHashSet<>();
            int correct = 0;
            int passing = 0;
            int acceptable = 0;
            List<String> shown = new ArrayList<>();
            for (Theme theme : summary.themes()) {
                String label = majority(theme, gold);
                ReferenceTheme matched = label == null ? null : reference.get(label);
                boolean hit = matched != null && matched.polarity().equals(theme.polarity().name());
                List<String> failures = ThemeNameRubric.failures(theme.name().label(), thread.language(), itemsText,
                        competencyNames);
                if (failures.isEmpty()) {
                    passing++;
                }
                boolean nameOk = false;
                if (hit) {
                    correct++;
                    if (recovered.add(label)) {
                        nameOk = ThemeNameRubric.acceptable(theme.name().label(), matched.names())
                                || matched.competency() != null && matched.competency().equals(theme.name().competency());
                        if (nameOk) {
                            acceptable++;
                        }
                    }
                }
                if (!hit && diagnose) {
                    printWrongTheme(embeddings, thread.name(), thread.language(), theme, gold, label);
                }
                shown.add("%s%s [%s]%s%s".formatted(theme.name().label(), theme.polarity() == Polarity.STRENGTH ? "+" : "-",
                        label, hit ? "" : " ✗", failures.isEmpty() ? "" : " (name: " + String.join(", ", failures) + ")"));
            }
            List<String> missed = thread.themes().stream().map(ReferenceTheme::id).filter(id -> !recovered.contains(id)).toList();
            String note = "  %-34s polarity %d/%d %s%s".formatted(thread.name(), polarOk, labelled, shown, missed.isEmpty() ? "" : "; missed " + missed);
            total = total.plus(new Score(summary.themes().size(), correct, thread.themes().size(), recovered.size(),
                    passing, acceptable, polarOk, labelled, List.of(note)));
        }
        return total;
    }

    /** The reference theme most of the theme's labelled sentences belong to (ties: none). */
    private static String majority(Theme theme, Map<String, String> gold) {
        Map<String, Integer> counts = new HashMap<>();
        for (Quote sentence : theme.sentences()) {
            gold.entrySet().stream().filter(entry -> entry.getKey().contains(sentence.text()))
                    .map(Map.Entry::getValue).findFirst()
                    .ifPresent(label -> counts.merge(label, 1, Integer::sum));
        }
        counts.remove("0");
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return top.size() == 1 ? top.getFirst() : null;
    }
}
