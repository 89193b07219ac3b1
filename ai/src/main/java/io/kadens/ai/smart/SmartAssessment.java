package io.kadens.ai.smart;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checker's answer for one goal text: a verdict per criterion, and the language the reasons are
 * to be shown in (the text's own).
 */
public record SmartAssessment(String language, Map<SmartCriterion, SmartVerdict> criteria) {

    public SmartAssessment {
        EnumMap<SmartCriterion, SmartVerdict> copy = new EnumMap<>(SmartCriterion.class);
        copy.putAll(criteria);
        if (copy.size() != SmartCriterion.values().length) {
            throw new IllegalArgumentException("every criterion needs a verdict");
        }
        criteria = java.util.Collections.unmodifiableMap(copy);
    }

    public SmartVerdict verdict(SmartCriterion criterion) {
        return criteria.get(criterion);
    }

    public boolean passes(SmartCriterion criterion) {
        return criteria.get(criterion).pass();
    }

    /**
     * The last day the goal's text means, when the text says when and the checker could resolve it
     * ("before next spring" written on 5 December 2026 is 28 February 2027).
     */
    public java.util.Optional<java.time.LocalDate> deadline() {
        SmartVerdict timeBound = criteria.get(SmartCriterion.TIME_BOUND);
        return timeBound.pass() ? timeBound.args().stream().filter(java.time.LocalDate.class::isInstance)
                .map(java.time.LocalDate.class::cast).findFirst() : java.util.Optional.empty();
    }

    /** How many criteria pass, 0..5: the score rewrites are compared by. */
    public int score() {
        return (int) criteria.values().stream().filter(SmartVerdict::pass).count();
    }

    public Set<SmartCriterion> missing() {
        return criteria.entrySet().stream().filter(e -> !e.getValue().pass()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SmartCriterion.class)));
    }

    /** True when this passes every criterion {@code other} passes (and so loses nothing against it). */
    public boolean keepsEverythingOf(SmartAssessment other) {
        return other.criteria.entrySet().stream().allMatch(e -> !e.getValue().pass() || passes(e.getKey()));
    }
}
