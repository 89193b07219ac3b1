package io.kadens.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A Prometheus scrape token for the test application (OperationsEndpointsTest scrapes with it). */
public class TestOperationsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SCRAPE_TOKEN = "test-scrape-token-1f6c2a";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kadens-test-operations",
                Map.of("kadens.metrics.scrape-token", SCRAPE_TOKEN)));
    }
}
