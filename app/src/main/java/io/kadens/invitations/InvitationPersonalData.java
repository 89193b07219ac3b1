package io.kadens.invitations;

import static io.kadens.db.Tables.INVITATION;

import io.kadens.privacy.PersonalDataExporter;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A person's invitations in their data export: when they were invited, by whom, and what became of
 * each link (never the token's hash). Invitations hold no copy of the person's name or email, so an
 * erasure leaves nothing of them here.
 */
@Component
class InvitationPersonalData implements PersonalDataExporter {

    record Invitation(String status, String invitedBy, OffsetDateTime createdAt, OffsetDateTime lastSentAt,
                      OffsetDateTime expiresAt, OffsetDateTime acceptedAt, OffsetDateTime revokedAt) {
    }

    private final DSLContext db;

    InvitationPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        return Map.of("invitations", db.select(INVITATION.STATUS, INVITATION.INVITED_BY, INVITATION.CREATED_AT,
                        INVITATION.LAST_SENT_AT, INVITATION.EXPIRES_AT, INVITATION.ACCEPTED_AT, INVITATION.REVOKED_AT)
                .from(INVITATION)
                .where(INVITATION.EMPLOYEE_ID.eq(personId))
                .orderBy(INVITATION.CREATED_AT)
                .fetch(row -> new Invitation(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7())));
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("invitation.employee_id");
    }
}
