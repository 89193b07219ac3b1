package io.kadens.invitations;

import static io.kadens.db.Tables.INVITATION;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Invitations at a person's erasure: a pending invitation link would let the erased person set a password
 * and sign in again, so it is revoked. The invitation rows stay (they hold no copy of the person's name or
 * email) with the pseudonymised person. Invitations an erased admin sent name them by email at the time: that
 * label becomes the pseudonym.
 */
@Component
class InvitationErasure implements PersonalDataEraser {

    private final DSLContext db;

    InvitationErasure(DSLContext db) {
        this.db = db;
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.update(INVITATION).set(INVITATION.STATUS, "REVOKED").set(INVITATION.REVOKED_AT, OffsetDateTime.now())
                .where(INVITATION.EMPLOYEE_ID.eq(personId).and(INVITATION.STATUS.eq("PENDING")))
                .execute();
    }

    @Override
    public void eraseLabels(String formerEmail, String pseudonym) {
        db.update(INVITATION).set(INVITATION.INVITED_BY, pseudonym).where(INVITATION.INVITED_BY.eq(formerEmail))
                .execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("invitation.employee_id", ErasureRule.KEPT);
    }
}
