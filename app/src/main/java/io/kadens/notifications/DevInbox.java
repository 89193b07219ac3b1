package io.kadens.notifications;

import static io.kadens.db.Tables.DEV_INBOX_MAIL;

import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The development inbox (demo mode): mail this deployment sent to the tenant's people, newest first. */
@Service
public class DevInbox {

    /** One recorded mail. */
    public record SentMail(UUID id, String recipient, String subject, String text, OffsetDateTime sentAt) {
    }

    private final DSLContext db;
    private final CurrentUser currentUser;
    private final boolean demo;

    DevInbox(DSLContext db, CurrentUser currentUser, @Value("${kadens.demo:false}") boolean demo) {
        this.db = db;
        this.currentUser = currentUser;
        this.demo = demo;
    }

    public boolean enabled() {
        return demo;
    }

    @Transactional(readOnly = true)
    public List<SentMail> latest(int limit) {
        if (!demo || !currentUser.require().has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("HR admins in demo mode only");
        }
        return db.selectFrom(DEV_INBOX_MAIL).orderBy(DEV_INBOX_MAIL.SENT_AT.desc()).limit(limit)
                .fetch(row -> new SentMail(row.getId(), row.getRecipient(), row.getSubject(), row.getTextBody(),
                        row.getSentAt()));
    }
}
