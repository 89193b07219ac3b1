package io.kadens.notifications;

import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code kadens.outbox.backlog}: deliveries of all tenants not sent yet (a growing backlog means SMTP or Slack
 * is down, or the worker is not running anywhere). One number for the deployment, no tenant in its tags;
 * counted tenant by tenant under row-level security, at most every {@link #REFRESH} per instance.
 */
@Component
class OutboxBacklogMetrics {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private Instant countedAt = Instant.MIN;
    private long backlog;

    OutboxBacklogMetrics(OutboxRepository outbox, PlatformTransactionManager transactionManager, Clock clock,
                         MeterRegistry meters) {
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        Gauge.builder("kadens.outbox.backlog", this, OutboxBacklogMetrics::current)
                .description("notification deliveries waiting to be sent or retried, all tenants")
                .register(meters);
    }

    synchronized long current() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(REFRESH) >= 0) {
            backlog = count();
            countedAt = now;
        }
        return backlog;
    }

    long count() {
        List<TenantId> tenants = transactions.execute(status -> outbox.activeTenants());
        long total = 0;
        for (TenantId tenant : tenants) {
            total += TenantScope.call(tenant, () -> transactions.execute(status -> outbox.backlog()));
        }
        return total;
    }
}
