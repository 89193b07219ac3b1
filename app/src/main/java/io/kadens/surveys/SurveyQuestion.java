package io.kadens.surveys;

import java.util.Locale;

/** A question of a survey, with its prompt in English and Swedish. */
public record SurveyQuestion(int position, QuestionKind kind, String promptEn, String promptSv) {

    /** The prompt in the reader's language: Swedish for Swedish readers, English otherwise. */
    public String prompt(Locale locale) {
        return locale != null && "sv".equals(locale.getLanguage()) ? promptSv : promptEn;
    }
}
