package io.kadens.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recurring survey as HR admins see it: what it opens, how often, and on which date it opens next. */
public record SurveySchedule(UUID id, long version, String title, SurveyTemplate template, List<BankQuestion> bankQuestions,
                             AudienceKind audience, UUID audienceId, int everyMonths, LocalDate nextRunOn,
                             int remindAfterDays, boolean active) {
}
