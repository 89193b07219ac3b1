package io.kadens.ai.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Swedish–English list of workplace words for the full-text leg of a search. The embedding model is
 * English-only, so a Swedish question whose answer is written in English ("ersättning för utlägg" → "Expense
 * policy") has no shared word and no useful vector; the question's words in the other language are added to the
 * query expansion (question OR expansion), so they widen what full text finds and never narrow it.
 *
 * <p>A key of five letters or more matches a question's word that starts with the key's first seven letters (all of
 * them when shorter: "befordringar" meets "befordr", "nyckelresultaten" meets "nyckelresultat"); a shorter key
 * ("home") matches the whole word only. The list was written from the development questions of the Swedish retrieval
 * evaluation (eval/retrieval-sv-dev.json) and the product's own vocabulary (goals, key results, reviews), never
 * from the held-out questions (decision 2026-12-06-swedish-full-text-search.md).
 */
public final class CrossLanguageTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int STEM = 5;

    /** Word beginning (or whole short word) → its words in the other language, in websearch syntax. */
    private static final Map<String, List<String>> TERMS = Map.ofEntries(
            // Swedish → English
            Map.entry("nyckelresultat", List.of("key results")),
            Map.entry("utlägg", List.of("expenses", "expense")),
            Map.entry("ersättning", List.of("reimbursed", "reimbursement")),
            Map.entry("befordr", List.of("promotion", "promotions")),
            Map.entry("karriär", List.of("career")),
            Map.entry("kundnöjdhet", List.of("customer satisfaction")),
            Map.entry("klagomål", List.of("complaint", "complaints")),
            Map.entry("reklamation", List.of("complaint")),
            Map.entry("hemifrån", List.of("from home", "remote")),
            Map.entry("distansarbete", List.of("from home", "remote")),
            Map.entry("medarbetarsamtal", List.of("review", "one-to-one")),
            Map.entry("utvecklingssamtal", List.of("review", "one-to-one")),
            Map.entry("kalibrering", List.of("calibration")),
            // English → Swedish
            Map.entry("satisfaction", List.of("kundnöjdhet", "nöjdhet")),
            Map.entry("home", List.of("hemifrån", "distansarbete")),
            Map.entry("remote", List.of("hemifrån", "distansarbete")),
            Map.entry("complaint", List.of("klagomål")),
            Map.entry("promotion", List.of("befordran")),
            Map.entry("expense", List.of("utlägg")),
            Map.entry("reimburs", List.of("utlägg", "ersättning")),
            Map.entry("mentor", List.of("mentor", "fadder")),
            Map.entry("calibration", List.of("kalibrering")));

    private CrossLanguageTerms() {
    }

    /** The question's words in the other language, in websearch syntax ("a or b c"), or null when none are listed. */
    public static String terms(String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher words = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            TERMS.forEach((key, translations) -> {
                if (key.length() >= STEM ? word.startsWith(key.length() > STEM + 2 ? key.substring(0, STEM + 2) : key)
                        : word.equals(key)) {
                    found.addAll(translations);
                }
            });
        }
        return found.isEmpty() ? null : String.join(" or ", found);
    }

    /** Two expansions as one alternative; either may be null. */
    public static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " or " + second;
    }
}
