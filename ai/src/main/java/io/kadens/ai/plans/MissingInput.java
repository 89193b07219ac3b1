package io.kadens.ai.plans;

import java.util.List;

/**
 * No draft: the plan would rest on nothing. Each entry says what is missing and who can add it; the UI
 * shows {@link Missing#messageKey()} (en and sv bundles of the application).
 */
public record MissingInput(List<Missing> missing) implements PlanDraftOutcome {

    public MissingInput {
        missing = List.copyOf(missing);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("say what is missing");
        }
    }

    public enum What {
        /** The tenant has no competency framework, or none that applies to the person. */
        NO_FRAMEWORK,
        /** The framework sets no expected level for the person's job level or target role. */
        NO_EXPECTATIONS,
        /** Nobody has rated the person yet, and no feedback theme names a growth area. */
        NO_ASSESSMENT,
        /** The training library is empty. */
        EMPTY_LIBRARY
    }

    /** Who can add what is missing. */
    public enum Who {
        /** An HR admin (frameworks, expectations, the training library). */
        HR_ADMIN,
        /** The person themselves (a self assessment) or their manager (a manager assessment). */
        PERSON_OR_MANAGER
    }

    public record Missing(What what, Who who) {

        /** e.g. {@code development.draft.missing.NO_FRAMEWORK}. */
        public String messageKey() {
            return "development.draft.missing." + what.name();
        }

        /** The same in plain words, for REST clients and logs: English or Swedish. */
        public String describe(String language) {
            boolean sv = "sv".equals(language);
            return switch (what) {
                case NO_FRAMEWORK -> sv ? "Det finns inget kompetensramverk. En HR-administratör kan lägga till ett."
                        : "There is no competency framework. An HR admin can add one.";
                case NO_EXPECTATIONS -> sv ? "Ramverket anger inga förväntade nivåer för din roll. En HR-administratör kan"
                        + " lägga till dem." : "The framework sets no expected levels for your role. An HR admin can add them.";
                case NO_ASSESSMENT -> sv ? "Ingen har bedömt dina kompetenser än. Du kan göra en självskattning, eller din"
                        + " chef en bedömning." : "Nobody has assessed your competencies yet. You can rate yourself, or"
                        + " your manager can assess you.";
                case EMPTY_LIBRARY -> sv ? "Utbildningsbiblioteket är tomt. En HR-administratör kan lägga till"
                        + " utbildningar." : "The training library is empty. An HR admin can add training items.";
            };
        }
    }
}
