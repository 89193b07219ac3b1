package io.kadens.notifications;

import static io.kadens.db.Tables.NOTIFICATION_DELIVERY;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** For HR admins on the home page: deliveries that failed for good in the last week (retrying one clears it). */
@Component
class NotificationNextSteps implements NextStepsSource {

    static final Duration RECENT = Duration.ofDays(7);

    private final DSLContext db;

    NotificationNextSteps(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        if (!viewer.hrAdmin()) {
            return List.of();
        }
        int failed = db.fetchCount(NOTIFICATION_DELIVERY, NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.FAILED.name())
                .and(NOTIFICATION_DELIVERY.UPDATED_AT.gt(viewer.now().minus(RECENT).atOffset(ZoneOffset.UTC))));
        if (failed == 0) {
            return List.of();
        }
        return List.of(new NextStep("notifications-failed", Audience.ORGANISATION, Urgency.TODAY, null,
                "nextsteps.notifications.failed", List.of(failed), "admin/notifications"));
    }
}
