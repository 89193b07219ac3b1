package io.kadens.feedback;

import static io.kadens.db.Tables.FEEDBACK_REQUEST_RECIPIENT;
import static io.kadens.db.Tables.PRAISE_REACTION;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Feedback and praise at a person's erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md).
 * What was about the person goes: feedback and praise they received, requests about them, their
 * reactions, and the sealed links naming them as the author of anonymous feedback (all in the database
 * function {@code privacy_erase_feedback}, since the application never deletes feedback otherwise).
 * What they gave to others stays for the receivers, authored by the pseudonymised person. Requests still
 * waiting for their answer are declined, so nobody waits on a former employee. Items under an abuse report
 * or unmask request stay whole for abuse handling.
 *
 * <p>Its export part adds what {@link FeedbackPersonalData} leaves out and any colleague could see: the
 * person's reactions to praise, and which requests asked them for feedback and what became of each (not the
 * question, which only the people involved read).
 */
@Component
class FeedbackErasure implements PersonalDataEraser, PersonalDataExporter {

    record Reaction(UUID praiseId, String reaction, OffsetDateTime at) {
    }

    record AskedOfThem(UUID requestId, String status, LocalDate respondedOn) {
    }


    private final DSLContext db;
    private final FeedbackAccess access;

    FeedbackErasure(DSLContext db, FeedbackAccess access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.execute("select privacy_erase_feedback({0})", DSL.val(personId));
        db.update(FEEDBACK_REQUEST_RECIPIENT)
                .set(FEEDBACK_REQUEST_RECIPIENT.STATUS, "DECLINED")
                // the organisation's day, as a recipient's own decline is dated (not UTC's)
                .set(FEEDBACK_REQUEST_RECIPIENT.RESPONDED_ON, access.today())
                .set(FEEDBACK_REQUEST_RECIPIENT.VERSION, FEEDBACK_REQUEST_RECIPIENT.VERSION.plus(DSL.inline(1L)))
                .where(FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID.eq(personId).and(FEEDBACK_REQUEST_RECIPIENT.STATUS.eq("OPEN")))
                .execute();
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var reactions = db.selectFrom(PRAISE_REACTION).where(PRAISE_REACTION.EMPLOYEE_ID.eq(personId))
                .orderBy(PRAISE_REACTION.REACTED_AT)
                .fetch(r -> new Reaction(r.getPraiseId(), r.getReaction(), r.getReactedAt()));
        var asked = db.selectFrom(FEEDBACK_REQUEST_RECIPIENT).where(FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID.eq(personId))
                .orderBy(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID)
                .fetch(r -> new AskedOfThem(r.getRequestId(), r.getStatus(), r.getRespondedOn()));
        return Map.of("feedback-praise-reactions", reactions, "feedback-requests-asked", asked);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("praise_reaction.employee_id", "feedback_request_recipient.recipient_id");
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.ofEntries(
                Map.entry("feedback.receiver_id", ErasureRule.DELETED),
                Map.entry("feedback.author_id", ErasureRule.KEPT),
                Map.entry("feedback_author.author_id", ErasureRule.DELETED),
                Map.entry("feedback_reply.author_id", ErasureRule.KEPT),
                Map.entry("feedback_report.reporter_id", ErasureRule.KEPT),
                Map.entry("feedback_unmask_request.requested_by", ErasureRule.KEPT),
                Map.entry("feedback_unmask_request.decided_by", ErasureRule.KEPT),
                Map.entry("feedback_request.subject_id", ErasureRule.DELETED),
                Map.entry("feedback_request.requester_id", ErasureRule.KEPT),
                Map.entry("feedback_request_recipient.recipient_id", ErasureRule.KEPT),
                Map.entry("praise.recipient_id", ErasureRule.DELETED),
                Map.entry("praise.author_id", ErasureRule.KEPT),
                Map.entry("praise_reaction.employee_id", ErasureRule.DELETED));
    }
}
