package io.kadens.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
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
 * {@code WWW-Authenticate} header; it never falls back to a session the same client may have.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";
    /** Requests that carry a bearer token: they need no CSRF token, no cookie authenticates them. */
    static final RequestMatcher BEARER_REQUEST = request -> bearer(request).isPresent();

    private final List<BearerTokens> verifiers;

    BearerTokenFilter(List<BearerTokens> verifiers) {
        this.verifiers = verifiers;
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
        Optional<KadensUser> user = verifiers.stream().map(v -> v.authenticate(token.get()))
                .flatMap(Optional::stream).findFirst();
        if (user.isEmpty()) {
            contexts.clearContext();
            refuse(response, "Bearer realm=\"Kadens\", error=\"invalid_token\"");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /**
     * Answers 401 with the challenge and a small problem document. Not sendError: in the servlet container
     * that dispatches to /error, which the UI chain would answer with a redirect to the sign-in page.
     */
    static void refuse(HttpServletResponse response, String challenge) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\"}");
    }
}
