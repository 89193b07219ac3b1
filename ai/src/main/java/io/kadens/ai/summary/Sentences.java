package io.kadens.ai.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits feedback into the units themes are made of: sentences, and the two sides of a contrast
 * ("Great demos, but the slides are too dense") when each side says something on its own, since
 * the sides usually belong to different themes and have opposite polarity. Every unit is a
 * verbatim piece of the item, so it can be quoted.
 */
final class Sentences {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*[\\r\\n]+\\s*|;\\s+");
    /** A word that turns a sentence ("but the slides are too dense"), with what follows it. */
    private static final String CONTRAST_WORD = "(?:but|however|men|dock)[\\s,]";
    private static final Pattern CONTRAST = Pattern.compile(",?\\s+(?=" + CONTRAST_WORD + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AFTER_CONTRAST = Pattern.compile(CONTRAST_WORD,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A list marker a line starts with ("- ", "* ", "• ", "1. ", "2) "): layout, not part of what was said. */
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•·–—]|\\d{1,2}[.)])\\s+");
    static final int MIN_WORDS = 3;
    private static final int MIN_SIDE_WORDS = 4;

    private Sentences() {
    }

    static List<String> split(String text) {
        return splitWithSides(text).stream().flatMap(List::stream).toList();
    }

    /** Each sentence as one unit, or as its two sides when it turns on a contrast. */
    static List<List<String>> splitWithSides(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String line : SENTENCE_END.split(text.strip())) {
            // People paste feedback as lists: the marker would open the quote and count as a word.
            String sentence = LIST_MARKER.matcher(line.strip()).replaceFirst("");
            String[] sides = CONTRAST.split(sentence.strip(), 2);
            if (sides.length == 2 && words(sides[0]) >= MIN_SIDE_WORDS && words(sides[1]) >= MIN_SIDE_WORDS) {
                sentences.add(List.of(sides[0].strip(), sides[1].strip()));
            } else if (words(sentence) >= MIN_WORDS) {
                sentences.add(List.of(sentence.strip()));
            }
        }
        return sentences;
    }

    /** Whether the unit is the side after a contrast ("but the notes come late"): it opens with the contrast word. */
    static boolean afterContrast(String unit) {
        return AFTER_CONTRAST.matcher(unit).lookingAt();
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
