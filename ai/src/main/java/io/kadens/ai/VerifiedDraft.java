package io.kadens.ai;

import java.util.List;

/** The statements that survived verification, and the ones dropped with the reason. */
public record VerifiedDraft(List<Statement> statements, List<Dropped> dropped) {

    public enum DropReason {
        /** Cites nothing: a statement that cannot be tied to a source is never shown. */
        NO_CITATION,
        /** Cites a label that is not among the evidence the prompt held. */
        UNRESOLVED_CITATION,
        /** Cites a source the requester may not see (now). */
        NOT_VISIBLE,
        /** Its meaning is too far from everything it cites. */
        UNSUPPORTED,
        /**
         * Close in meaning, but a fact disagrees with what it cites: a number, a date, a named person, a
         * negation, or an absolute ("always", "every") the source does not claim.
         */
        CONTRADICTS_SOURCE,
        /** Empty text. */
        EMPTY
    }

    public record Dropped(DraftStatement statement, DropReason reason) {
    }

    public VerifiedDraft {
        statements = List.copyOf(statements);
        dropped = List.copyOf(dropped);
    }
}
