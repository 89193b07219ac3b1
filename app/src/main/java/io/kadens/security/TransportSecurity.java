package io.kadens.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * HTTP Strict Transport Security for every chain. Sent only on requests that arrived over HTTPS: behind a
 * TLS-terminating proxy that is the proxy's {@code X-Forwarded-Proto}, which the server honours from trusted
 * proxies ({@code server.forward-headers-strategy}); the same makes the session cookie {@code Secure}.
 * Settings: {@code kadens.security.hsts.*} (README "Configuration").
 */
@Component
public class TransportSecurity {

    private final boolean enabled;
    private final Duration maxAge;
    private final boolean includeSubDomains;
    private final boolean preload;

    TransportSecurity(@Value("${kadens.security.hsts.enabled:true}") boolean enabled,
                      @Value("${kadens.security.hsts.max-age:P365D}") Duration maxAge,
                      @Value("${kadens.security.hsts.include-subdomains:false}") boolean includeSubDomains,
                      @Value("${kadens.security.hsts.preload:false}") boolean preload) {
        this.enabled = enabled;
        this.maxAge = maxAge;
        this.includeSubDomains = includeSubDomains;
        this.preload = preload;
    }

    /** Applies the HSTS settings to a chain being built. */
    public void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            if (enabled) {
                headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(maxAge.toSeconds())
                        .includeSubDomains(includeSubDomains).preload(preload));
            } else {
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
    }
}
