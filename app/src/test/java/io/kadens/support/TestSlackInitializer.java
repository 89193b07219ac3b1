package io.kadens.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test application's Slack client at this JVM's {@link FakeSlackServer}, and turns off the
 * notification schedules: tests run the outbox worker and the reminders themselves, when they choose.
 */
public class TestSlackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kadens-test-slack", Map.of(
                "kadens.slack.api-url", FakeSlackServer.shared().baseUrl(),
                "kadens.slack.timeout", "2s",
                // a fixed test key (32 zero bytes would also do; this one is random-looking on purpose)
                "kadens.slack.token-key", "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=",
                "kadens.notifications.scheduling", "false")));
    }
}
