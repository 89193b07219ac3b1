package io.kadens.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Health from progress against time (docs/decisions/2026-11-27-goals-progress-and-health.md): the
 * expected progress is the share of the period that has passed (days, the end day included); a goal
 * at most {@value #AT_RISK_GAP} behind that is on track, at most {@value #OFF_TRACK_GAP} behind at risk,
 * further behind off track. A goal at full progress is on track whatever the date.
 */
public final class HealthRule {

    /** How far (as a share of the whole) progress may trail the elapsed time and still be on track. */
    public static final double AT_RISK_GAP = 0.15;
    /** Trailing by more than this is off track. */
    public static final double OFF_TRACK_GAP = 0.30;

    private HealthRule() {
    }

    /** The share 0..1 of the period [start, end] (both days included) that has passed when {@code today} begins. */
    public static double elapsedShare(LocalDate start, LocalDate end, LocalDate today) {
        if (start == null || end == null || today == null || !today.isAfter(start)) {
            return 0;
        }
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        long passed = ChronoUnit.DAYS.between(start, today);
        return Math.min(1, (double) passed / total);
    }

    public static Health compute(double progress, LocalDate start, LocalDate end, LocalDate today) {
        if (progress >= 1) {
            return Health.ON_TRACK;
        }
        // Rounded to a millionth so that 0.50 - 0.35 counts as the 0.15 it is, not 0.15000000000000002.
        double gap = Math.round((elapsedShare(start, end, today) - progress) * 1_000_000) / 1_000_000.0;
        if (gap <= AT_RISK_GAP) {
            return Health.ON_TRACK;
        }
        return gap <= OFF_TRACK_GAP ? Health.AT_RISK : Health.OFF_TRACK;
    }

    /** The health a goal shows by its status: closed goals are settled, cancelled ones have none. */
    public static Health forStatus(GoalStatus status, double progress, LocalDate start, LocalDate end, LocalDate today) {
        return switch (status) {
            case CANCELLED -> null;
            case ACHIEVED -> Health.ON_TRACK;
            case MISSED -> Health.OFF_TRACK;
            case DRAFT, ACTIVE -> compute(progress, start, end, today);
        };
    }
}
