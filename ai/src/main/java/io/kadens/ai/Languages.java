package io.kadens.ai;

import java.util.Locale;
import java.util.Set;

/** The content languages Kadens indexes: English and Swedish, by their two-letter codes. */
public final class Languages {

    public static final String ENGLISH = "en";
    public static final String SWEDISH = "sv";
    public static final Set<String> SUPPORTED = Set.of(ENGLISH, SWEDISH);

    private Languages() {
    }

    /** The two-letter code of a supported language; anything else is refused. */
    public static String require(String language) {
        String code = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        if (code.length() > 2) {
            code = code.substring(0, 2);
        }
        if (!SUPPORTED.contains(code)) {
            throw new IllegalArgumentException("language must be en or sv: " + language);
        }
        return code;
    }
}
