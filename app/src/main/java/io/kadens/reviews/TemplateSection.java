package io.kadens.reviews;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A titled group of questions in a template version. */
public record TemplateSection(UUID id, String titleEn, String titleSv, List<TemplateQuestion> questions) {

    public TemplateSection {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public String title(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? titleSv : titleEn;
    }
}
