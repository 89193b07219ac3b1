package io.kadens.surveys;

import java.util.Locale;

/**
 * The question bank of pulse and engagement surveys: a few well-known questions over five themes, in English and
 * Swedish (bundle keys {@code surveys.bank.<name>}). HR admins pick from it when they create a pulse or engagement
 * survey; the prompts are copied into the survey, so later edits of the survey never change the bank.
 */
public enum BankQuestion {

    WORKLOAD_MANAGEABLE(Theme.WORKLOAD, QuestionKind.SCALE),
    WORKLOAD_FOCUS(Theme.WORKLOAD, QuestionKind.SCALE),
    GROWTH_LEARNING(Theme.GROWTH, QuestionKind.SCALE),
    GROWTH_PATH(Theme.GROWTH, QuestionKind.SCALE),
    RECOGNITION_VALUED(Theme.RECOGNITION, QuestionKind.SCALE),
    RECOGNITION_FEEDBACK(Theme.RECOGNITION, QuestionKind.SCALE),
    MANAGER_SUPPORT(Theme.MANAGER, QuestionKind.SCALE),
    MANAGER_CHECKINS(Theme.MANAGER, QuestionKind.SCALE),
    BELONGING_TEAM(Theme.BELONGING, QuestionKind.SCALE),
    BELONGING_RECOMMEND(Theme.BELONGING, QuestionKind.SCALE),
    BELONGING_GOALS(Theme.BELONGING, QuestionKind.SCALE),
    OPEN_IMPROVE(Theme.OPEN, QuestionKind.TEXT);

    /** What a bank question is about; HR admins see the bank grouped by theme. */
    public enum Theme {
        WORKLOAD, GROWTH, RECOGNITION, MANAGER, BELONGING, OPEN;

        public String labelKey() {
            return "surveys.bank.theme." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Theme theme;
    private final QuestionKind kind;

    BankQuestion(Theme theme, QuestionKind kind) {
        this.theme = theme;
        this.kind = kind;
    }

    public Theme theme() {
        return theme;
    }

    public QuestionKind kind() {
        return kind;
    }

    public String promptKey() {
        return "surveys.bank." + name().toLowerCase(Locale.ROOT);
    }
}
