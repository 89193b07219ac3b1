package io.kadens.security;

import io.kadens.platform.DatabaseBusy;
import io.kadens.platform.KadensTranslations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's answers when security refuses a request: 401 with a {@code WWW-Authenticate} challenge
 * for a caller who is not signed in, 403 for one who is but may not do this (a CSRF failure and a
 * read-only token say so). All RFC 9457 problem documents in the caller's language; they do not repeat
 * the request's path, which names ids the caller may not see anything of.
 *
 * <p>Written to the response directly, never with {@code sendError}: the servlet container would
 * dispatch that to /error, where the pages' chain answers a caller without a session with a redirect to
 * the sign-in page, which no API client can use.
 */
@Component
public class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String CHALLENGE = "Bearer realm=\"Kadens\"";
    static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KadensTranslations translations;

    ApiProblems(KadensTranslations translations) {
        this.translations = translations;
    }

    /** Nobody signed in (no session, no token): 401 with the bearer challenge. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        unauthorized(request, response, CHALLENGE);
    }

    /**
     * Refused although the request got this far. A CSRF failure of a caller with no session is an
     * unauthenticated request (401), since there is nobody whose session the token would protect.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        if (refused instanceof CsrfException) {
            if (!signedIn()) {
                unauthorized(request, response, CHALLENGE);
            } else {
                write(request, response, HttpServletResponse.SC_FORBIDDEN, "security.api.csrf", Map.of("reason", "csrf"));
            }
            return;
        }
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "security.api.forbidden", Map.of());
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String challenge) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "security.api.unauthorized", Map.of());
    }

    void readOnlyToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "security.api.read-only-token",
                Map.of("reason", "read-only-token"));
    }

    /**
     * The request could not be authenticated because no database connection was free in time (busy) or the
     * database could not be reached: 503 with Retry-After, never a 500 or a 401 the client would act on.
     */
    void unavailable(HttpServletRequest request, HttpServletResponse response, boolean busy) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, busy ? DatabaseBusy.RETRY_AFTER_SECONDS : "5");
        write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                busy ? DatabaseBusy.MESSAGE_KEY : "api.error.database-unavailable", Map.of());
    }

    /** An error the container dispatched (an unknown path, a wrong method, a failure): its status, its reason. */
    void error(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status);
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        send(response, status, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey,
                       Map<String, Object> extra) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", translations.getTranslation("security.api.title." + status, locale));
        problem.put("status", status);
        problem.put("detail", translations.getTranslation(detailKey, locale));
        problem.putAll(extra);
        send(response, status, problem);
    }

    private static void send(HttpServletResponse response, int status, Map<String, Object> problem) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(PROBLEM_JSON);
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.flushBuffer();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
