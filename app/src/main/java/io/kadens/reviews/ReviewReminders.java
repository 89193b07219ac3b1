package io.kadens.reviews;

import io.kadens.notifications.NotificationFacts;
import io.kadens.notifications.NotificationKind;
import io.kadens.notifications.Notifications;
import io.kadens.organisation.Organisations;
import io.kadens.people.OrgFacts;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day-before reminders of review cycles, through the notifications outbox (email, and Slack where the
 * kind goes there): every author of a review not yet submitted whose phase deadline is tomorrow, in the
 * tenant's time zone, in a running cycle. The dedupe key holds the deadline, so running this any number of
 * times makes each reminder once, and an extended deadline is reminded again.
 */
@Component
public class ReviewReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewReminders.class);

    private final ReviewCycleRepository repository;
    private final Notifications notifications;
    private final Organisations organisations;
    private final TenantSettingsService settings;
    private final OrgFacts org;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReviewReminders(ReviewCycleRepository repository, Notifications notifications, Organisations organisations,
                    TenantSettingsService settings, OrgFacts org, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.notifications = notifications;
        this.organisations = organisations;
        this.settings = settings;
        this.org = org;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One round over every active tenant; run once per cluster by {@link ReviewRemindersSchedule}. */
    void scheduled() {
        for (TenantId tenant : organisations.activeTenants()) {
            try {
                TenantScope.call(tenant, this::remindInBoundTenant);
            } catch (RuntimeException e) {
                LOG.warn("review reminders for tenant {} failed; the next round tries again", tenant, e);
            }
        }
    }

    /** Enqueues the reminders due in the bound tenant; returns how many new ones were made. */
    public int remindInBoundTenant() {
        return transactions.execute(status -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(settings.current().timeZone());
            } catch (DateTimeException unknown) {
                zone = ZoneId.of("UTC");
            }
            LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
            List<ReviewCycleRepository.DueReview> due = repository.dueOn(tomorrow);
            Set<java.util.UUID> subjects = new HashSet<>();
            due.forEach(d -> subjects.add(d.subjectId()));
            Map<java.util.UUID, String> names = org.names(subjects);
            int made = 0;
            for (ReviewCycleRepository.DueReview review : due) {
                NotificationFacts facts = new NotificationFacts(names.get(review.subjectId()), review.reviewId(), null,
                        review.deadline(), review.cycleName(), null, "reviews/" + review.reviewId());
                String key = "review-due:" + review.reviewId() + ":" + review.deadline();
                if (notifications.enqueue(NotificationKind.REVIEW_DUE, review.authorId(), key, facts).isPresent()) {
                    made++;
                }
            }
            return made;
        });
    }
}
