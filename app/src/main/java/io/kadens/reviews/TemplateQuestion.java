package io.kadens.reviews;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A question of a template version.
 *
 * @param forms         the review forms that ask it (at least one)
 * @param criteria      competencies or leadership criteria for the kinds that rate a list; empty otherwise
 * @param goalWeighting for {@link QuestionKind#GOAL_RATING} only; null for the other kinds
 */
public record TemplateQuestion(UUID id, QuestionKind kind, String textEn, String textSv, Set<ReviewForm> forms,
                               boolean required, List<Criterion> criteria, GoalWeighting goalWeighting) {

    public TemplateQuestion {
        forms = forms == null ? Set.of() : Set.copyOf(forms);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public String text(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? textSv : textEn;
    }
}
