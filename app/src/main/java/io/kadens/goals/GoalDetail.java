package io.kadens.goals;

import java.util.List;

/**
 * A goal with everything its detail page shows.
 *
 * @param computedHealth   health from progress and time, whatever the override says
 * @param override         the health override, or null
 * @param parent           the parent goal when the current user may see it, else null
 * @param mayEdit          the current user may edit, check in and comment
 * @param mayApprove       the current user may approve or return the goal (pending, in the owner's manager chain)
 */
public record GoalDetail(
        GoalSummary summary,
        String description,
        List<PersonRef> contributors,
        List<KeyResult> keyResults,
        Health computedHealth,
        HealthOverride override,
        String approvalComment,
        GoalSummary parent,
        List<GoalSummary> children,
        boolean mayEdit,
        boolean mayApprove) {
}
