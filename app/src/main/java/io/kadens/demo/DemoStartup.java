package io.kadens.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** With {@code KADENS_DEMO=true} (the run command sets it) the demo companies are there at start-up. */
@Component
@ConditionalOnProperty(name = "kadens.demo", havingValue = "true")
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoSeeder seeder;
    private final String port;

    DemoStartup(DemoSeeder seeder, @Value("${server.port:8080}") String port) {
        this.seeder = seeder;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        String logins = seeder.seed();
        log.info("Kadens is ready at http://localhost:{}{}", port, logins);
    }
}
