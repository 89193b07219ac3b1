package io.kadens.surveys;

import io.kadens.organisation.Organisations;
import io.kadens.platform.ClusterTask;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduled survey runs and survey reminders run as one {@link ClusterTask}, once per cluster, on the reminders'
 * interval; like the other reminders they stay off where kadens.notifications.scheduling=false (tests run a round
 * when they choose).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kadens.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class SurveySchedulesTask {

    private static final Logger LOG = LoggerFactory.getLogger(SurveySchedulesTask.class);

    @Bean
    ClusterTask surveySchedulesClusterTask(SurveySchedules schedules, Organisations organisations,
                                           @Value("${kadens.notifications.reminder-interval:PT15M}") Duration interval) {
        return new ClusterTask("survey-schedules", interval, () -> {
            for (TenantId tenant : organisations.activeTenants()) {
                try {
                    TenantScope.call(tenant, schedules::openDueInBoundTenant);
                    TenantScope.call(tenant, schedules::remindInBoundTenant);
                } catch (RuntimeException e) {
                    LOG.warn("survey schedules for tenant {} failed; the next round tries again", tenant, e);
                }
            }
        });
    }
}
