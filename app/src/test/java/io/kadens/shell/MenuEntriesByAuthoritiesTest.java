package io.kadens.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class MenuEntriesByAuthoritiesTest {

    private final AtomicInteger computed = new AtomicInteger();

    /** Stands in for Vaadin's access check: one entry per authority of whoever is signed in when it runs. */
    private final MenuEntriesByAuthorities menu = new MenuEntriesByAuthorities(() -> {
        computed.incrementAndGet();
        List<MenuEntry> entries = new ArrayList<>();
        for (GrantedAuthority authority : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
            entries.add(new MenuEntry(authority.getAuthority(), authority.getAuthority(), 1.0, null, null));
        }
        return entries;
    });

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachAuthoritySetGetsTheRoutesItsOwnAccessCheckAllowed() {
        signIn("ROLE_EMPLOYEE");
        assertThat(paths()).containsExactly("ROLE_EMPLOYEE");
        signIn("ROLE_EMPLOYEE", "ROLE_HR_ADMIN");
        assertThat(paths()).containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_HR_ADMIN");
        signIn("ROLE_OPERATOR");
        assertThat(paths()).containsExactly("ROLE_OPERATOR");
        signIn("ROLE_EMPLOYEE");
        assertThat(paths()).containsExactly("ROLE_EMPLOYEE");
    }

    @Test
    void theAccessCheckRunsOncePerAuthoritySetWhateverTheOrderOfTheAuthorities() {
        signIn("ROLE_EMPLOYEE", "ROLE_MANAGER");
        paths();
        signIn("ROLE_MANAGER", "ROLE_EMPLOYEE");
        assertThat(paths()).containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_MANAGER");
        signIn("ROLE_EMPLOYEE");
        paths();
        assertThat(computed).hasValue(2);
    }

    @Test
    void anAnonymousVisitorIsCheckedEveryTimeAndNeverKept() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        paths();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone", null));
        assertThat(paths()).isEmpty();
        assertThat(computed).hasValue(2);
    }

    private void signIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "person", null, AuthorityUtils.createAuthorityList(authorities)));
    }

    private List<String> paths() {
        return menu.forCurrentUser().stream().map(MenuEntry::path).toList();
    }
}
