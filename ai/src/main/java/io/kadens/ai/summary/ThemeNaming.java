package io.kadens.ai.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * Names themes as a person would. A theme is named after a competency of the request when the
 * competency matches it well: its topic words occur in the theme's sentences and the theme is close in
 * meaning to the competency's description; each competency names at most one theme per polarity (the
 * best match). Otherwise the name is a short noun phrase of the theme's own sentences, in their
 * language: the one that most of the theme's items mention and the other themes do not ("reviews",
 * "statusrapporter", "speaking up in planning"). Words that carry the verdict ("clear", "late", "bra")
 * never make a name: the polarity is shown next to it. One naming object serves one summary, so no two
 * of its themes get the same phrase.
 */
final class ThemeNaming {

    private static final Set<String> LINKS = Set.of("of", "in", "on", "for", "to", "with", "i", "på", "av", "för",
            "om", "med", "till");
    private static final int MAX_PHRASE_WORDS = 4;
    /**
     * More than this share of a theme's sentences must mention a competency's own words for it to name the theme
     * (development threads: 0, 0.5 and 0.66 tried; 0.5 gives the most names a person listed).
     */
    static final double MIN_MENTIONING_SHARE = 0.5;
    /** Competency texts are the tenant's framework, asked for again with every summary. */
    private static final Map<String, float[]> COMPETENCY_VECTORS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_COMPETENCIES = 5_000;

    private final EmbeddingModel embeddings;
    private final List<CompetencyName> competencies;
    private final double threshold;
    private final double embeddingWeight;
    private final double swedishEmbeddingWeight;
    private final boolean courtesiesUnnamed;
    private final Set<String> usedPhrases = new HashSet<>();
    /** Each unit's tokens, read once: every candidate phrase is looked for in every unit. */
    private final Map<String, Set<String>> tokensByText = new HashMap<>();
    private List<List<String>> competencyWords;
    private List<float[]> competencyVectors;

    ThemeNaming(EmbeddingModel embeddings, List<CompetencyName> competencies, double threshold, double embeddingWeight) {
        this(embeddings, competencies, threshold, embeddingWeight, embeddingWeight);
    }

    /** As above, with the embedding's share for Swedish themes (the English-only model finds all Swedish alike). */
    ThemeNaming(EmbeddingModel embeddings, List<CompetencyName> competencies, double threshold, double embeddingWeight,
                double swedishEmbeddingWeight) {
        this(embeddings, competencies, threshold, embeddingWeight, swedishEmbeddingWeight, false);
    }

    /** @param courtesiesUnnamed a theme is not named after a courtesy among its remarks ({@link SocialNotes}) */
    ThemeNaming(EmbeddingModel embeddings, List<CompetencyName> competencies, double threshold, double embeddingWeight,
                double swedishEmbeddingWeight, boolean courtesiesUnnamed) {
        this.courtesiesUnnamed = courtesiesUnnamed;
        this.embeddings = embeddings;
        this.competencies = competencies;
        this.threshold = threshold;
        this.embeddingWeight = embeddingWeight;
        this.swedishEmbeddingWeight = swedishEmbeddingWeight;
    }

    /**
     * @param groups  the themes of one polarity, each its unit indexes, most representative first
     * @param units   every unit with a polarity
     * @param members the units of this polarity
     */
    List<ThemeName> name(List<List<Integer>> groups, List<FeedbackSummarizer.Unit> units, List<Integer> members) {
        ThemeName[] names = new ThemeName[groups.size()];
        assignCompetencies(groups, units, names);
        for (int g = 0; g < groups.size(); g++) {
            if (names[g] == null) {
                names[g] = ThemeName.phrase(phrase(groups.get(g), groups, units));
            }
        }
        return List.of(names);
    }

    private void assignCompetencies(List<List<Integer>> groups, List<FeedbackSummarizer.Unit> units, ThemeName[] names) {
        if (competencies.isEmpty() || groups.isEmpty()) {
            return;
        }
        prepareCompetencies();
        record Match(int group, int competency, double score) {
        }
        List<Match> matches = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> group = groups.get(g);
            long swedish = group.stream().filter(i -> "sv".equals(units.get(i).language())).count();
            double weight = swedish * 2 > group.size() ? swedishEmbeddingWeight : embeddingWeight;
            float[] centroid = weight > 0 && competencyVectors != null ? centroid(group, units) : null;
            for (int c = 0; c < competencies.size(); c++) {
                double lexical = lexicalMatch(group, units, competencyWords.get(c));
                double score = (1 - weight) * lexical;
                if (centroid != null) {
                    score += weight * Clustering.dot(centroid, competencyVectors.get(c));
                }
                // A competency most of the theme's sentences do not mention in its own words is a guess, however
                // close in meaning ("Kundfokus" on a theme about a policy that mentions customers once).
                if (lexical > MIN_MENTIONING_SHARE && score >= threshold) {
                    matches.add(new Match(g, c, score));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        Set<Integer> usedCompetencies = new HashSet<>();
        for (Match match : matches) {
            if (names[match.group()] == null && usedCompetencies.add(match.competency())) {
                names[match.group()] = ThemeName.competency(competencies.get(match.competency()), match.score());
            }
        }
    }

    private void prepareCompetencies() {
        if (competencyWords != null) {
            return;
        }
        competencyWords = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (CompetencyName competency : competencies) {
            String text = competency.name() + ". " + competency.description();
            String language = PolarityLexicon.guessLanguage(text);
            competencyWords.add(TopicWords.topicWords(text, language));
            texts.add(text);
        }
        if (embeddingWeight > 0 || swedishEmbeddingWeight > 0) {
            List<String> missing = texts.stream().filter(text -> !COMPETENCY_VECTORS.containsKey(text)).distinct().toList();
            if (!missing.isEmpty()) {
                if (COMPETENCY_VECTORS.size() + missing.size() > MAX_CACHED_COMPETENCIES) {
                    COMPETENCY_VECTORS.clear();
                }
                List<float[]> vectors = embeddings.embed(missing);
                for (int i = 0; i < missing.size(); i++) {
                    COMPETENCY_VECTORS.put(missing.get(i), vectors.get(i));
                }
            }
            competencyVectors = texts.stream().map(COMPETENCY_VECTORS::get).toList();
        }
    }

    private float[] centroid(List<Integer> group, List<FeedbackSummarizer.Unit> units) {
        List<float[]> vectors = group.stream().map(i -> units.get(i).vector()).filter(v -> v != null).toList();
        return vectors.isEmpty() ? null : Clustering.centroid(vectors);
    }

    /** Share of the theme's sentences that mention one of the competency's words. */
    private static double lexicalMatch(List<Integer> group, List<FeedbackSummarizer.Unit> units, List<String> words) {
        int mentioning = 0;
        for (int i : group) {
            if (units.get(i).topicWords().stream().anyMatch(word -> words.stream().anyMatch(other -> sameWord(word, other)))) {
                mentioning++;
            }
        }
        return group.isEmpty() ? 0 : (double) mentioning / group.size();
    }

    /** The same word inflected, or one inside the other's compound ("granskningar", "kodgranskningar"). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix >= 5 || (prefix >= 4 && max <= 5 && prefix == max - 1) || (prefix == max && max >= 4)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 6 && longer.endsWith(shorter.substring(0, shorter.length() - 1))
                || shorter.length() >= 6 && longer.contains(shorter);
    }

    private record Candidate(List<String> words, String surface, int firstSeen) {
    }

    /** The noun phrase of the theme's own sentences that best says what the theme is about. */
    private String phrase(List<Integer> group, List<List<Integer>> groups, List<FeedbackSummarizer.Unit> units) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, Integer> surfaceCounts = new HashMap<>();
        int order = 0;
        List<Integer> sources = group;
        if (courtesiesUnnamed) {
            // "Thanks for the book tips" rides along with a theme about authors: the theme is about the authors.
            List<Integer> remarks = group.stream()
                    .filter(i -> !SocialNotes.isSocialNote(units.get(i).text(), units.get(i).language())).toList();
            sources = remarks.isEmpty() ? group : remarks;
        }
        for (int index : sources) {
            FeedbackSummarizer.Unit unit = units.get(index);
            List<String> original = originalTokens(unit.text());
            if (shouted(unit.text())) {
                // "GREAT WORK ON THE MIGRATION!!!" names a theme "Migration", not "MIGRATION".
                original = original.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            }
            List<String> lower = original.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            for (int start = 0; start < lower.size(); start++) {
                if (!content(original, lower, start, unit.language())) {
                    continue;
                }
                for (int end = start; end < Math.min(lower.size(), start + MAX_PHRASE_WORDS); end++) {
                    if (end > start && !content(original, lower, end, unit.language())
                            && !LINKS.contains(lower.get(end))) {
                        break;
                    }
                    if (!content(original, lower, end, unit.language())) {
                        continue;
                    }
                    List<String> words = lower.subList(start, end + 1);
                    String key = String.join(" ", words);
                    surfaceCounts.merge(key, 1, Integer::sum);
                    candidates.putIfAbsent(key, new Candidate(List.copyOf(words),
                            String.join(" ", original.subList(start, end + 1)), order++));
                }
            }
        }
        Set<Integer> inGroup = new HashSet<>(group);
        List<Integer> elsewhere = new ArrayList<>();
        for (List<Integer> other : groups) {
            if (other != group) {
                elsewhere.addAll(other);
            }
        }
        Set<Integer> counted = new HashSet<>(elsewhere);
        for (int i = 0; i < units.size(); i++) {
            if (!inGroup.contains(i) && counted.add(i)) {
                elsewhere.add(i);
            }
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate candidate : candidates.values()) {
            if (usedPhrases.contains(candidate.surface().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> content = candidate.words().stream().filter(w -> !LINKS.contains(w)).toList();
            double covered = itemsMentioning(group, units, content);
            double outside = itemsMentioning(elsewhere, units, content);
            // Coverage first; a longer phrase only where it covers as much; then the most frequent wording.
            double score = covered - 0.6 * outside + 0.1 * Math.min(content.size(), 3)
                    + 0.01 * surfaceCounts.get(String.join(" ", candidate.words())) - 0.0001 * candidate.firstSeen();
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        String label;
        if (best == null) {
            FeedbackSummarizer.Unit first = units.get(group.getFirst());
            label = first.topicWords().isEmpty() ? first.text() : first.topicWords().getFirst();
        } else {
            label = best.surface();
        }
        usedPhrases.add(label.toLowerCase(Locale.ROOT));
        return capitalised(label);
    }

    private double itemsMentioning(List<Integer> unitIndexes, List<FeedbackSummarizer.Unit> units, List<String> words) {
        Set<String> items = new HashSet<>();
        for (int i : unitIndexes) {
            Set<String> tokens = tokensByText.computeIfAbsent(units.get(i).text(),
                    text -> new java.util.LinkedHashSet<>(TopicWords.tokens(text)));
            boolean all = words.stream().allMatch(word -> tokens.stream().anyMatch(token -> sameWord(word, token)));
            if (all) {
                items.add(units.get(i).item().id());
            }
        }
        return items.size();
    }

    /** A word that can begin or end a name: a topic word, not a proper name, not a past-tense verb. */
    private static boolean content(List<String> original, List<String> lower, int index, String language) {
        String word = lower.get(index);
        if (word.length() < 3 || TopicWords.isStopword(word, language) || TopicWords.isVerdict(word, language)
                || word.chars().anyMatch(Character::isDigit) || word.indexOf('\'') >= 0) {
            // A contraction ("weren't", "it's") is never what a theme is about.
            return false;
        }
        String as = original.get(index);
        boolean capitalised = Character.isUpperCase(as.charAt(0)) && !as.equals(as.toUpperCase(Locale.ROOT));
        if (capitalised && index > 0) {
            return false; // a person, customer or product: not what a theme is about
        }
        if ("sv".equals(language)) {
            return !(word.endsWith("ade") || word.endsWith("erade") || word.endsWith("dde") || word.endsWith("tte") || word.endsWith("de") && word.length() > 6
                    || word.endsWith("er") && word.length() <= 5);
        }
        return !word.endsWith("ed") && !word.endsWith("ly");
    }

    private static List<String> originalTokens(String text) {
        List<String> tokens = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(text);
        while (matcher.find()) {
            String token = matcher.group().replace('’', '\'');
            while (token.endsWith("'") || token.endsWith("-")) {
                token = token.substring(0, token.length() - 1);
            }
            if (token.endsWith("'s")) {
                token = token.substring(0, token.length() - 2);
            }
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Whether most of the text's letters are capitals: shouting, where capitals mark no name or acronym. */
    static boolean shouted(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 8 && upper * 10 >= letters * 7;
    }

    private static String capitalised(String label) {
        String stripped = label.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        return stripped.substring(0, 1).toUpperCase(Locale.ROOT) + stripped.substring(1);
    }
}
