package io.kadens.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A Prometheus scrape of {@code /actuator/prometheus} that presents {@code Authorization: Bearer <token>}
 * with the deployment's {@code KADENS_METRICS_TOKEN}. Without a configured token no request matches, and the
 * metrics stay closed to everyone. Compared as SHA-256 digests in constant time.
 */
final class MetricsScrape implements RequestMatcher {

    static final String PATH = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    MetricsScrape(String token) {
        this.expected = token == null || token.isBlank() ? null : digest(token.strip());
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (expected == null || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
