package io.kadens.reviews;

import java.util.Locale;

/**
 * One thing rated by a competency or leadership question, in both languages.
 *
 * @param key stable within the question (ratings refer to it), lower-case letters, digits and dashes
 */
public record Criterion(String key, String nameEn, String nameSv) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }
}
