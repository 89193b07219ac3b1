package io.kadens.notifications;

import io.kadens.platform.ClusterTask;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox worker's and the reminders' schedules, as {@link ClusterTask}s: each round runs on one
 * instance of the cluster. A deployment can switch them off (kadens.notifications.scheduling=false), and
 * tests do, to run the worker when they choose. No {@code @Scheduled} method exists for them, so a module
 * that switches Spring's own scheduling on (Spring Modulith's moments does) cannot start them behind this switch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kadens.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationsConfiguration {

    @Bean
    ClusterTask notificationDeliveryTask(DeliveryWorker worker,
                                     @Value("${kadens.notifications.delivery-interval:PT20S}") Duration interval) {
        return new ClusterTask("notification-delivery", interval, worker::scheduled);
    }

    @Bean
    ClusterTask notificationRemindersTask(Reminders reminders,
                                      @Value("${kadens.notifications.reminder-interval:PT15M}") Duration interval) {
        return new ClusterTask("notification-reminders", interval, reminders::scheduled);
    }
}
