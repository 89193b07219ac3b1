package io.kadens.ai.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Swedish words reduced to what two sentences about one topic share. The English-only sentence model places all
 * Swedish sentences close together, so Swedish topics are told apart by their words, and Swedish inflects and
 * compounds where English adds words: "schemat", "schemana", "sommarschemat" and "semesterschemat" are one topic,
 * "kunderna" and "kund" one word. Letter grams catch part of this, but a short word has few grams and a long compound
 * many, so its head weighs little. Two steps, written for feedback text, not a full grammar:
 * <ul>
 *   <li>a stem: the longest inflection ending (definite and plural forms, genitive s, participles) removed, keeping
 *       at least {@link #MIN_STEM} letters;</li>
 *   <li>the parts of a compound: a word that begins or ends with the stem of another word of the same summary
 *       ("semesterlistan" with "listan", "bygglovshandläggarna" with "bygglov") also names that word, with or without
 *       the linking s.</li>
 * </ul>
 */
final class SwedishStems {

    /** The inflection endings, longest first. */
    private static final List<String> ENDINGS = List.of("arnas", "ernas", "ornas", "andes", "arens", "heten", "heter",
            "arna", "erna", "orna", "ande", "ende", "aren", "ades", "ning", "ingar", "ingen", "ingarna", "erns", "ens",
            "het", "ade", "are", "ern", "at", "et", "en", "ar", "er", "or", "as", "es", "na", "a", "e", "s");
    private static final List<String> BY_LENGTH = ENDINGS.stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    static final int MIN_STEM = 4;
    /** A compound part must be this long to count: shorter ones ("bil", "tid") sit inside too many words. */
    static final int MIN_PART = 4;

    private SwedishStems() {
    }

    static String stem(String word) {
        for (String ending : BY_LENGTH) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                String stem = word.substring(0, word.length() - ending.length());
                // A genitive or linking s only after letters it follows in Swedish.
                if (ending.equals("s") && !"bcdfghjklmnoprtvy".contains(stem.substring(stem.length() - 1))) {
                    continue;
                }
                return stem;
            }
        }
        return word;
    }

    /** The stems of a sentence's topic words. */
    static List<String> stems(Collection<String> words) {
        List<String> stems = new ArrayList<>();
        for (String word : words) {
            stems.add(stem(word));
        }
        return stems;
    }

    /**
     * The other stems of the summary a word is a compound of: a stem it ends with (the head: "semesterlistan" is a
     * "lista") or begins with (the modifier: "bygglovshandläggarna" is about "bygglov").
     */
    static Set<String> parts(String stem, Collection<String> vocabulary) {
        Set<String> parts = new LinkedHashSet<>();
        for (String other : vocabulary) {
            if (other.length() < MIN_PART || other.length() >= stem.length() - 2) {
                continue;
            }
            if (stem.endsWith(other) || stem.startsWith(other)) {
                parts.add(other);
            }
        }
        return parts;
    }
}
