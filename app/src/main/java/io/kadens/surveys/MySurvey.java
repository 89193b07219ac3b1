package io.kadens.surveys;

import java.util.List;
import java.util.UUID;

/** A survey the signed-in person is asked, with the answers they gave so far (empty before they answer). */
public record MySurvey(UUID id, String title, SurveyStatus status, List<SurveyQuestion> questions,
                       List<Answer> myAnswers) {
}
