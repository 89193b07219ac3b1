package io.kadens.reviews;

/** What a template question asks for. */
public enum QuestionKind {
    /** A written answer. */
    TEXT,
    /** One rating on the tenant's rating scale. */
    RATING,
    /** A rating on the tenant's scale for each competency (the framework's, else the question's own list). */
    COMPETENCY_RATING,
    /** A rating for each of the reviewee's goals in the review window, weighted. */
    GOAL_RATING,
    /** A rating for each leadership criterion; asked only about people who manage others. */
    LEADERSHIP;

    /** Kinds that rate a list of criteria the question itself names. */
    public boolean hasCriteria() {
        return this == COMPETENCY_RATING || this == LEADERSHIP;
    }
}
