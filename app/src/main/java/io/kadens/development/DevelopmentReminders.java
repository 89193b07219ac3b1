package io.kadens.development;

import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans do not go stale: every plan of the current period that nobody touched for longer than its review
 * cadence is reminded to its person and their manager, through the outbox. The dedupe key holds the last
 * touch, so any number of rounds remind once, and a plan touched and then left again is reminded again.
 */
@Component
public class DevelopmentReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentReminders.class);

    private final DevelopmentRepository repository;
    private final DevelopmentNotifications notifications;
    private final Organisations organisations;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DevelopmentReminders(DevelopmentRepository repository, DevelopmentNotifications notifications,
                         Organisations organisations, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.notifications = notifications;
        this.organisations = organisations;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One round over every active tenant; run once per cluster by {@link DevelopmentRemindersSchedule}. */
    void scheduled() {
        for (TenantId tenant : organisations.activeTenants()) {
            try {
                TenantScope.call(tenant, this::remindInBoundTenant);
            } catch (RuntimeException e) {
                LOG.warn("development plan reminders for tenant {} failed; the next round tries again", tenant, e);
            }
        }
    }

    /** Enqueues the stale-plan reminders due in the bound tenant; returns how many plans got a new one. */
    public int remindInBoundTenant() {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            int made = 0;
            for (DevelopmentRepository.PlanRow plan : repository.allPlansOn(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                if (plan.staleAt(now) && notifications.remindStale(plan.personId(), plan.id(), plan.lastTouchedAt())) {
                    made++;
                }
            }
            return made;
        });
    }
}
