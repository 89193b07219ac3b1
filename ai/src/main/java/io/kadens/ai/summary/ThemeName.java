package io.kadens.ai.summary;

import io.kadens.ai.SourceRef;

/**
 * What a theme is called and after what.
 *
 * @param label      the name shown
 * @param competency the competency identifier when named after a competency; null otherwise
 * @param kind       what the name comes from
 * @param namedAfter the source named after, when one is; null for competency and phrase names
 * @param link       the route or URL showing that source, when known
 * @param similarity how well the theme matches the competency it is named after (0 for phrases)
 */
public record ThemeName(String label, String competency, Kind kind, SourceRef namedAfter, String link,
                        double similarity) {

    public enum Kind {
        /** A competency of the tenant's framework that matches the theme well. */
        COMPETENCY,
        /** No competency fits: a short noun phrase taken from the theme's own sentences, in their language. */
        PHRASE
    }

    public static ThemeName phrase(String label) {
        return new ThemeName(label, null, Kind.PHRASE, null, null, 0);
    }

    public static ThemeName competency(CompetencyName competency, double similarity) {
        return new ThemeName(competency.name(), competency.id(), Kind.COMPETENCY, null, null, similarity);
    }
}
