package io.kadens.content;

import java.util.Locale;
import java.util.Set;

/**
 * Tells Swedish from English by their most frequent short words and Swedish letters. Kadens
 * supports these two content languages; the uploader can always override the guess.
 */
public final class LanguageGuess {

    private static final Set<String> SWEDISH = Set.of("och", "att", "det", "som", "en", "är", "på", "för", "med",
            "av", "till", "inte", "har", "vi", "de", "den", "ett", "om", "kan", "du", "vår", "våra", "oss", "eller",
            "så", "när", "hur", "ska", "från", "också", "varje", "mot", "sin", "sina");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "for", "with", "that",
            "on", "are", "we", "our", "you", "it", "be", "as", "or", "by", "this", "an", "at", "from", "can", "how",
            "when", "each", "every", "their", "what", "should", "will", "not");

    private LanguageGuess() {
    }

    /** "sv" or "en"; English when the text gives no evidence either way. */
    public static String of(String text) {
        int swedish = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SWEDISH.contains(word)) {
                swedish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (word.indexOf('å') >= 0 || word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0) {
                swedish++;
            }
        }
        return swedish > english ? "sv" : "en";
    }
}
