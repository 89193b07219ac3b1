package io.kadens.ai.summary;

import io.kadens.ai.SourceRef;

/**
 * What a theme is called and after what.
 *
 * @param label      the name shown
 * @param competency the competency identifier when named after a competency; null otherwise
 * @param kind       what the name comes from
 * @param namedAfter the content or training chunk's source; null for keyword names
 * @param link       the route or URL showing that source, when known
 * @param similarity cosine similarity of the theme with what it is named after (0 for keywords)
 */
public record ThemeName(String label, String competency, Kind kind, SourceRef namedAfter, String link,
                        double similarity) {

    public enum Kind {
        /** A competency of the company's framework (a chunk tagged with a competency identifier). */
        COMPETENCY,
        /** The heading or title of company content or a training item. */
        CONTENT,
        /** Nothing in the company's content is near enough: the theme's most telling words. */
        KEYWORDS
    }

    public static ThemeName keywords(String label) {
        return new ThemeName(label, null, Kind.KEYWORDS, null, null, 0);
    }
}
