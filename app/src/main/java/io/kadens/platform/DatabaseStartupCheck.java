package io.kadens.platform;

import io.kadens.tenants.DatabaseNotReadyException;
import io.kadens.tenants.DatabasePreflight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Before Flyway migrates, checks that PostgreSQL answers and has pgvector. A failure is one log
 * line that names the problem and the fix, and start-up stops with a non-zero exit.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseStartupCheck {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);

    @Bean
    FlywayMigrationStrategy checkDatabaseThenMigrate(
            @Value("${spring.flyway.url}") String url,
            @Value("${spring.flyway.user}") String user,
            @Value("${spring.flyway.password}") String password) {
        return flyway -> {
            try {
                DatabasePreflight.verify(url, user, password);
            } catch (DatabaseNotReadyException e) {
                log.error(e.getMessage());
                throw e;
            }
            flyway.migrate();
        };
    }
}
