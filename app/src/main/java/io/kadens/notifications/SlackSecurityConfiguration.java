package io.kadens.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * /slack/** is called by Slack, not by a browser: no session, no cookies, no CSRF token (the
 * request's Slack signature is checked by the controller instead, over the raw body, which is
 * why nothing here may read the form parameters first).
 */
@Configuration(proxyBeanMethods = false)
class SlackSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain slackSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/slack/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
