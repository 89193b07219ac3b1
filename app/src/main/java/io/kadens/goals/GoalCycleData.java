package io.kadens.goals;

import java.time.LocalDate;

/** What an HR admin enters for a goal cycle. */
public record GoalCycleData(String name, CycleKind kind, LocalDate startsOn, LocalDate endsOn, boolean closed) {
}
