package io.kadens.goals;

import io.kadens.platform.InvalidInputException;
import java.math.BigDecimal;

/** What each key result type allows for its values, check-ins and milestones; field → i18n key on bad input. */
final class KeyResultRules {

    /** Values of numeric key results stay below this magnitude (the column holds 14 digits before the point). */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e13");
    static final int MAX_MILESTONE_TITLE = 200;

    private KeyResultRules() {
    }

    /** What is stored for a key result after its type's rules were applied. */
    record KeyValues(BigDecimal start, BigDecimal target, BigDecimal current, String unit, BigDecimal weight) {
    }

    /** Checks a key result's values against what its type allows; returns what is stored. */
    static KeyValues validate(KeyResultData data, boolean creating) {
        if (data == null) {
            throw InvalidInputException.of("title", "goals.keyresult.title.required");
        }
        var errors = new InvalidInputException.Collector();
        errors.check(data.title() != null && !data.title().isBlank(), "title", "goals.keyresult.title.required")
                .check(data.title() == null || data.title().strip().length() <= KeyResultData.MAX_TITLE, "title",
                        "goals.keyresult.title.too-long")
                .check(data.type() != null, "type", "goals.keyresult.type.required")
                .check(data.unit() == null || data.unit().strip().length() <= KeyResultData.MAX_UNIT, "unit",
                        "goals.keyresult.unit.too-long")
                .check(data.weight() == null || (data.weight().signum() > 0
                                && data.weight().compareTo(BigDecimal.valueOf(1000)) <= 0), "weight",
                        "goals.keyresult.weight.invalid");
        errors.throwIfAny();
        BigDecimal weight = data.weight() == null ? BigDecimal.ONE : data.weight();
        String unit = data.unit() == null || data.unit().isBlank() ? null : data.unit().strip();
        BigDecimal start = data.startValue();
        BigDecimal target = data.targetValue();
        BigDecimal current = data.currentValue();
        switch (data.type()) {
            case NUMERIC, PERCENTAGE -> {
                if (current == null) {
                    current = start;
                }
                errors.check(start != null, "startValue", "goals.keyresult.start.required")
                        .check(target != null, "targetValue", "goals.keyresult.target.required");
                if (data.type() == KeyResultType.PERCENTAGE) {
                    errors.check(start == null || isPercentage(start), "startValue", "goals.keyresult.percentage.range")
                            .check(target == null || isPercentage(target), "targetValue",
                                    "goals.keyresult.percentage.range")
                            .check(current == null || isPercentage(current), "currentValue",
                                    "goals.keyresult.percentage.range");
                } else {
                    errors.check(start == null || start.abs().compareTo(MAX_MAGNITUDE) < 0, "startValue",
                                    "goals.keyresult.value.too-large")
                            .check(target == null || target.abs().compareTo(MAX_MAGNITUDE) < 0, "targetValue",
                                    "goals.keyresult.value.too-large")
                            .check(current == null || current.abs().compareTo(MAX_MAGNITUDE) < 0, "currentValue",
                                    "goals.keyresult.value.too-large");
                }
                errors.check(start == null || target == null || start.compareTo(target) != 0, "targetValue",
                        "goals.keyresult.target.same");
                errors.throwIfAny();
                return new KeyValues(start, target, current, unit, weight);
            }
            case BOOLEAN -> {
                BigDecimal done = current == null ? BigDecimal.ZERO : current;
                errors.check(isBoolean(done), "currentValue", "goals.keyresult.boolean.value");
                errors.throwIfAny();
                return new KeyValues(BigDecimal.ZERO, BigDecimal.ONE, done.signum() == 0 ? BigDecimal.ZERO
                        : BigDecimal.ONE, null, weight);
            }
            case MILESTONES -> {
                errors.check(!creating || !data.milestones().isEmpty(), "milestones",
                        "goals.keyresult.milestones.required");
                errors.check(data.milestones().stream().allMatch(m -> m != null && !m.isBlank()), "milestones",
                        "goals.milestone.title.required");
                errors.check(data.milestones().stream().allMatch(m -> m == null || m.strip().length() <= MAX_MILESTONE_TITLE),
                        "milestones", "goals.milestone.title.too-long");
                errors.throwIfAny();
                return new KeyValues(null, null, null, null, weight);
            }
        }
        throw new IllegalStateException();
    }

    static boolean isPercentage(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    static boolean isBoolean(BigDecimal value) {
        return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
    }

    /** The value a check-in stores for a key result of this type (none for milestones, ticked instead). */
    static BigDecimal checkInValue(KeyResultType type, BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of("value", "goals.checkin.value.required");
        }
        switch (type) {
            case NUMERIC -> {
                if (value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
                    throw InvalidInputException.of("value", "goals.keyresult.value.too-large");
                }
            }
            case PERCENTAGE -> {
                if (!isPercentage(value)) {
                    throw InvalidInputException.of("value", "goals.keyresult.percentage.range");
                }
            }
            case BOOLEAN -> {
                if (!isBoolean(value)) {
                    throw InvalidInputException.of("value", "goals.keyresult.boolean.value");
                }
            }
            case MILESTONES -> {
                return null;
            }
        }
        return value;
    }

    static String milestoneTitle(String title) {
        new InvalidInputException.Collector()
                .check(title != null && !title.isBlank(), "title", "goals.milestone.title.required")
                .check(title == null || title.strip().length() <= MAX_MILESTONE_TITLE, "title",
                        "goals.milestone.title.too-long")
                .throwIfAny();
        return title.strip();
    }
}
