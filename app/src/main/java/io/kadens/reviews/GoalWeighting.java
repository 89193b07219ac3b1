package io.kadens.reviews;

/** How the ratings of a goal question are combined into one figure. */
public enum GoalWeighting {
    /** Every goal counts the same. */
    EQUAL,
    /** The writer gives each goal a weight; the weights add up to 100. */
    WRITER_SETS_WEIGHTS
}
