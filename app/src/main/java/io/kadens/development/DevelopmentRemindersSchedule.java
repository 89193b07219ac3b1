package io.kadens.development;

import io.kadens.platform.ClusterTask;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stale-plan reminders run as a {@link ClusterTask}, once per cluster, on the reminders' interval; like the
 * other reminders they stay off where kadens.notifications.scheduling=false (tests run a round when they choose).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kadens.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class DevelopmentRemindersSchedule {

    @Bean
    ClusterTask developmentRemindersTask(DevelopmentReminders reminders,
                                         @Value("${kadens.notifications.reminder-interval:PT15M}") Duration interval) {
        return new ClusterTask("development-reminders", interval, reminders::scheduled);
    }
}
