package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/** A survey as HR admins see it, with how many people it asks and how many have answered. */
public record Survey(UUID id, long version, String title, SurveyTemplate template, AudienceKind audience,
                     UUID audienceId, SurveyStatus status, List<SurveyQuestion> questions, int invited,
                     int responded) {
}
