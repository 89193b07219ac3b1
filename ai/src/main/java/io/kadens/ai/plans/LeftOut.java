package io.kadens.ai.plans;

/**
 * A note on something the draft left out because nothing supports it.
 *
 * @param competencyId the competency concerned, null when none (a theme that matches no competency)
 * @param subject      what it is about, for the message: a competency's or a theme's name
 * @param text         the note in the request's language
 */
public record LeftOut(Reason reason, String competencyId, String subject, String text) {

    public enum Reason {
        /** No training item of the library teaches the competency at a fitting level. */
        NO_TRAINING,
        /** Nobody opted in to mentor the competency (among those the person may see). */
        NO_MENTOR,
        /** The framework describes no behaviour for the level to reach, so no stretch task is drafted. */
        NO_STRETCH_DESCRIPTION,
        /** A feedback growth theme names no competency of the framework. */
        THEME_WITHOUT_COMPETENCY,
        /** A feedback growth theme cites no feedback items. */
        THEME_WITHOUT_FEEDBACK,
        /** A competency with an expectation has no rating yet, so its gap is unknown. */
        NOT_ASSESSED,
        /** A gap ranked below the objectives the horizon has room for. */
        BELOW_THE_CUT,
        /** The language model's rewording did not pass verification; the offline wording is kept. */
        REWORDING_DROPPED
    }

    public String messageKey() {
        return "development.draft.leftout." + reason.name();
    }
}
