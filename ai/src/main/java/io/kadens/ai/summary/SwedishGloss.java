package io.kadens.ai.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word English gloss of a Swedish sentence, so that the English-only sentence model can place Swedish
 * feedback by what it is about ("Kundmötena blir ofta inställda" → "customer meeting becomes often cancelled").
 * The glossary ({@code swedish-gloss.tsv} next to this class) was written by hand from general workplace Swedish,
 * not from the labelled threads. A word is glossed by its longest glossary stem followed by an inflection ending
 * (kund → kunderna), else split into glossary parts, greedily from the left, with an optional linking s
 * (arbets|miljö, kund|möte), else by its longest known last part (the head of a compound says most of what it is).
 * Words the glossary does not know are left out; numbers are kept.
 */
final class SwedishGloss {

    static final String RESOURCE = "swedish-gloss.tsv";

    /** Inflection and derivation endings a stem may carry (nouns, verbs, adjectives, participles). */
    private static final Set<String> ENDINGS = Set.of("", "a", "an", "ana", "ar", "arna", "arnas", "are", "aren",
            "arens", "as", "at", "ats", "ade", "ades", "ad", "ande", "ende", "e", "en", "ens", "er", "erna", "ernas",
            "et", "ets", "es", "n", "na", "nas", "ns", "r", "rna", "s", "t", "ts", "te", "tes", "de", "des", "d", "dd",
            "dde", "tt", "or", "orna", "ornas", "ast", "aste", "ing", "ingen", "ingar", "ingarna", "ig", "iga", "igt",
            "lig", "liga", "ligt", "het", "heten", "else", "elsen");
    /** The few endings a two-letter stem may carry (kö → kön, få → får); longer ones would match by chance. */
    private static final Set<String> SHORT_ENDINGS = Set.of("", "n", "r", "t", "er", "en", "et", "na");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");
    private static final int MIN_PART = 3;

    private static final Map<String, String> STEMS = new HashMap<>();
    private static final Set<String> WHOLE_WORDS = new HashSet<>();

    static {
        try (InputStream in = SwedishGloss.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                STEMS.putIfAbsent(fields[0], fields[1]);
                if (fields.length > 2 && fields[2].equals("=")) {
                    WHOLE_WORDS.add(fields[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SwedishGloss() {
    }

    /** The sentence's English gloss: the glossed words in their order, unknown words left out. */
    static String gloss(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String token = matcher.group();
            if (Character.isDigit(token.charAt(0))) {
                out.add(token);
                continue;
            }
            String english = word(token);
            if (english != null) {
                out.add(english);
            }
        }
        return String.join(" ", out);
    }

    /** Share of a sentence's words the glossary knows (for coverage checks). */
    static double coverage(String sentence) {
        int words = 0;
        int known = 0;
        Matcher matcher = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (Character.isLetter(matcher.group().charAt(0))) {
                words++;
                known += word(matcher.group()) != null ? 1 : 0;
            }
        }
        return words == 0 ? 1 : (double) known / words;
    }

    /** One lower-case word's gloss, or null when the glossary does not know it. */
    static String word(String word) {
        String inflected = inflected(word, true);
        if (inflected != null) {
            return inflected;
        }
        String compound = compound(word, 0);
        if (compound != null) {
            return compound;
        }
        // The head of an unknown compound: "homogenisatorpackningen" is still about a seal.
        for (int start = 1; start <= word.length() - 4; start++) {
            String head = inflected(word.substring(start), false);
            if (head != null && word.length() - start >= 4) {
                return head;
            }
        }
        return null;
    }

    /** The word as one stem and an ending; {@code whole} allows the stand-alone words too. */
    private static String inflected(String word, boolean whole) {
        String exact = STEMS.get(word);
        if (exact != null && (whole || !WHOLE_WORDS.contains(word))) {
            return exact;
        }
        for (int length = word.length() - 1; length >= 2; length--) {
            String stem = word.substring(0, length);
            String english = STEMS.get(stem);
            if (english == null || WHOLE_WORDS.contains(stem)) {
                continue;
            }
            String ending = word.substring(length);
            if (length == 2 ? SHORT_ENDINGS.contains(ending) : ENDINGS.contains(ending)) {
                return english;
            }
        }
        return null;
    }

    /**
     * A compound's first part: a glossary stem as it is, or with the vowel a compound drops or changes
     * (skol|kök for skola, vecko|möte for vecka, mötes|rum for möte).
     */
    private static String part(String part) {
        for (String candidate : List.of(part, part + "a", part + "e",
                part.endsWith("o") || part.endsWith("u") || part.endsWith("e")
                        ? part.substring(0, part.length() - 1) + "a" : part)) {
            String english = STEMS.get(candidate);
            if (english != null && !WHOLE_WORDS.contains(candidate)) {
                return english;
            }
        }
        return null;
    }

    /** Glossary parts from the left, the longest first, the last one inflected. */
    private static String compound(String word, int depth) {
        if (depth > 3) {
            return null;
        }
        for (int length = word.length() - MIN_PART; length >= MIN_PART; length--) {
            String part = word.substring(0, length);
            String english = part(part);
            if (english == null) {
                continue;
            }
            String rest = word.substring(length);
            for (String tail : rest.length() > MIN_PART && rest.charAt(0) == 's'
                    ? List.of(rest, rest.substring(1)) : List.of(rest)) {
                String last = inflected(tail, false);
                if (last == null) {
                    last = compound(tail, depth + 1);
                }
                if (last != null) {
                    return english + " " + last;
                }
            }
        }
        return null;
    }
}
