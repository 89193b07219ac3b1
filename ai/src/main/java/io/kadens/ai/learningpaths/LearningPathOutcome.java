package io.kadens.ai.learningpaths;

/** A draft, or nothing to draft from. */
public sealed interface LearningPathOutcome permits LearningPathOutcome.Drafted, LearningPathOutcome.NothingToDraftFrom {

    record Drafted(LearningPathDraft draft) implements LearningPathOutcome {
    }

    /**
     * Neither company content nor library items about the competency exist (that the requester may see):
     * HR can upload content or add training items first. Message key
     * {@code learningdrafts.missing.NO_MATERIAL}.
     */
    record NothingToDraftFrom(String competencyName) implements LearningPathOutcome {
        public String messageKey() {
            return "learningdrafts.missing.NO_MATERIAL";
        }
    }
}
