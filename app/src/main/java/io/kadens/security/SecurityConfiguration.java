package io.kadens.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * The REST API never redirects: 401 problem+json with a {@code WWW-Authenticate} challenge for a caller
     * who is not signed in (any method, before or after CSRF), 403 problem+json for one who may not do
     * this, and a CSRF failure of a session says so. Personal access tokens ({@code Authorization: Bearer
     * kdn_...}) authenticate one request each, statelessly and without CSRF; browser sessions keep CSRF.
     * The OpenAPI document is public. The container's error dispatch of an API request (404, 405, 500)
     * stays in this chain, so it never reaches the pages' sign-in redirect either.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, List<BearerTokens> bearerTokens, ApiProblems problems,
                                    TransportSecurity transport) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        ErrorDispatches.of("/api/")))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, OPENAPI_DOCUMENT, OPENAPI_DOCUMENT + "/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter.BEARER_REQUEST))
                // An API client is never sent back to a saved request, so none is saved (nor a session made for it).
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(bearerTokens, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(ErrorDispatches.answeredWith(problems::error), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        transport.apply(http);
        return http.build();
    }

    /** Where the OpenAPI document is served (springdoc.api-docs.path in application.yml). */
    static final String OPENAPI_DOCUMENT = "/api/openapi.json";

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, TransportSecurity transport,
                                   @Value("${kadens.metrics.scrape-token:}") String scrapeToken) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/webjars/**", "/kadens/**", "/actuator/health/**", "/actuator/health").permitAll()
                // Metrics: only a scraper with the configured token, never a signed-in person (docs/operations.md).
                .requestMatchers(new MetricsScrape(scrapeToken)).permitAll()
                .requestMatchers(MetricsScrape.PATH, MetricsScrape.PATH + "/**").denyAll());
        transport.apply(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Delegating, so stored hashes name their algorithm and can be upgraded later; new ones are bcrypt. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(SignInAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorisation. With an observation
     * registry present Spring Security wraps every filter of both chains in an observation (a long-task timer and a
     * timer each, started and stopped on every request), a few per cent of a REST request's CPU; Kadens has no
     * tracing to feed, and request latency by route template still comes from {@code http.server.requests}
     * (docs/decisions/2026-12-06-rest-persona-load.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
