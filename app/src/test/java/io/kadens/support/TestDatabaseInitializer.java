package io.kadens.support;

import io.kadens.tenants.testing.TestDatabase;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at this test run's own database: the app role for queries, the owner for Flyway.
 * The tests migrate in their own process, and may use the local development passwords. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kadens-test-database", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.appUser(),
                "spring.datasource.password", db.appPassword(),
                "spring.flyway.url", db.jdbcUrl(),
                "spring.flyway.user", db.ownerUser(),
                "spring.flyway.password", db.ownerPassword(),
                // The tests migrate in their own process, with the local development passwords.
                "spring.flyway.enabled", "true",
                "kadens.db.allow-default-passwords", "true",
                // The tenant porter of the per-tenant export and import (its local development password).
                "kadens.db.porter-password", TestDatabase.PORTER,
                "kadens.demo", "false")));
    }
}
