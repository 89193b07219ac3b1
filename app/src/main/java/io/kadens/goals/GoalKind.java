package io.kadens.goals;

/** The three kinds of goal: business or project results, behaviours and values, personal development. */
public enum GoalKind {
    BUSINESS, BEHAVIOURAL, DEVELOPMENT
}
