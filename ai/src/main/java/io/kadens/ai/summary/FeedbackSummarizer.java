package io.kadens.ai.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The offline feedback summary: no network, no model but the in-process sentence embeddings.
 * <ol>
 *   <li>Every item is split into sentences (and the sides of a "but"); each gets a polarity score
 *       from the {@link PolarityLexicon}. Sentences with no clear polarity ("Thanks for Tuesday.")
 *       support no theme.</li>
 *   <li>Praise and growth sentences are clustered separately ({@link Clustering}): a theme is
 *       either a strength or a growth area, and the same competency may appear as both.</li>
 *   <li>A cluster becomes a theme when it rests on enough distinct items; it is named by the
 *       {@link ThemeNamer} (nearest competency or company content) or else by its most telling
 *       words, and themes of the same polarity and name are merged.</li>
 *   <li>Quotes: the most central sentences (highest mean similarity with the rest of the theme),
 *       at most one per item, at most three.</li>
 * </ol>
 */
public final class FeedbackSummarizer {

    /**
     * @param mergeThreshold     least average cosine similarity for two sentence clusters to merge
     * @param polarityThreshold  least absolute lexicon score for a sentence to count as praise or growth
     * @param maxThemes          most themes per polarity
     * @param minItems           fewer items than this and the summary says it rests on too little
     * @param recentWeeks        nothing dated in this many weeks is a caveat
     * @param mostlyRecentPercent at least this share of dated items from the last 30 days is a caveat
     */
    public record Options(double mergeThreshold, double polarityThreshold, int maxThemes, int minItems,
                          int recentWeeks, int mostlyRecentPercent) {

        public static Options defaults() {
            return new Options(0.30, 0.5, 5, 5, 6, 60);
        }

        public Options withMergeThreshold(double value) {
            return new Options(value, polarityThreshold, maxThemes, minItems, recentWeeks, mostlyRecentPercent);
        }
    }

    private record Unit(FeedbackItem item, String text, double polarity) {
    }

    private record Group(ThemeName name, Polarity polarity, List<Integer> units) {
    }

    private final EmbeddingModel embeddings;
    private final ThemeNamer namer;
    private final Options options;

    public FeedbackSummarizer(EmbeddingModel embeddings, ThemeNamer namer, Options options) {
        this.embeddings = Objects.requireNonNull(embeddings);
        this.namer = namer == null ? ThemeNamer.NONE : namer;
        this.options = options == null ? Options.defaults() : options;
    }

    public FeedbackSummary summarize(SummaryRequest request) {
        List<FeedbackItem> items = request.items().stream().filter(item -> !item.text().isBlank()).toList();
        List<Unit> units = new ArrayList<>();
        for (FeedbackItem item : items) {
            String language = item.language() != null ? item.language() : PolarityLexicon.guessLanguage(item.text());
            for (String sentence : Sentences.split(item.text())) {
                units.add(new Unit(item, sentence, PolarityLexicon.score(sentence, language)));
            }
        }
        List<float[]> vectors = units.isEmpty() ? List.of()
                : embeddings.embed(units.stream().map(Unit::text).toList());
        // A theme is what several items share: one person's single remark is not a pattern.
        int minThemeItems = 2;
        List<Theme> themes = new ArrayList<>();
        for (Polarity polarity : Polarity.values()) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                double score = units.get(i).polarity();
                if (polarity == Polarity.STRENGTH ? score >= options.polarityThreshold()
                        : score <= -options.polarityThreshold()) {
                    members.add(i);
                }
            }
            themes.addAll(themes(polarity, members, units, vectors, minThemeItems));
        }
        Coverage coverage = coverage(items, request);
        return new FeedbackSummary(themes, coverage, caveats(coverage, request, themes));
    }

    private List<Theme> themes(Polarity polarity, List<Integer> members, List<Unit> units, List<float[]> vectors,
                               int minThemeItems) {
        List<float[]> memberVectors = members.stream().map(vectors::get).toList();
        List<Group> groups = new ArrayList<>();
        for (List<Integer> cluster : Clustering.cluster(memberVectors, options.mergeThreshold())) {
            List<Integer> unitIndexes = cluster.stream().map(members::get).toList();
            if (distinctItems(unitIndexes, units) < minThemeItems) {
                continue;
            }
            groups.add(new Group(null, polarity, unitIndexes));
        }
        // Name each cluster, then merge clusters that ended up with the same name.
        Map<String, Group> byName = new LinkedHashMap<>();
        for (Group group : groups) {
            List<Integer> ordered = byCentrality(group.units(), vectors);
            float[] centroid = Clustering.centroid(group.units().stream().map(vectors::get).toList());
            List<String> typical = ordered.stream().limit(3).map(i -> units.get(i).text()).toList();
            ThemeName name = namer.name(centroid, typical)
                    .orElseGet(() -> ThemeName.keywords(keywords(group.units().stream().map(i -> units.get(i).text()).toList())));
            String key = name.label().toLowerCase(Locale.ROOT);
            Group existing = byName.get(key);
            if (existing == null) {
                byName.put(key, new Group(name, polarity, group.units()));
            } else {
                List<Integer> merged = new ArrayList<>(existing.units());
                merged.addAll(group.units());
                ThemeName closer = existing.name().similarity() >= name.similarity() ? existing.name() : name;
                byName.put(key, new Group(closer, polarity, merged));
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (Group group : byName.values()) {
            List<Integer> ordered = byCentrality(group.units(), vectors);
            Map<Integer, Double> centrality = centrality(group.units(), vectors);
            List<Quote> quotes = new ArrayList<>();
            List<Quote> sentences = new ArrayList<>();
            Set<String> quoted = new LinkedHashSet<>();
            for (int index : ordered) {
                Unit unit = units.get(index);
                Quote sentence = new Quote(unit.item().id(), unit.text(), centrality.get(index), unit.item().anonymous());
                sentences.add(sentence);
                if (quotes.size() < 3 && quoted.add(unit.item().id())) {
                    quotes.add(sentence);
                }
            }
            List<String> itemIds = group.units().stream().map(i -> units.get(i).item().id()).distinct().toList();
            double score = group.units().stream().mapToDouble(i -> units.get(i).polarity()).average().orElse(0);
            themes.add(new Theme(group.name(), polarity, score, quotes, itemIds, group.units().size(), sentences, List.of()));
        }
        themes.sort(Comparator.comparingInt((Theme theme) -> theme.itemIds().size()).reversed()
                .thenComparing(Comparator.comparingInt(Theme::sentenceCount).reversed()));
        return themes.subList(0, Math.min(options.maxThemes(), themes.size()));
    }

    private static int distinctItems(List<Integer> unitIndexes, List<Unit> units) {
        return (int) unitIndexes.stream().map(i -> units.get(i).item().id()).distinct().count();
    }

    private static Map<Integer, Double> centrality(List<Integer> group, List<float[]> vectors) {
        Map<Integer, Double> centrality = new HashMap<>();
        for (int i : group) {
            double sum = 0;
            for (int j : group) {
                if (i != j) {
                    sum += Clustering.dot(vectors.get(i), vectors.get(j));
                }
            }
            centrality.put(i, group.size() == 1 ? 1.0 : sum / (group.size() - 1));
        }
        return centrality;
    }

    private static List<Integer> byCentrality(List<Integer> group, List<float[]> vectors) {
        Map<Integer, Double> centrality = centrality(group, vectors);
        return group.stream().sorted(Comparator.comparingDouble((Integer i) -> centrality.get(i)).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
    private static final Set<String> STOPWORDS = Set.of(
            "that", "this", "with", "have", "from", "they", "their", "them", "about", "what", "when", "were", "been",
            "your", "very", "really", "more", "less", "also", "just", "much", "some", "into", "would", "could",
            "should", "always", "often", "sometimes", "there", "which", "will", "like", "make", "makes", "made",
            "than", "then", "team", "work", "good", "great", "well", "thanks", "thank", "helpful", "better",
            "som", "att", "det", "den", "där", "här", "hade", "har", "inte", "mycket", "alltid", "också", "bara",
            "eller", "till", "från", "över", "under", "skulle", "kunde", "borde", "vara", "blir", "blev", "sina",
            "sitt", "sin", "hans", "hennes", "deras", "våra", "vårt", "vår", "teamet", "jobbet", "bättre", "gärna",
            "ibland", "ofta", "tack", "efter", "innan", "när", "eftersom", "något", "några", "mer", "mera");

    /** The theme's one or two most frequent telling words, when nothing in the company's content fits. */
    static String keywords(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String sentence : sentences) {
            Set<String> seen = new LinkedHashSet<>();
            var matcher = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                String word = matcher.group();
                if (!STOPWORDS.contains(word) && seen.add(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        if (top.isEmpty()) {
            return "…";
        }
        String label = String.join(" · ", top);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static Coverage coverage(List<FeedbackItem> items, SummaryRequest request) {
        Map<SummarySource, Integer> bySource = new EnumMap<>(SummarySource.class);
        for (SummarySource source : SummarySource.values()) {
            bySource.put(source, 0);
        }
        LocalDate first = null;
        LocalDate last = null;
        int dated = 0;
        int recent = 0;
        int anonymous = 0;
        LocalDate recentFrom = request.reference().minusDays(Coverage.RECENT_DAYS - 1L);
        for (FeedbackItem item : items) {
            bySource.merge(item.source(), 1, Integer::sum);
            if (item.anonymous()) {
                anonymous++;
            }
            LocalDate day = item.givenOn();
            if (day == null) {
                continue;
            }
            dated++;
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
            if (!day.isBefore(recentFrom)) {
                recent++;
            }
        }
        return new Coverage(items.size(), bySource, anonymous, first, last, recent,
                dated == 0 ? 0 : (double) recent / dated);
    }

    private List<Caveat> caveats(Coverage coverage, SummaryRequest request, List<Theme> themes) {
        List<Caveat> caveats = new ArrayList<>();
        if (coverage.items() < options.minItems()) {
            caveats.add(new Caveat(Caveat.Kind.TOO_FEW_ITEMS, coverage.items()));
        }
        Map<SummarySource, Caveat.Kind> missing = Map.of(SummarySource.PEER, Caveat.Kind.NO_PEER_FEEDBACK,
                SummarySource.UPWARD, Caveat.Kind.NO_UPWARD_FEEDBACK, SummarySource.MANAGER, Caveat.Kind.NO_MANAGER_FEEDBACK);
        for (SummarySource source : List.of(SummarySource.MANAGER, SummarySource.PEER, SummarySource.UPWARD)) {
            if (request.expectedSources().contains(source) && coverage.bySource().get(source) == 0) {
                caveats.add(new Caveat(missing.get(source), 0));
            }
        }
        LocalDate recentFrom = request.reference().minusWeeks(options.recentWeeks());
        long periodDays = request.reference().toEpochDay() - request.from().toEpochDay() + 1;
        boolean periodLongEnough = periodDays > options.recentWeeks() * 7L;
        if (periodLongEnough && coverage.items() > 0 && (coverage.lastDate() == null || coverage.lastDate().isBefore(recentFrom))) {
            caveats.add(new Caveat(Caveat.Kind.NOTHING_RECENT, options.recentWeeks()));
        }
        int recentPercent = (int) Math.round(coverage.recentShare() * 100);
        // Only a warning where the period is clearly longer than the recent window and there is enough to skew.
        if (periodDays > 2L * Coverage.RECENT_DAYS && coverage.items() - coverage.anonymous() >= 3
                && recentPercent >= options.mostlyRecentPercent()) {
            caveats.add(new Caveat(Caveat.Kind.MOSTLY_RECENT, recentPercent));
        }
        if (themes.isEmpty() && coverage.items() > 0) {
            caveats.add(new Caveat(Caveat.Kind.NO_THEMES, 0));
        }
        return caveats;
    }
}
