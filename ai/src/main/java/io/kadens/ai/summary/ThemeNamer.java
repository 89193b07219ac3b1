package io.kadens.ai.summary;

import java.util.List;
import java.util.Optional;

/** Names a theme after the nearest competency or piece of company content, if any is near enough. */
@FunctionalInterface
public interface ThemeNamer {

    /**
     * @param centroid        unit-length mean embedding of the theme's sentences
     * @param typicalSentences the theme's most central sentences, most central first
     */
    Optional<ThemeName> name(float[] centroid, List<String> typicalSentences);

    ThemeNamer NONE = (centroid, sentences) -> Optional.empty();
}
