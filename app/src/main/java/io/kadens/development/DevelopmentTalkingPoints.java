package io.kadens.development;

import io.kadens.oneonones.SuggestedTalkingPoint;
import io.kadens.oneonones.TalkingPointSource;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Open actions of the report's current plan on the agenda of their next 1:1 with their manager. */
@Component
class DevelopmentTalkingPoints implements TalkingPointSource {

    private final DevelopmentPlans plans;

    DevelopmentTalkingPoints(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<SuggestedTalkingPoint> talkingPoints(UUID reportId) {
        if (!plans.mayView(reportId)) {
            return List.of();
        }
        boolean own = plans.actor().personId().equals(reportId);
        return plans.openActionsOf(reportId).stream().map(action -> new SuggestedTalkingPoint(
                "development-action-" + action.id(), "development.agenda.source", action.title(), action.dueOn(),
                own ? "development" : "development/" + reportId)).toList();
    }
}
