package io.kadens.ai.knowledge;

import io.kadens.ai.CompetencyTerms;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query expansion from the competency framework: when a question names a competency, or one of the words the
 * framework lists for it, the full-text search also looks for the competency's other words. The expansion is an
 * alternative to the question ({@code question OR any of the words}), so it widens what full text finds and never
 * narrows it; ranking still prefers chunks that match the question itself.
 *
 * <p>Words match by their beginning (at least five letters, or the whole word when shorter), so that inflected
 * forms meet ("kommunikationen" names "Kommunikation", "customers" names "customer").
 */
public final class QueryExpansion {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int STEM = 5;

    private QueryExpansion() {
    }

    /** The expansion in websearch syntax ("a or b or c"), or null when the question names no competency. */
    public static String terms(String question, List<CompetencyTerms> framework) {
        if (question == null || framework == null || framework.isEmpty()) {
            return null;
        }
        Set<String> words = words(question);
        Set<String> expansion = new LinkedHashSet<>();
        for (CompetencyTerms competency : framework) {
            List<String> all = new java.util.ArrayList<>();
            all.add(competency.name());
            all.addAll(competency.terms());
            boolean named = all.stream().anyMatch(term -> words(term).stream().allMatch(t -> mentions(words, t)));
            if (named) {
                all.forEach(term -> expansion.add(term.toLowerCase(Locale.ROOT).replaceAll("[\"'-]", " ").trim()));
            }
        }
        expansion.removeIf(String::isBlank);
        return expansion.isEmpty() ? null : String.join(" or ", expansion);
    }

    private static boolean mentions(Set<String> words, String term) {
        String stem = term.length() > STEM ? term.substring(0, STEM) : term;
        return words.stream().anyMatch(word -> term.length() > STEM ? word.startsWith(stem) : word.equals(term));
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
