package io.kadens.analytics;

import io.kadens.goals.GoalAnalytics;
import io.kadens.organisation.Organisations;
import io.kadens.platform.ClusterTask;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps each tenant's goal figures for analytics (docs/decisions/2026-12-06-analytics-speed.md) as one
 * {@link ClusterTask}, once per cluster: per tenant, with the tenant bound, it recomputes the kept figures when a
 * goal fact changed since or the day turned ({@link GoalAnalytics#refreshKeptFigures}), and does nothing otherwise.
 * Like the reminders it stays off where kadens.notifications.scheduling=false (tests refresh when they choose).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kadens.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class AnalyticsFiguresTask {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsFiguresTask.class);

    @Bean
    ClusterTask analyticsFiguresClusterTask(GoalAnalytics goals, Organisations organisations, Clock clock,
                                            @Value("${kadens.analytics.figures-interval:PT5M}") Duration interval) {
        return new ClusterTask("analytics-figures", interval, () -> {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            for (TenantId tenant : organisations.activeTenants()) {
                try {
                    TenantScope.call(tenant, () -> goals.refreshKeptFigures(today));
                } catch (RuntimeException e) {
                    LOG.warn("analytics figures for tenant {} failed; the next round tries again", tenant, e);
                }
            }
        });
    }
}
