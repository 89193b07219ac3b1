package io.kadens.ai.plans;

/** The three usual kinds of development action (the 70-20-10 model). */
public enum ActionKind {
    /** On-the-job stretch work, from the framework's description of the level to reach. */
    STRETCH,
    /** Learning from others: an opted-in mentor for the competency. */
    LEARN_FROM_OTHERS,
    /** Formal learning: an item of the training library. */
    FORMAL_LEARNING
}
