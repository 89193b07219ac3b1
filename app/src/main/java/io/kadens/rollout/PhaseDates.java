package io.kadens.rollout;

import java.time.LocalDate;

/** When a phase runs; {@code endsOn} is empty for a phase without a planned end (usually the rollout). */
public record PhaseDates(RolloutPhase phase, LocalDate startsOn, LocalDate endsOn) {

    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
