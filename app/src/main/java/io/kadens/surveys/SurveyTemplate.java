package io.kadens.surveys;

import java.util.List;

/**
 * What a survey starts from. The process template asks the step-9 questions of the product guide: how much time
 * the process took, how easy it was to follow, how satisfied people are with its results, and anything else.
 * Pulse and engagement surveys start from a default pick of the {@link BankQuestion question bank}, which HR admins
 * may replace with their own pick. Prompts come from the surveys bundles, in English and Swedish, and are copied
 * into the survey when it is created.
 */
public enum SurveyTemplate {

    PROCESS(List.of(
            new TemplateQuestion(QuestionKind.SCALE, "surveys.template.process.time"),
            new TemplateQuestion(QuestionKind.SCALE, "surveys.template.process.ease"),
            new TemplateQuestion(QuestionKind.SCALE, "surveys.template.process.satisfaction"),
            new TemplateQuestion(QuestionKind.TEXT, "surveys.template.process.comments")), false),
    PULSE(bank(BankQuestion.WORKLOAD_MANAGEABLE, BankQuestion.RECOGNITION_VALUED, BankQuestion.MANAGER_SUPPORT,
            BankQuestion.OPEN_IMPROVE), true),
    ENGAGEMENT(bank(BankQuestion.BELONGING_TEAM, BankQuestion.BELONGING_RECOMMEND, BankQuestion.GROWTH_LEARNING,
            BankQuestion.BELONGING_GOALS, BankQuestion.MANAGER_SUPPORT, BankQuestion.OPEN_IMPROVE), true);

    private final List<TemplateQuestion> questions;
    private final boolean fromBank;

    SurveyTemplate(List<TemplateQuestion> questions, boolean fromBank) {
        this.questions = questions;
        this.fromBank = fromBank;
    }

    private static List<TemplateQuestion> bank(BankQuestion... picked) {
        return java.util.Arrays.stream(picked).map(TemplateQuestion::of).toList();
    }

    /** The questions a survey of this template gets when nothing is picked from the bank. */
    public List<TemplateQuestion> questions() {
        return questions;
    }

    /** Whether HR admins pick this template's questions from the question bank. */
    public boolean fromBank() {
        return fromBank;
    }

    public String labelKey() {
        return "surveys.template." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A question of a template: its kind and the bundle key of its prompt. */
    public record TemplateQuestion(QuestionKind kind, String promptKey) {

        static TemplateQuestion of(BankQuestion question) {
            return new TemplateQuestion(question.kind(), question.promptKey());
        }
    }
}
