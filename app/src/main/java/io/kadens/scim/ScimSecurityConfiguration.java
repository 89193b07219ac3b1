package io.kadens.scim;

import io.kadens.security.ErrorDispatches;
import io.kadens.security.TransportSecurity;
import io.kadens.tenants.TenantScope;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * /scim/** has its own filter chain: a per-tenant bearer token instead of a session, no cookies,
 * no CSRF (no browser is involved). The request runs inside a {@link TenantScope} of the token's
 * tenant, so every transaction it starts sees that tenant's rows only.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

    static final String SCIM_AUTHORITY = "SCIM";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(0)
    SecurityFilterChain scimSecurity(HttpSecurity http, ScimTokens tokens, TransportSecurity transport)
            throws Exception {
        transport.apply(http);
        // The container's error dispatch of a SCIM request (an unknown path, a wrong method) stays here too:
        // the pages' chain would redirect it to the sign-in page.
        return http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/scim/**"),
                        ErrorDispatches.of("/scim/")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .addFilterBefore(ErrorDispatches.answeredWith(ScimSecurityConfiguration::error),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAuthority(SCIM_AUTHORITY))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response))
                        .accessDeniedHandler((request, response, e) -> unauthorized(response)))
                .build();
    }

    /** An error the container dispatched (an unknown path, a wrong method): a SCIM error (RFC 7644 3.12). */
    static void error(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ScimJson.MEDIA_TYPE);
        var reason = org.springframework.http.HttpStatus.resolve(status);
        response.getWriter().write(JSON.writeValueAsString(
                ScimJson.error(status, null, reason == null ? "Error" : reason.getReasonPhrase())));
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Kadens SCIM\"");
        response.setContentType(ScimJson.MEDIA_TYPE);
        response.getWriter().write(JSON.writeValueAsString(
                ScimJson.error(401, null, "A valid SCIM bearer token is required")));
    }

    /** The authenticated identity provider of a SCIM request. */
    static final class ScimAuthentication extends AbstractAuthenticationToken {
        private final ScimClient client;

        ScimAuthentication(ScimClient client) {
            super(List.of(new SimpleGrantedAuthority(SCIM_AUTHORITY)));
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ScimClient getPrincipal() {
            return client;
        }
    }

    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final ScimTokens tokens;

        BearerTokenFilter(ScimTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            Optional<ScimClient> client = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.authenticate(header.substring(7)) : Optional.empty();
            if (client.isEmpty()) {
                unauthorized(response);
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ScimAuthentication(client.get()));
            SecurityContextHolder.setContext(context);
            try {
                ScopedWork.run(client.get(), () -> chain.doFilter(request, response));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** Runs servlet work inside the client's tenant scope, keeping its checked exceptions. */
    static final class ScopedWork {
        interface Work {
            void run() throws IOException, ServletException;
        }

        static void run(ScimClient client, Work work) throws IOException, ServletException {
            Exception[] failure = new Exception[1];
            TenantScope.run(client.tenantId(), () -> {
                try {
                    work.run();
                } catch (IOException | ServletException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] instanceof IOException io) {
                throw io;
            }
            if (failure[0] instanceof ServletException servlet) {
                throw servlet;
            }
        }
    }
}
