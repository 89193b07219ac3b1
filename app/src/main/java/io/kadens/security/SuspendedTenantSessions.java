package io.kadens.security;

import com.vaadin.flow.server.VaadinService;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.OrganisationStatusChanged;
import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantId;
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
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the sessions of a suspended organisation at their next request: sign-in refuses new ones,
 * this filter catches those already open. It runs after Spring Security has put the session's
 * user in place. A status read is cached briefly per tenant; a change made on this node evicts
 * it at once, one made on another node is seen within {@link #RECHECK_AFTER}.
 */
@Component
class SuspendedTenantSessions extends OncePerRequestFilter {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

    private record Checked(boolean active, Instant at) {
    }

    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Clock clock;
    private final Map<TenantId, Checked> statuses = new ConcurrentHashMap<>();

    SuspendedTenantSessions(CurrentUser currentUser, Organisations organisations, Clock clock) {
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TenantId tenant = currentUser.get().map(KadensUser::tenantId).orElse(null);
        if (tenant == null || isActive(tenant)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String signIn = request.getContextPath() + "/login?" + LoginView.SUSPENDED_PARAMETER;
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

    private boolean isActive(TenantId tenant) {
        Instant now = clock.instant();
        Checked checked = statuses.get(tenant);
        if (checked == null || checked.at().plus(RECHECK_AFTER).isBefore(now)) {
            boolean active = organisations.byId(tenant).map(Organisation::isActive).orElse(false);
            checked = new Checked(active, now);
            statuses.put(tenant, checked);
        }
        return checked.active();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void statusChanged(OrganisationStatusChanged change) {
        statuses.remove(change.tenantId());
    }
}
