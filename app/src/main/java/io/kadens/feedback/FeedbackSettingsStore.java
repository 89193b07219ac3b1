package io.kadens.feedback;

import io.kadens.audit.AuditLog;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TransactionTenant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's feedback settings: read by everyone, changed (audited) by HR admins. */
@Service
class FeedbackSettingsStore implements FeedbackSettingsService {

    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final AuditLog auditLog;
    private final TransactionTenant tenant;

    FeedbackSettingsStore(FeedbackRepository repository, FeedbackAccess access, AuditLog auditLog,
                          TransactionTenant tenant) {
        this.repository = repository;
        this.access = access;
        this.auditLog = auditLog;
        this.tenant = tenant;
    }

    @Override
    @Transactional(readOnly = true)
    public FeedbackSettings current() {
        return access.settings();
    }

    @Override
    @Transactional
    public FeedbackSettings save(FeedbackSettings settings) {
        KadensUser me = access.me();
        if (!me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins change the feedback settings");
        }
        new InvalidInputException.Collector()
                .check(settings.managerVisibility() != null, "managerVisibility", "feedback.settings.visibility-required")
                .throwIfAny();
        FeedbackSettings before = access.settings();
        if (!repository.saveSettings(settings)) {
            throw new ConcurrentEditException("feedback_settings", tenant.require().value());
        }
        FeedbackSettings after = access.settings();
        auditLog.record("feedback.settings_changed", "feedback_settings", null, before, after);
        return after;
    }
}
