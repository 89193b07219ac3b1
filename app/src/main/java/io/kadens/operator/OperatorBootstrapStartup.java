package io.kadens.operator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * With {@code KADENS_OPERATOR_BOOTSTRAP_EMAIL} set, prints the first operator's single-use sign-in link
 * once, at the start that issued it. Later starts say what they found and print no link.
 */
@Component
@ConditionalOnExpression("'${kadens.operator.bootstrap-email:}' != ''")
class OperatorBootstrapStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrapStartup.class);

    private final OperatorBootstrap bootstrap;
    private final String email;
    private final String displayName;

    OperatorBootstrapStartup(OperatorBootstrap bootstrap, @Value("${kadens.operator.bootstrap-email}") String email,
                             @Value("${kadens.operator.bootstrap-name:Kadens Operator}") String displayName) {
        this.bootstrap = bootstrap;
        this.email = email;
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        OperatorBootstrap.Outcome outcome = bootstrap.bootstrap(email, displayName);
        switch (outcome.state()) {
            case LINK_ISSUED -> log.warn("""

                      Operator {}: open this single-use link within {} hours to choose a password
                      (organisation "operator" on the sign-in page). It is shown only now, at this start:
                      {}
                    """, outcome.email(), OperatorBootstrap.LINK_VALIDITY.toHours(), outcome.link().orElseThrow());
            case LINK_ALREADY_ISSUED -> log.info("Operator {} has a sign-in link from an earlier start, valid until {};"
                    + " it is not shown again. A start after it expired issues a new one.", outcome.email(),
                    outcome.linkExpiresAt().orElseThrow());
            case HAS_PASSWORD -> log.info("Operator {} has chosen a password; KADENS_OPERATOR_BOOTSTRAP_EMAIL can be removed.",
                    outcome.email());
        }
    }
}
