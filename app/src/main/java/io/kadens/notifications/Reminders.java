package io.kadens.notifications;

import io.kadens.feedback.DueFeedbackRequest;
import io.kadens.feedback.FeedbackRequests;
import io.kadens.goals.StaleGoal;
import io.kadens.goals.StaleGoals;
import io.kadens.oneonones.AgendaItem;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.DueCheckIn;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.oneonones.Participant;
import io.kadens.oneonones.UpcomingMeeting;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the day-before reminders: 1:1 tomorrow (with the agenda, to both people), check-in due (the
 * report of a manager 1:1 tomorrow without a check-in), feedback requests due tomorrow, and goals that went
 * stale (to their owner, once each time a goal goes without an update for the tenant's days). "Tomorrow"
 * is in the tenant's time zone. Each reminder has a dedupe key, so running this any number of times
 * (a retried round, a second instance) makes each reminder once.
 */
@Component
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final OutboxRepository outbox;
    private final Notifications notifications;
    private final FeedbackNotifications feedbackNotifications;
    private final OneOnOnes oneOnOnes;
    private final CheckIns checkIns;
    private final FeedbackRequests feedbackRequests;
    private final StaleGoals staleGoals;
    private final TenantSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Reminders(OutboxRepository outbox, Notifications notifications, FeedbackNotifications feedbackNotifications,
              OneOnOnes oneOnOnes, CheckIns checkIns, FeedbackRequests feedbackRequests, StaleGoals staleGoals,
              TenantSettingsService settings, Clock clock, PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.feedbackNotifications = feedbackNotifications;
        this.oneOnOnes = oneOnOnes;
        this.checkIns = checkIns;
        this.feedbackRequests = feedbackRequests;
        this.staleGoals = staleGoals;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One scheduled round over every active tenant (NotificationsConfiguration). */
    void scheduled() {
        List<TenantId> tenants = transactions.execute(status -> outbox.activeTenants());
        for (TenantId tenant : tenants) {
            try {
                TenantScope.call(tenant, this::roundInBoundTenant);
            } catch (RuntimeException e) {
                LOG.warn("reminders for tenant {} failed; the next round tries again", tenant, e);
            }
        }
    }

    /**
     * One scheduled round in the bound tenant: first the 1:1 series are put in step with the reporting lines
     * (a new report gets their series and meetings without anyone opening a page, so tomorrow's meetings are
     * known), then the reminders due are made. Returns how many reminders were made.
     */
    public int roundInBoundTenant() {
        try {
            oneOnOnes.synchroniseReportingLines();
        } catch (RuntimeException e) {
            LOG.warn("keeping 1:1 series in step with the reporting lines failed; reminders still run", e);
        }
        return createDueInBoundTenant();
    }

    /** Creates the reminders due in the bound tenant; returns how many new ones were made. */
    public int createDueInBoundTenant() {
        ZoneId zone = transactions.execute(status -> settings.zone());
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        Instant from = tomorrow.atStartOfDay(zone).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(zone).toInstant();
        int made = 0;
        made += guarded("1:1 tomorrow", () -> meetingsTomorrow(from, to));
        made += guarded("check-in due", () -> checkInsDue(from, to, tomorrow));
        made += guarded("feedback due", () -> feedbackDue(tomorrow));
        made += guarded("stale goals", () -> staleGoals(zone));
        return made;
    }

    private int guarded(String what, java.util.function.IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (UnsupportedOperationException notYet) {
            LOG.debug("{} reminders not available yet", what);
            return 0;
        }
    }

    private int meetingsTomorrow(Instant from, Instant to) {
        return transactions.execute(status -> {
            int made = 0;
            for (UpcomingMeeting meeting : oneOnOnes.meetingsBetween(from, to)) {
                List<String> agenda = meeting.agenda().stream().filter(item -> !item.covered())
                        .map(AgendaItem::text).toList();
                for (Participant[] pair : List.of(new Participant[] {meeting.lead(), meeting.member()},
                        new Participant[] {meeting.member(), meeting.lead()})) {
                    NotificationFacts facts = new NotificationFacts(pair[1].name(), meeting.meetingId(),
                            meeting.scheduledAt(), null, null, agenda, "one-on-ones");
                    // The meeting time is in the key: a 1:1 moved to another day is reminded again.
                    String key = "one-on-one-tomorrow:" + meeting.meetingId() + ":" + pair[0].id() + ":"
                            + meeting.scheduledAt().getEpochSecond();
                    if (notifications.enqueue(NotificationKind.ONE_ON_ONE_TOMORROW, pair[0].id(), key, facts)
                            .isPresent()) {
                        made++;
                    }
                }
            }
            return made;
        });
    }

    private int checkInsDue(Instant from, Instant to, LocalDate tomorrow) {
        return transactions.execute(status -> {
            int made = 0;
            for (DueCheckIn due : checkIns.due(from, to)) {
                NotificationFacts facts = new NotificationFacts(due.manager().name(), due.meetingId(),
                        due.meetingAt(), tomorrow, null, List.of(), "check-ins");
                if (notifications.enqueue(NotificationKind.CHECK_IN_DUE, due.employee().id(),
                        "check-in-due:" + due.meetingId() + ":" + due.employee().id(), facts).isPresent()) {
                    made++;
                }
            }
            return made;
        });
    }

    private int staleGoals(ZoneId zone) {
        return transactions.execute(status -> {
            int made = 0;
            for (StaleGoal stale : staleGoals.forReminders()) {
                NotificationFacts facts = new NotificationFacts(null, stale.goal().id(), null,
                        LocalDate.ofInstant(stale.lastUpdate(), zone), stale.goal().title(), List.of(),
                        "goals/" + stale.goal().id());
                // The last update is in the key: a goal updated and then left again is reminded again.
                String key = "goal-stale:" + stale.goal().id() + ":" + stale.goal().owner().id() + ":"
                        + stale.lastUpdate().getEpochSecond();
                if (notifications.enqueue(NotificationKind.GOAL_STALE, stale.goal().owner().id(), key, facts)
                        .isPresent()) {
                    made++;
                }
            }
            return made;
        });
    }

    private int feedbackDue(LocalDate tomorrow) {
        return transactions.execute(status -> {
            int made = 0;
            for (DueFeedbackRequest due : feedbackRequests.openDueOn(tomorrow)) {
                if (feedbackNotifications.enqueueDue(due.requestId(), due.recipientId(), due.requesterId(),
                        due.subjectId(), due.question(), due.dueDate()).isPresent()) {
                    made++;
                }
            }
            return made;
        });
    }
}
