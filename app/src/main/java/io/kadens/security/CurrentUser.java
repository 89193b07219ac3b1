package io.kadens.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for services that enforce access rules. */
@Component
public class CurrentUser {

    public Optional<KadensUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KadensUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public KadensUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
