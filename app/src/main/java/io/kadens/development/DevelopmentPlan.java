package io.kadens.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's development plan for a period, as a viewer who may see it sees it.
 *
 * @param stale           nobody touched it for longer than its review cadence
 * @param progressPercent done actions and reached milestones of all of them (dropped objectives left out)
 * @param version         for optimistic locking: every change to the plan or its parts raises it
 */
public record DevelopmentPlan(UUID id, UUID personId, String personName, LocalDate periodStart, LocalDate periodEnd,
                              PlanStatus status, int reviewCadenceDays, Instant submittedAt, Instant approvedAt,
                              UUID approvedBy, String approvedByName, boolean changedSinceApproval,
                              Instant lastTouchedAt, boolean stale, int progressPercent, List<Objective> objectives,
                              List<PlanComment> comments, List<PlanChange> changes, long version) {

    public List<PlanAction> openActions() {
        return objectives.stream().filter(o -> o.status() != ObjectiveStatus.DROPPED && o.status() != ObjectiveStatus.DONE)
                .flatMap(o -> o.actions().stream()).filter(PlanAction::open).toList();
    }
}
