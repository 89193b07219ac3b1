package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/**
 * A survey as HR admins see it, with how many people it asks and how many have answered its current questions.
 * {@code version} is for optimistic locking; {@code revision} counts the question versions: editing questions that
 * have answers starts the next revision, and the earlier answers stay with the revision they answered.
 */
public record Survey(UUID id, long version, String title, SurveyTemplate template, AudienceKind audience,
                     UUID audienceId, SurveyStatus status, List<SurveyQuestion> questions, int invited,
                     int responded, int revision) {
}
