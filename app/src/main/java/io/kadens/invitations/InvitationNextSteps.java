package io.kadens.invitations;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For HR admins on the home page: invitations whose mail could not be sent (to send again), and invitations
 * still waiting to be accepted.
 */
@Component
class InvitationNextSteps implements NextStepsSource {

    private final Invitations invitations;

    InvitationNextSteps(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        if (!viewer.hrAdmin()) {
            return List.of();
        }
        List<InvitationSummary> all = invitations.list();
        long undelivered = all.stream().filter(i -> i.canResend() && i.deliveryFailed()).count();
        long pending = all.stream().filter(i -> i.status() == InvitationStatus.PENDING).count();
        List<NextStep> steps = new ArrayList<>();
        if (undelivered > 0) {
            steps.add(new NextStep("invitations-undelivered", Audience.ORGANISATION, Urgency.TODAY, null,
                    "nextsteps.invitations.undelivered", List.of((int) undelivered), "invitations"));
        }
        if (pending > 0) {
            steps.add(new NextStep("invitations-pending", Audience.ORGANISATION, Urgency.LATER, null,
                    "nextsteps.invitations.pending", List.of((int) pending), "invitations"));
        }
        return steps;
    }
}
