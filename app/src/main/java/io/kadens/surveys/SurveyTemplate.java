package io.kadens.surveys;

import java.util.List;

/**
 * What a survey starts from. The process template asks the step-9 questions of the product guide: how much time
 * the process took, how easy it was to follow, how satisfied people are with its results, and anything else.
 * Prompts come from the surveys bundles, in English and Swedish, and are copied into the survey when it is created.
 */
public enum SurveyTemplate {

    PROCESS(List.of(
            new TemplateQuestion(QuestionKind.SCALE, "surveys.template.process.time"),
            new TemplateQuestion(QuestionKind.SCALE, "surveys.template.process.ease"),
            new TemplateQuestion(QuestionKind.SCALE, "surveys.template.process.satisfaction"),
            new TemplateQuestion(QuestionKind.TEXT, "surveys.template.process.comments")));

    private final List<TemplateQuestion> questions;

    SurveyTemplate(List<TemplateQuestion> questions) {
        this.questions = questions;
    }

    public List<TemplateQuestion> questions() {
        return questions;
    }

    public String labelKey() {
        return "surveys.template." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A question of a template: its kind and the bundle key of its prompt. */
    public record TemplateQuestion(QuestionKind kind, String promptKey) {
    }
}
