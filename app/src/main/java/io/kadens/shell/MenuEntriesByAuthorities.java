package io.kadens.shell;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side navigation's routes, kept per set of granted authorities.
 *
 * <p>Vaadin's {@link MenuConfiguration#getMenuEntries()} runs the navigation access check for every
 * registered route on every call, and each check copies the route registry: about 40 ms of CPU for each
 * signed-in page load, the largest single cost of a page load after the password check in the UI load
 * profile (docs/decisions/2026-12-06-ui-round-trips.md). Which routes a person may open depends only on
 * the authorities the access annotations test, and routes are registered when the service starts, so
 * the answer for one authority set is the answer for every person with that set. Features held back by
 * a pilot are filtered per person afterwards, outside this cache.
 */
@Component
class MenuEntriesByAuthorities {

    private final Map<Set<String>, List<MenuEntry>> entries = new ConcurrentHashMap<>();
    private final Supplier<List<MenuEntry>> accessibleEntries;

    MenuEntriesByAuthorities() {
        this(MenuConfiguration::getMenuEntries);
    }

    /** For tests: {@code accessibleEntries} answers for the security context current when it is called. */
    MenuEntriesByAuthorities(Supplier<List<MenuEntry>> accessibleEntries) {
        this.accessibleEntries = accessibleEntries;
    }

    /** The routes the current user may open, in menu order. */
    List<MenuEntry> forCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            // Not kept: anonymous access is decided by other annotations, and the sign-in page has no menu.
            return List.copyOf(accessibleEntries.get());
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return entries.computeIfAbsent(authorities, key -> List.copyOf(accessibleEntries.get()));
    }
}
