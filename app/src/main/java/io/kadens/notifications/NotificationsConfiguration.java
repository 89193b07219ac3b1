package io.kadens.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the outbox worker's and the reminders' schedules. A deployment can switch them off
 * (kadens.notifications.scheduling=false), and tests do, to run the worker when they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kadens.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationsConfiguration {
}
