package io.kadens.development;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One objective of a plan, as a viewer sees it.
 *
 * @param smartScore   SMART criteria the title meets (0-5), by the SMART checker when it was saved
 * @param smartMissing the criteria it misses, by their REST names ({@code measurable}, {@code timeBound}, ...)
 * @param goalId       the goal of kind DEVELOPMENT that mirrors the objective once the plan is approved
 */
public record Objective(UUID id, int position, String title, String description, ObjectiveSource source,
                        UUID competencyId, String competencyName, UUID targetLevelId, String growthArea, UUID ownerId,
                        LocalDate dueOn, ObjectiveStatus status, int smartScore, List<String> smartMissing, UUID goalId,
                        List<PlanMilestone> milestones, List<PlanAction> actions) {
}
