package io.kadens.ai.smart;

import java.util.Locale;

/**
 * Why a criterion passed or failed, as a message key the application resolves in the goal text's
 * language ({@code coach.reason.<criterion>.<name>} in the app's coach bundle). Arguments are words
 * quoted from the goal text itself, or a {@link java.time.LocalDate} the app formats for the locale.
 */
public enum SmartReason {
    SPECIFIC_ACTION(SmartCriterion.SPECIFIC, "action"),
    SPECIFIC_VAGUE(SmartCriterion.SPECIFIC, "vague"),
    SPECIFIC_NO_ACTION(SmartCriterion.SPECIFIC, "noAction"),
    SPECIFIC_TOO_SHORT(SmartCriterion.SPECIFIC, "tooShort"),
    MEASURABLE_TARGET(SmartCriterion.MEASURABLE, "target"),
    MEASURABLE_DELIVERABLE(SmartCriterion.MEASURABLE, "deliverable"),
    MEASURABLE_METRIC_WITHOUT_TARGET(SmartCriterion.MEASURABLE, "metricWithoutTarget"),
    MEASURABLE_NONE(SmartCriterion.MEASURABLE, "none"),
    ACHIEVABLE_PLAUSIBLE(SmartCriterion.ACHIEVABLE, "plausible"),
    ACHIEVABLE_EXTREME(SmartCriterion.ACHIEVABLE, "extreme"),
    ACHIEVABLE_ABSOLUTE(SmartCriterion.ACHIEVABLE, "absolute"),
    RELEVANT_PARENT(SmartCriterion.RELEVANT, "parent"),
    /** Passed: nothing links it to the parent in words, and nothing says it does not serve it. */
    RELEVANT_PARENT_ASSUMED(SmartCriterion.RELEVANT, "parentAssumed"),
    RELEVANT_PARENT_UNRELATED(SmartCriterion.RELEVANT, "parentUnrelated"),
    /** Failed: the organisation's own housekeeping (a staff party, the office's chairs) under a parent of another topic. */
    RELEVANT_PARENT_HOUSEKEEPING(SmartCriterion.RELEVANT, "parentHousekeeping"),
    /** Failed: the writer's own life or learning under an organisation's parent goal. */
    RELEVANT_PARENT_OWN(SmartCriterion.RELEVANT, "parentOwn"),
    RELEVANT_PURPOSE(SmartCriterion.RELEVANT, "purpose"),
    RELEVANT_BUSINESS(SmartCriterion.RELEVANT, "business"),
    RELEVANT_NONE(SmartCriterion.RELEVANT, "none"),
    TIME_BOUND_DEADLINE(SmartCriterion.TIME_BOUND, "deadline"),
    TIME_BOUND_ONGOING(SmartCriterion.TIME_BOUND, "ongoing"),
    TIME_BOUND_PERIOD_ONLY(SmartCriterion.TIME_BOUND, "periodOnly"),
    TIME_BOUND_NONE(SmartCriterion.TIME_BOUND, "none"),
    EMPTY(null, "empty");

    private final SmartCriterion criterion;
    private final String name;

    SmartReason(SmartCriterion criterion, String name) {
        this.criterion = criterion;
        this.name = name;
    }

    /** The criterion this reason explains; null for {@link #EMPTY}, which explains all of them. */
    public SmartCriterion criterion() {
        return criterion;
    }

    public String messageKey() {
        return criterion == null ? "coach.reason." + name
                : "coach.reason." + criterion.jsonName().toLowerCase(Locale.ROOT) + "." + name;
    }
}
