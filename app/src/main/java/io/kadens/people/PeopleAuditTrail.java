package io.kadens.people;

import io.kadens.audit.AuditLog;
import io.kadens.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where the people feature records its admin actions in the tenant's audit log, inside the change's transaction. */
@Component
class PeopleAuditTrail {

    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    PeopleAuditTrail(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    /**
     * Records a creation by a signed-in person. System work (provisioning, demo seeding) that adds
     * people under an explicitly bound tenant is not an admin action and leaves no entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordCreation(String action, String subjectType, Object subjectId, Object after) {
        if (currentUser.get().isPresent()) {
            auditLog.record(action, subjectType, String.valueOf(subjectId), null, after);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String action, String subjectType, Object subjectId, Object before, Object after) {
        auditLog.record(action, subjectType, String.valueOf(subjectId), before, after);
    }

    /** Records an action of someone who is not a signed-in person (a SCIM token), under their label. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAs(String actorLabel, String action, String subjectType, Object subjectId, Object before, Object after) {
        auditLog.recordAs(actorLabel, action, subjectType, String.valueOf(subjectId), before, after);
    }
}
