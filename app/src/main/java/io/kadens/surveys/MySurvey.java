package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/**
 * A survey the signed-in person is asked, with its current questions and the answers they gave to them so far (empty
 * before they answer); {@code revision} goes back with the answers so an edit in between is noticed.
 */
public record MySurvey(UUID id, String title, SurveyStatus status, List<SurveyQuestion> questions,
                       List<Answer> myAnswers, int revision) {
}
