package io.kadens.demo;

import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.DemoApiToken;
import io.kadens.organisation.Organisations;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code KADENS_DEMO=true} (the run command sets it) the demo companies are there at start-up,
 * and each demo login gets a fresh personal access token (the previous start's are revoked), printed
 * with a curl example so the REST API can be tried at once.
 */
@Component
@ConditionalOnProperty(name = "kadens.demo", havingValue = "true")
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoSeeder seeder;
    private final ApiTokens apiTokens;
    private final Organisations organisations;
    private final String port;

    DemoStartup(DemoSeeder seeder, ApiTokens apiTokens, Organisations organisations,
                @Value("${server.port:8080}") String port) {
        this.seeder = seeder;
        this.apiTokens = apiTokens;
        this.organisations = organisations;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        String logins = seeder.seed();
        log.info("Kadens is ready at http://localhost:{}{}{}", port, logins, apiTokens(demoTokens()));
    }

    private List<DemoApiToken> demoTokens() {
        List<DemoApiToken> tokens = new ArrayList<>();
        for (DemoCompany company : DemoCompanies.all()) {
            organisations.bySlug(company.slug()).ifPresent(tenant -> tokens.addAll(apiTokens.replaceDemoTokens(
                    tenant.id(), company.slug(), company.logins().stream().map(DemoCompany.DemoLogin::email).toList())));
        }
        return tokens;
    }

    private String apiTokens(List<DemoApiToken> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n  Kadens demo REST API tokens (new at every start; API documentation at http://localhost:")
                .append(port).append("/api/docs)\n");
        for (DemoApiToken token : tokens) {
            out.append("  %-12s %-34s %s%n".formatted(token.organisation(), token.email(), token.token()));
        }
        out.append("  Try: curl -H \"Authorization: Bearer ").append(tokens.getFirst().token())
                .append("\" http://localhost:").append(port).append("/api/v1/me\n");
        return out.toString();
    }
}
