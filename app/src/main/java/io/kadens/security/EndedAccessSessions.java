package io.kadens.security;

import com.vaadin.flow.server.VaadinService;
import io.kadens.organisation.Organisation;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Principals principals;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<TenantId, Checked> tenants = new ConcurrentHashMap<>();
    private final Map<UUID, Checked> people = new ConcurrentHashMap<>();

    EndedAccessSessions(CurrentUser currentUser, Organisations organisations, Principals principals,
                        PlatformTransactionManager transactionManager, Clock clock) {
        this.currentUser = currentUser;
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
        if (user == null || user.isOperator()) {
            chain.doFilter(request, response);
            return;
        }
        if (!tenantIsActive(user.tenantId())) {
            end(request, response, chain, LoginView.SUSPENDED_PARAMETER);
        } else if (!personIsActive(user)) {
            end(request, response, chain, LoginView.ACCESS_ENDED_PARAMETER);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void end(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String reason)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String signIn = request.getContextPath() + "/login?" + reason;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else if ("uidl".equals(request.getParameter("v-r"))) {
            // An open Vaadin page: its client follows a critical notification that has only a URL.
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, signIn));
        } else if (request.getParameter("v-r") != null) {
            // Other Vaadin requests (heartbeat, push): without the session Vaadin answers "session expired".
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(signIn);
        }
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

    private boolean personIsActive(KadensUser user) {
        Instant now = clock.instant();
        Checked checked = people.get(user.personId());
        if (checked == null || stale(checked, now)) {
            Organisation organisation = organisations.byId(user.tenantId()).orElse(null);
            boolean active = organisation != null && Boolean.TRUE.equals(TenantScope.call(user.tenantId(), () ->
                    transactions.execute(status -> principals.activePerson(organisation, user.personId()).isPresent())));
            checked = new Checked(active, now);
            if (people.size() > PRUNE_ABOVE) {
                people.values().removeIf(old -> stale(old, now));
            }
            people.put(user.personId(), checked);
        }
        return checked.active();
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
