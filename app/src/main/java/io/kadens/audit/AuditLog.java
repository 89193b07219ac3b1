package io.kadens.audit;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's append-only record of admin actions: who, when, what, and the state before and
 * after. Features call {@link #record} inside the transaction of the change, so an action and
 * its entry are committed together or not at all. HR admins read it with {@link #search}.
 */
@Service
public class AuditLog {

    /** Entries of a search page at most, so a careless caller cannot load a tenant's whole history. */
    public static final int MAX_PAGE = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditRepository entries;
    private final CurrentUser currentUser;

    AuditLog(AuditRepository entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    /**
     * Records an action by the signed-in user (a person, or the operator acting on this tenant).
     * Must run in the transaction that makes the change; the tenant is the one it has bound.
     *
     * @param before the state before (a record, a map, or null), stored as JSON
     * @param after  the state after, likewise
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, String subjectId, Object before, Object after) {
        Optional<KadensUser> user = currentUser.get();
        if (user.isEmpty()) {
            entries.insert(null, "system", action, subjectType, subjectId, json(before), json(after));
        } else if (user.get().isOperator()) {
            entries.insert(null, "operator " + user.get().email(), action, subjectType, subjectId,
                    json(before), json(after));
        } else {
            entries.insert(user.get().personId(), user.get().displayName(), action, subjectType, subjectId,
                    json(before), json(after));
        }
    }

    /** Records an action with no signed-in user behind it: a SCIM token, a scheduled job. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actorLabel, String action, String subjectType, String subjectId,
                         Object before, Object after) {
        entries.insert(null, actorLabel, action, subjectType, subjectId, json(before), json(after));
    }

    /** Newest first. HR admins only; explicit-tenant system work (exports) may read too. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        requireReader();
        return entries.search(query, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        requireReader();
        return entries.count(query);
    }

    private void requireReader() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins read the audit log");
        }
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        if (state instanceof String text) {
            return JSON.writeValueAsString(Map.of("value", text));
        }
        return JSON.writeValueAsString(state);
    }
}
