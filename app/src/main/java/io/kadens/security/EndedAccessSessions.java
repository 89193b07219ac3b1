package io.kadens.security;

import com.vaadin.flow.server.VaadinService;
import io.kadens.organisation.Organisation;
import io.kadens.platform.DatabaseBusy;
import io.kadens.organisation.OrganisationStatusChanged;
import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends open sessions at their next request once their access has ended: the organisation was
 * suspended, or the person was deactivated, erased or had their sign-in disabled. Sign-in refuses
 * new sessions in those cases (and access tokens are checked on every request); this filter
 * catches the sessions already open. It runs after Spring Security has put the session's user in
 * place.
 *
 * <p>A session whose person is still active gets their current rights: when their roles differ from
 * the session's (the HR admin role was granted or revoked, they gained or lost their last report), the
 * session's user is replaced before the request goes on, so this very request already has the new rights.
 *
 * <p>Each answer is cached briefly: a tenant status change made on this node evicts it at once;
 * anything else is seen within {@link #RECHECK_AFTER}.
 */
@Component
class EndedAccessSessions extends OncePerRequestFilter {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    /** Past this many cached people, stale answers are dropped (they would be re-read anyway). */
    private static final int PRUNE_ABOVE = 10_000;

    private record Checked(boolean active, Instant at) {
    }

    /** A person as they are now: empty when their access has ended. */
    private record Current(Optional<KadensUser> user, Instant at) {
    }

    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Principals principals;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<TenantId, Checked> tenants = new ConcurrentHashMap<>();
    private final Map<UUID, Current> people = new ConcurrentHashMap<>();
    private final ApiProblems problems;

    EndedAccessSessions(CurrentUser currentUser, Organisations organisations, Principals principals,
                        PlatformTransactionManager transactionManager, Clock clock, ApiProblems problems) {
        this.currentUser = currentUser;
        this.problems = problems;
        this.organisations = organisations;
        this.principals = principals;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KadensUser user = currentUser.get().orElse(null);
        // A bearer token's user was read from the database for this very request (BearerTokenFilter.CHECKED_NOW).
        if (user == null || user.isOperator() || request.getAttribute(BearerTokenFilter.CHECKED_NOW) == user) {
            chain.doFilter(request, response);
            return;
        }
        boolean tenantActive;
        Optional<KadensUser> now;
        try {
            tenantActive = tenantIsActive(user.tenantId());
            now = tenantActive ? currentPerson(user) : Optional.empty();
        } catch (RuntimeException e) {
            // No connection free in time (or no database): an API caller gets 503 with Retry-After, not a 500.
            if (!isApi(request) || !DatabaseBusy.orUnavailable(e)) {
                throw e;
            }
            problems.unavailable(request, response, DatabaseBusy.causedBy(e));
            return;
        }
        if (!tenantActive) {
            end(request, response, chain, LoginView.SUSPENDED_PARAMETER);
        } else {
            if (now.isEmpty()) {
                end(request, response, chain, LoginView.ACCESS_ENDED_PARAMETER);
                return;
            }
            if (!now.get().roles().equals(user.roles())) {
                refreshRoles(request, user, now.get());
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Puts the user with their current roles in place for this request and, when the user came from the
     * session, into the session too. A bearer token's user is built fresh for every request; it is never
     * written into a session the same client may also have.
     */
    private void refreshRoles(HttpServletRequest request, KadensUser before, KadensUser current) {
        KadensUser refreshed = new KadensUser(before.tenantId(), before.personId(), before.email(),
                before.displayName(), before.organisationSlug(), before.organisationName(), current.roles(),
                before.languageTag());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                refreshed.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext stored && stored.getAuthentication() != null
                && before.equals(stored.getAuthentication().getPrincipal())) {
            SecurityContext updated = contexts.createEmptyContext();
            updated.setAuthentication(authentication);
            // Set again (not changed in place) so that replicated sessions see the change.
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, updated);
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String reason)
            throws ServletException, IOException {
        String vaadinRequest = request.getParameter("v-r");
        if (vaadinRequest != null && !"uidl".equals(vaadinRequest)) {
            // A heartbeat (or other background request) of an open page leaves the session alone: ended here,
            // the page's next interaction would find no session and say "session expired". That interaction,
            // a UIDL request, ends the session instead and takes the page to the sign-in page with the reason.
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String signIn = request.getContextPath() + "/login?" + reason;
        if (isApi(request)) {
            // Not sendError: the container's /error dispatch must not meet the pages' sign-in redirect.
            problems.unauthorized(request, response, ApiProblems.CHALLENGE);
        } else if ("uidl".equals(request.getParameter("v-r"))) {
            // An open Vaadin page: its client follows a critical notification that has only a URL.
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, signIn));
        } else {
            response.sendRedirect(signIn);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private boolean tenantIsActive(TenantId tenant) {
        Instant now = clock.instant();
        Checked checked = tenants.get(tenant);
        if (checked == null || stale(checked, now)) {
            checked = new Checked(organisations.byId(tenant).map(Organisation::isActive).orElse(false), now);
            tenants.put(tenant, checked);
        }
        return checked.active();
    }

    private Optional<KadensUser> currentPerson(KadensUser user) {
        Instant now = clock.instant();
        Current current = people.get(user.personId());
        if (current == null || current.at().plus(RECHECK_AFTER).isBefore(now)) {
            // One transaction for the organisation and the person (it was two, each with its own connection).
            Optional<KadensUser> found = TenantScope.call(user.tenantId(), () -> transactions.execute(status ->
                    organisations.byId(user.tenantId())
                            .flatMap(organisation -> principals.activePerson(organisation, user.personId()))));
            current = new Current(found == null ? Optional.empty() : found, now);
            if (people.size() > PRUNE_ABOVE) {
                people.values().removeIf(old -> old.at().plus(RECHECK_AFTER).isBefore(now));
            }
            people.put(user.personId(), current);
        }
        return current.user();
    }

    private static boolean stale(Checked checked, Instant now) {
        return checked.at().plus(RECHECK_AFTER).isBefore(now);
    }

    /**
     * Evicts this node's cached answer once the change's transaction ended. After completion rather than
     * after commit: evicting after a rollback only costs a re-read, and Spring Modulith's event publication
     * registry records (and proxies) after-commit listeners only, which this per-node cache is not one of.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void statusChanged(OrganisationStatusChanged change) {
        tenants.remove(change.tenantId());
    }
}
