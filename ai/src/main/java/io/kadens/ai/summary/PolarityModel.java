package io.kadens.ai.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polarity of a feedback sentence (or one side of a contrast) from a logistic regression over its words,
 * word pairs, Swedish/English word stems, the words a negation reaches, what the sentence does (asks for something,
 * concedes, turns on a contrast, says something got better or keeps going wrong: {@link #structure}), its sentence
 * embedding and the {@link PolarityLexicon} score as one feature among many. The hand-grown cues alone overfit the threads they were grown on
 * (development polarity right for most sentences, held-out far fewer): implicit criticism ("the deal
 * closed in October") and praise without a cue word are patterns of many small signals, which a model
 * fitted to every labelled development sentence weighs better than a list of phrases.
 * <p>
 * The weights are a resource ({@code polarity-model.tsv} next to this class) written by
 * {@code PolarityModelGeneratorTest} in the ai module's tests from the labelled sentences of the development
 * threads only (never the held-out file); that test fails when the resource is not what the development
 * data gives. How well it carries over to new feedback is measured by fitting it on six labelled files and scoring
 * the seventh ({@code PolarityEvaluation}, -Peval). No model is downloaded: the file is a few thousand numbers.
 */
final class PolarityModel {

    static final String RESOURCE = "polarity-model.tsv";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)?|\\p{N}+");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "nobody", "nothing", "without",
            "cannot", "inte", "ej", "aldrig", "ingen", "inget", "inga", "utan", "knappt");
    private static final int NEGATION_REACH = 3;
    private static final int STEM = 5;
    /** The lexicon score is clipped to this before it becomes a feature: one strong cue word must not decide alone. */
    private static final double LEXICON_CLIP = 3;
    /**
     * The embedding's components are small (unit length over 384 dimensions); scaled by this they weigh like a few
     * words. Chosen by the generator's five-fold cross-validation on the development units (1, 3 and 6 tried).
     */
    static final double EMBEDDING_SCALE = 3;

    private static final Map<String, Double> WEIGHTS = load();
    /** The embedding features' weights as arrays, by language prefix ("" for the shared ones). */
    private static final Map<String, double[]> EMBEDDING_WEIGHTS = embeddingWeights(WEIGHTS);

    private PolarityModel() {
    }

    /**
     * The log-odds that the text is praise: above zero praise, below zero criticism or a growth wish.
     *
     * @param afterContrast whether the text is the second side of "X, but Y"
     */
    static double score(String text, String language, boolean afterContrast) {
        return score(text, language, afterContrast, null);
    }

    /**
     * @param vector the unit's sentence embedding (unit length), or null where none is at hand: the embedding
     *               features then count nothing and the words decide
     */
    static double score(String text, String language, boolean afterContrast, float[] vector) {
        double logit = 0;
        for (Map.Entry<String, Double> feature : features(text, language, afterContrast, null).entrySet()) {
            Double weight = WEIGHTS.get(feature.getKey());
            if (weight != null) {
                logit += weight * feature.getValue();
            }
        }
        if (vector != null) {
            // The embedding features as two dot products (the same sum as their map entries, without 768 map keys
            // per sentence: the 200-item summary scores a few hundred sentences).
            String lang = language == null ? PolarityLexicon.guessLanguage(text) : language;
            double[] shared = EMBEDDING_WEIGHTS.get("");
            double[] own = EMBEDDING_WEIGHTS.get(lang);
            for (int i = 0; i < vector.length; i++) {
                double value = EMBEDDING_SCALE * vector[i];
                logit += value * ((shared != null && i < shared.length ? shared[i] : 0)
                        + (own != null && i < own.length ? own[i] : 0));
            }
        }
        return logit;
    }

    static boolean available() {
        return !WEIGHTS.isEmpty();
    }

    /** The features of one unit; the model's training uses exactly these. */
    static Map<String, Double> features(String text, String language, boolean afterContrast) {
        return features(text, language, afterContrast, null);
    }

    static Map<String, Double> features(String text, String language, boolean afterContrast, float[] vector) {
        String lang = language == null ? PolarityLexicon.guessLanguage(text) : language;
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("bias", 1.0);
        if (vector != null) {
            // What the sentence means as a whole: implicit criticism ("the date slipped twice") and praise without a
            // cue word share no word with the labelled sentences, but often lie near them in the sentence space.
            for (int i = 0; i < vector.length; i++) {
                double value = EMBEDDING_SCALE * vector[i];
                features.put("e:" + i, value);
                features.put(lang + ":e:" + i, value);
            }
        }
        double lexicon = Math.max(-LEXICON_CLIP, Math.min(LEXICON_CLIP, PolarityLexicon.score(text, lang)));
        features.put("lexicon", lexicon / LEXICON_CLIP);
        if (afterContrast) {
            features.put("after-contrast", 1.0);
        }
        features.putAll(structure(text));
        List<String> tokens = tokens(text);
        String previous = "^";
        int negationLeft = 0;
        for (String token : tokens) {
            features.put(lang + ":w:" + token, 1.0);
            features.put("w:" + token, 1.0);
            if (token.length() > STEM + 1 && !token.equals("<n>")) {
                features.put(lang + ":s:" + token.substring(0, STEM), 1.0);
            }
            features.put(lang + ":b:" + previous + "_" + token, 1.0);
            if (negationLeft > 0) {
                features.put(lang + ":n:" + token, 1.0);
                negationLeft--;
            }
            if (NEGATORS.contains(token) || token.endsWith("n't")) {
                negationLeft = NEGATION_REACH;
            }
            previous = token;
        }
        return features;
    }

    /**
     * What the sentence does rather than which words it uses, the same feature in English and Swedish so that it
     * carries over to feedback about other work in other words: a wish, request or suggestion, a "should", a
     * question, a concession or a contrast inside the unit, a negation, a change for the better ("now", "no longer",
     * "för första gången"), a problem that lasts or recurs ("still", "since September", "igen"), and something that
     * came late ("only after", "först i slutet av november"). Words say which role or product the feedback is about,
     * and new feedback is about other roles and products. Kept because fitting on six labelled files and scoring the
     * seventh ({@code PolarityEvaluation}) gained with them; who is addressed, counts and durations, comparatives and
     * exclamations were tried there and lost (docs/decisions/2026-12-07-feedback-polarity-new-feedback.md).
     */
    static Map<String, Double> structure(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        Map<String, Double> features = new LinkedHashMap<>();
        for (Map.Entry<String, Pattern> cue : STRUCTURE.entrySet()) {
            if (cue.getValue().matcher(lower).find()) {
                features.put("x:" + cue.getKey(), 1.0);
            }
        }
        return features;
    }

    private static final Map<String, Pattern> STRUCTURE = structurePatterns();

    private static Map<String, Pattern> structurePatterns() {
        Map<String, String> cues = new LinkedHashMap<>();
        // What someone asks for is what they miss.
        cues.put("request", "i'd (?:\\p{L}+ )?(?:like|love)|i would (?:\\p{L}+ )?(?:like|love)|i wish|i hope|please|maybe"
                + "|perhaps|would (?:help|be|make|go|have)|could (?:help|be|you|we)|would you|can you|it'd|try to|might want"
                + "|jag (?:skulle )?(?:vilja|önskar|hoppas)|skulle (?:vilja|behöva|kunna|vara|göra|hjälpa)|vore|gärna"
                + "|kanske|snälla|kan du|kunde du|skulle du|hade (?:varit|räckt|hjälpt|behövts)");
        cues.put("should", "should|ought to|needs? to|have to|has to|must|borde|behöver|måste|bör");
        cues.put("question", "\\?");
        cues.put("concession", "although|though|even if|even though|i know|i get that|i understand|i'm sure"
                + "|may have been|might have been|probably|of course|även om|fastän|trots att|visserligen"
                + "|i och för sig|säkert|jag förstår|jag vet att|förvisso");
        cues.put("contrast-inside", "but|however|yet|men|dock|däremot|fast");
        cues.put("negation", "not|no|never|\\p{L}*n't|nobody|nothing|none|inte|ej|aldrig|ingen|inget|inga|ingenting");
        cues.put("better-now", "now|no longer|not any more|anymore|finally|for the first time|down from|up from"
                + "|nu|numera|inte längre|äntligen|för första gången");
        cues.put("lasting", "still|again|every time|each time|keeps?|kept|yet to|since (?:\\p{L}+ )?(?:january|february"
                + "|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter"
                + "|last|the start)|fortfarande|igen|varje gång|hela tiden|sedan (?:i )?(?:\\p{L}+ )?(?:januari|februari"
                + "|mars|april|maj|juni|juli|augusti|september|oktober|november|december|våras|somras|höstas|vintras"
                + "|förra|starten|början)");
        cues.put("late", "late|after the|only (?:on|in|at|after|when)|not until|too late|först (?:i|på|när|efter|dagen)"
                + "|efter att|för sent|i sista stund|at the last minute");
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        cues.forEach((name, regex) -> patterns.put(name, Pattern.compile(name.equals("question") ? regex
                : "(?<![\\p{L}'])(?:" + regex + ")(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS)));
        return patterns;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            String token = matcher.group();
            tokens.add(Character.isDigit(token.charAt(0)) ? "<n>" : token);
        }
        return tokens;
    }

    private static Map<String, double[]> embeddingWeights(Map<String, Double> weights) {
        Map<String, double[]> arrays = new HashMap<>();
        Pattern key = Pattern.compile("(?:(\\w+):)?e:(\\d+)");
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            Matcher matcher = key.matcher(entry.getKey());
            if (!matcher.matches()) {
                continue;
            }
            String prefix = matcher.group(1) == null ? "" : matcher.group(1);
            int index = Integer.parseInt(matcher.group(2));
            double[] array = arrays.computeIfAbsent(prefix, p -> new double[EMBEDDING_DIMENSIONS]);
            if (index < array.length) {
                array[index] = entry.getValue();
            }
        }
        return Map.copyOf(arrays);
    }

    private static final int EMBEDDING_DIMENSIONS = 384;

    private static Map<String, Double> load() {
        InputStream in = PolarityModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Map.of();
        }
        Map<String, Double> weights = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(weights);
    }
}
