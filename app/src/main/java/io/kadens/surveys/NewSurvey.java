package io.kadens.surveys;

import java.util.UUID;

/** What an HR admin gives to create a survey: a title, a template and an audience (no id for everyone). */
public record NewSurvey(String title, SurveyTemplate template, AudienceKind audience, UUID audienceId) {
}
