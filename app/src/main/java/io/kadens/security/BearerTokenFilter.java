package io.kadens.security;

import io.kadens.platform.DatabaseBusy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} requests of the API chain for this request only: the
 * context is never saved, so no session is created. A bad token ends the request with 401 and a
 * {@code WWW-Authenticate} header; it never falls back to a session the same client may have. A
 * read-only token ends any write with 403.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";
    /** Requests that carry a bearer token: they need no CSRF token, no cookie authenticates them. */
    static final RequestMatcher BEARER_REQUEST = request -> bearer(request).isPresent();

    /**
     * Request attribute holding the user this filter has just built from the database for this request: the
     * tenant active, the person active with their current roles. {@link EndedAccessSessions} checks sessions
     * only, which may be hours old; a bearer request's user is as fresh as a check can be, so it is not read twice.
     */
    static final String CHECKED_NOW = BearerTokenFilter.class.getName() + ".checkedNow";

    /** What a read-only token may still do. */
    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<BearerTokens> verifiers;
    private final ApiProblems problems;

    BearerTokenFilter(List<BearerTokens> verifiers, ApiProblems problems) {
        this.verifiers = verifiers;
        this.problems = problems;
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(PREFIX.length()).trim());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = bearer(request);
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Looked up per request: Vaadin installs its own holder strategy after this filter is built.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Optional<BearerTokens.BearerAccess> access;
        try {
            access = verifiers.stream().map(v -> v.authenticate(token.get())).flatMap(Optional::stream).findFirst();
        } catch (RuntimeException e) {
            // The check reads the database: with no connection free in time it is 503 with Retry-After, not a 500.
            if (!DatabaseBusy.orUnavailable(e)) {
                throw e;
            }
            contexts.clearContext();
            problems.unavailable(request, response, DatabaseBusy.causedBy(e));
            return;
        }
        if (access.isEmpty()) {
            contexts.clearContext();
            problems.unauthorized(request, response, ApiProblems.INVALID_TOKEN_CHALLENGE);
            return;
        }
        if (access.get().readOnly() && !READING_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            contexts.clearContext();
            problems.readOnlyToken(request, response);
            return;
        }
        KadensUser user = access.get().user();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        contexts.setContext(context);
        request.setAttribute(CHECKED_NOW, user);
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(CHECKED_NOW);
            contexts.clearContext();
        }
    }
}
