package io.kadens.oneonones;

import java.util.Locale;
import java.util.UUID;

/** One question of the tenant's check-in questionnaire, worded in English and Swedish. */
public record CheckInQuestion(UUID id, CheckInQuestionKind kind, String textEn, String textSv, boolean required) {

    public String text(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? textSv : textEn;
    }
}
