package io.kadens.ai.smart;

/** The five SMART criteria, in the order people read them. */
public enum SmartCriterion {
    SPECIFIC("specific"),
    MEASURABLE("measurable"),
    ACHIEVABLE("achievable"),
    RELEVANT("relevant"),
    TIME_BOUND("timeBound");

    private final String jsonName;

    SmartCriterion(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in REST answers and element ids ({@code timeBound}). */
    public String jsonName() {
        return jsonName;
    }
}
