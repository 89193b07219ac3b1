package io.kadens.development;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The home page's plan items: the reader's open plan actions due within a week (or overdue), their plan when
 * it went stale, and for managers the plans of their people waiting for approval.
 */
@Component
class DevelopmentNextSteps implements NextStepsSource {

    static final int DAYS_AHEAD = 7;

    private final DevelopmentPlans plans;

    DevelopmentNextSteps(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        List<NextStep> steps = new ArrayList<>();
        LocalDate today = viewer.today();
        DevelopmentPlans.HomePlans mine = plans.forHome(viewer.personId());
        for (PlanAction action : mine.openActions()) {
            if (action.dueOn().isAfter(today.plusDays(DAYS_AHEAD))) {
                continue;
            }
            Urgency urgency = action.dueOn().isBefore(today) ? Urgency.OVERDUE
                    : action.dueOn().isEqual(today) ? Urgency.TODAY : Urgency.SOON;
            steps.add(new NextStep("development-action-" + action.id(), Audience.MINE, urgency,
                    viewer.startOf(action.dueOn()), "nextsteps.development.action",
                    List.of(action.title()), "development"));
        }
        mine.current().filter(DevelopmentPlan::stale).ifPresent(plan -> steps.add(new NextStep(
                "development-stale-" + plan.id(), Audience.MINE, Urgency.OVERDUE, plan.lastTouchedAt(),
                "nextsteps.development.stale", List.of(), "development")));
        if (viewer.manager()) {
            for (DevelopmentPlan plan : plans.waitingForMyApproval()) {
                steps.add(new NextStep("development-approval-" + plan.id(), Audience.TEAM, Urgency.SOON,
                        plan.submittedAt(), "nextsteps.development.approval", List.of(plan.personName()),
                        "development/" + plan.personId()));
            }
        }
        return steps;
    }
}
