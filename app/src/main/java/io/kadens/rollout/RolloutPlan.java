package io.kadens.rollout;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's rollout as HR admins see it. {@code version} guards the contact person and the phase dates
 * (0 before anything was saved); milestones and groups carry their own versions.
 */
public record RolloutPlan(long version, UUID contactPersonId, List<PhaseDates> phases, List<Milestone> milestones,
                          List<PilotGroup> groups, List<PilotWarning> warnings, Optional<RolloutPhase> currentPhase) {
}
