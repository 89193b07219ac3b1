package io.kadens.reviews;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks shown while a review is written, in English and Swedish, from the word lists in
 * {@code reviews/checks/} (data, not code): personality words instead of behaviour, absolute language, gender-coded
 * words, and a rating that contradicts what the text says (a top rating over mostly growth areas, or the reverse).
 * They advise and never block: the writer decides.
 */
public final class ReviewTextChecks {

    /** What a finding is about. */
    public enum Kind { PERSONALITY, ABSOLUTE, GENDERED, RATING_HIGH, RATING_LOW }

    /**
     * One finding.
     *
     * @param term the words found (for the rating checks: "growth 3 of 4" style counts are in {@code strengths}
     *             and {@code growthAreas})
     */
    public record Finding(Kind kind, String term, int strengths, int growthAreas) {
    }

    /** The tone of the sentences a rating rests on: sentences reading as strengths and as growth areas. */
    public record Tone(int strengths, int growthAreas) {
        public Tone plus(Tone other) {
            return new Tone(strengths + other.strengths, growthAreas + other.growthAreas);
        }
    }

    /** At least this many sentences with a tone before a rating is called contradictory. */
    static final int MIN_TONED = 3;
    /** The share of the opposite tone above which a rating at the end of the scale is flagged. */
    static final double CONTRADICTION_SHARE = 0.6;

    private static final ReviewTextChecks DEFAULT = new ReviewTextChecks();
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;:])\\s+|\\n+");

    private final Map<Kind, List<Pattern>> words = new EnumMap<>(Kind.class);
    private final List<Pattern> strength;
    private final List<Pattern> growth;

    private ReviewTextChecks() {
        words.put(Kind.PERSONALITY, patterns("personality"));
        words.put(Kind.ABSOLUTE, patterns("absolute"));
        words.put(Kind.GENDERED, patterns("gendered"));
        strength = patterns("strength");
        growth = patterns("growth");
    }

    public static ReviewTextChecks instance() {
        return DEFAULT;
    }

    /** The word findings in one text, each word once per kind, in the order of the lists. */
    public List<Finding> wordFindings(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<Kind, List<Pattern>> list : words.entrySet()) {
            Set<String> terms = new LinkedHashSet<>();
            for (Pattern p : list.getValue()) {
                Matcher m = p.matcher(lower);
                while (m.find()) {
                    terms.add(m.group());
                }
            }
            terms.forEach(term -> found.add(new Finding(list.getKey(), term, 0, 0)));
        }
        return found;
    }

    /** Sentences of the text reading as strengths and as growth areas (a sentence with both cues counts for the larger). */
    public Tone tone(String text) {
        if (text == null || text.isBlank()) {
            return new Tone(0, 0);
        }
        int strengths = 0;
        int growthAreas = 0;
        for (String sentence : SENTENCES.split(text.toLowerCase(Locale.ROOT))) {
            int s = count(strength, sentence);
            int g = count(growth, sentence);
            if (g > s) {
                growthAreas++;
            } else if (s > g) {
                strengths++;
            }
        }
        return new Tone(strengths, growthAreas);
    }

    /**
     * A top rating over mostly growth areas, or the lowest rating over mostly strengths; empty when the rating fits
     * or there is too little toned text to say.
     */
    public List<Finding> ratingFindings(Integer rating, int scale, Tone tone) {
        int toned = tone.strengths() + tone.growthAreas();
        if (rating == null || toned < MIN_TONED) {
            return List.of();
        }
        if (rating >= scale && tone.growthAreas() >= CONTRADICTION_SHARE * toned) {
            return List.of(new Finding(Kind.RATING_HIGH, String.valueOf(rating), tone.strengths(), tone.growthAreas()));
        }
        if (rating <= 1 && tone.strengths() >= CONTRADICTION_SHARE * toned) {
            return List.of(new Finding(Kind.RATING_LOW, String.valueOf(rating), tone.strengths(), tone.growthAreas()));
        }
        return List.of();
    }

    /** Every finding for one text rated {@code rating} (null: none) on a scale of {@code scale}. */
    public List<Finding> check(String text, Integer rating, int scale) {
        List<Finding> found = wordFindings(text);
        found.addAll(ratingFindings(rating, scale, tone(text)));
        return found;
    }

    private static int count(List<Pattern> cues, String sentence) {
        int n = 0;
        for (Pattern p : cues) {
            if (p.matcher(sentence).find()) {
                n++;
            }
        }
        return n;
    }

    private static List<Pattern> patterns(String list) {
        List<Pattern> patterns = new ArrayList<>();
        for (String language : List.of("en", "sv")) {
            for (String entry : lines("reviews/checks/" + list + "-" + language + ".txt")) {
                boolean prefix = entry.endsWith("*");
                String word = prefix ? entry.substring(0, entry.length() - 1) : entry;
                String body = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
                patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}-])" + body + (prefix ? "[\\p{L}-]*" : "(?![\\p{L}\\p{N}-])"),
                        Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
            }
        }
        return List.copyOf(patterns);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ReviewTextChecks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
