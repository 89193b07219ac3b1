package io.kadens.goals;

import java.time.LocalDate;
import java.util.UUID;

/** A goal period the tenant defines; goals in a closed cycle can no longer be created or changed. */
public record GoalCycle(UUID id, String name, CycleKind kind, LocalDate startsOn, LocalDate endsOn, boolean closed,
                        long version) {
}
