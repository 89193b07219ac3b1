package io.kadens.development;

/**
 * The three usual ways people develop: stretch work on the job, learning from others (a mentor or coach, a
 * person of the organisation) and formal learning (an item of the training library).
 */
public enum ActionKind {
    STRETCH, LEARN_FROM_OTHERS, FORMAL_LEARNING
}
