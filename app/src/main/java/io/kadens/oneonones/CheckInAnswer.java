package io.kadens.oneonones;

import java.util.Locale;
import java.util.UUID;

/** An answer with the question's wording as it was asked; pulse answers carry a value 1–5. */
public record CheckInAnswer(UUID questionId, CheckInQuestionKind kind, String questionEn, String questionSv,
                            String text, Integer pulse) {

    public String question(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? questionSv : questionEn;
    }
}
