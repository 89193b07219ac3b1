package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/**
 * What an HR admin gives to create a survey: a title, a template and an audience (no id for everyone), and for a
 * pulse or engagement survey optionally the questions picked from the bank (none picked: the template's default).
 */
public record NewSurvey(String title, SurveyTemplate template, AudienceKind audience, UUID audienceId,
                        List<BankQuestion> bankQuestions) {

    public NewSurvey(String title, SurveyTemplate template, AudienceKind audience, UUID audienceId) {
        this(title, template, audience, audienceId, List.of());
    }

    public NewSurvey {
        bankQuestions = bankQuestions == null ? List.of() : List.copyOf(bankQuestions.stream()
                .filter(java.util.Objects::nonNull).toList());
    }
}
