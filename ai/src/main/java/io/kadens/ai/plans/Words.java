package io.kadens.ai.plans;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word stems for matching a feedback theme or a passage to a competency, in English and Swedish: lower
 * case, words of three letters or more that are not function words, cut to their first five letters so
 * that "communicating", "communication" and "kommunikation"/"kommunicera" fall together within a language.
 */
final class Words {

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "from", "into", "about", "their", "they", "them", "your",
            "you", "our", "are", "was", "were", "has", "have", "had", "not", "but", "can", "will", "more", "less",
            "own", "other", "others", "when", "what", "how", "who", "its", "his", "her", "she", "him", "all", "any",
            "some", "very", "also", "being", "been", "does", "did", "should", "would", "could", "level", "able",
            "och", "att", "det", "som", "för", "med", "den", "har", "inte", "till", "från", "ett", "men", "där",
            "när", "hur", "vad", "sin", "sitt", "sina", "andra", "eller", "också", "mer", "mycket", "kan", "ska",
            "skulle", "var", "varit", "blir", "blev", "nivå", "efter", "under", "över", "vid", "hos", "dem", "deras",
            "han", "hon", "honom", "henne", "dig", "din", "ditt", "dina", "vår", "våra", "vårt");

    private Words() {
    }

    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null) {
            return stems;
        }
        String normal = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (String word : normal.split("[^\\p{L}]+")) {
            if (word.length() < 3 || STOP.contains(word)) {
                continue;
            }
            stems.add(word.length() > 5 ? word.substring(0, 5) : word);
        }
        return stems;
    }

    static int overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String stem : a) {
            if (b.contains(stem)) {
                shared++;
            }
        }
        return shared;
    }

    /** Compounds are long: only words of at least this many letters are searched for parts. */
    static final int COMPOUND_LENGTH = 9;

    /**
     * How many of {@code stems} (each of three letters or more) occur inside a long word of {@code text}
     * without being that word's own stem: "tidrapporteringen" holds "tid" and "rappo".
     */
    static int insideCompounds(String text, Set<String> stems) {
        if (text == null) {
            return 0;
        }
        Set<String> found = new LinkedHashSet<>();
        for (String word : Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).split("[^\\p{L}]+")) {
            if (word.length() < COMPOUND_LENGTH) {
                continue;
            }
            String own = word.substring(0, 5);
            for (String stem : stems) {
                if (stem.length() >= 3 && !stem.equals(own) && word.contains(stem)) {
                    found.add(stem);
                }
            }
        }
        return found.size();
    }
}
