package io.kadens.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recurring survey: every {@code everyMonths} months (1, 3, 6 or 12) from {@code firstRunOn}, a survey of this
 * template, bank pick and audience opens, and the schedule's earlier run closes. People asked who have not answered
 * are reminded once, {@code remindAfterDays} after a run opened.
 */
public record NewSurveySchedule(String title, SurveyTemplate template, List<BankQuestion> bankQuestions,
                                AudienceKind audience, UUID audienceId, int everyMonths, LocalDate firstRunOn,
                                int remindAfterDays) {

    public NewSurveySchedule {
        bankQuestions = bankQuestions == null ? List.of() : List.copyOf(bankQuestions.stream()
                .filter(java.util.Objects::nonNull).toList());
    }
}
