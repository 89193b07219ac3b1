package io.kadens.invitations;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.INVITATION;
import static io.kadens.db.Tables.USER_ACCOUNT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of the bound tenant. It reads the person's name, email and sign-in state with a
 * join rather than one service call per row, so the HR list stays one query (see the decision
 * record on invitations); it never writes another feature's table.
 */
@Repository
class InvitationRepository {

    /** One invitation with the person it is for. */
    record Row(UUID id, UUID personId, String givenName, String familyName, String email, String personStatus,
               String preferredLocale, String status, String invitedBy, OffsetDateTime createdAt,
               OffsetDateTime lastSentAt, OffsetDateTime expiresAt, OffsetDateTime acceptedAt,
               String deliveryFailure, long version) {

        InvitationStatus statusAt(OffsetDateTime now) {
            InvitationStatus stored = InvitationStatus.valueOf(status);
            return stored == InvitationStatus.PENDING && !expiresAt.isAfter(now) ? InvitationStatus.EXPIRED : stored;
        }

        InvitationSummary summaryAt(OffsetDateTime now) {
            return new InvitationSummary(id, personId, givenName + " " + familyName, email, statusAt(now), invitedBy,
                    createdAt, lastSentAt, expiresAt, acceptedAt, deliveryFailure, version);
        }
    }

    /** A person as an invitation needs them. */
    record Invitee(UUID id, String givenName, String familyName, String email, boolean active, String preferredLocale,
                   boolean canSignIn) {
    }

    private final DSLContext db;

    InvitationRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, UUID personId, String tokenHash, OffsetDateTime expiresAt, String invitedBy,
                OffsetDateTime now) {
        db.insertInto(INVITATION)
                .set(INVITATION.ID, id)
                .set(INVITATION.EMPLOYEE_ID, personId)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.STATUS, InvitationStatus.PENDING.name())
                .set(INVITATION.EXPIRES_AT, expiresAt)
                .set(INVITATION.INVITED_BY, invitedBy)
                .set(INVITATION.CREATED_AT, now)
                .execute();
    }

    Optional<Row> find(UUID id) {
        return select().where(INVITATION.ID.eq(id)).fetchOptional(InvitationRepository::toRow);
    }

    /** Locks the invitation, so that two tabs using the same link cannot both set a password. */
    Optional<Row> findByTokenHashForUpdate(String tokenHash) {
        return select().where(INVITATION.TOKEN_HASH.eq(tokenHash)).forUpdate().of(INVITATION)
                .fetchOptional(InvitationRepository::toRow);
    }

    List<Row> all() {
        return select().orderBy(INVITATION.CREATED_AT.desc()).fetch(InvitationRepository::toRow);
    }

    List<UUID> pendingInvitedByPrefix(String prefix) {
        return db.select(INVITATION.ID).from(INVITATION)
                .where(INVITATION.STATUS.eq(InvitationStatus.PENDING.name()))
                .and(INVITATION.INVITED_BY.startsWith(prefix))
                .fetch(INVITATION.ID);
    }

    boolean hasPending(UUID personId) {
        return db.fetchExists(INVITATION, INVITATION.EMPLOYEE_ID.eq(personId)
                .and(INVITATION.STATUS.eq(InvitationStatus.PENDING.name())));
    }

    /** A new link for a still open invitation; the old link's hash is gone, so it opens nothing any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean replaceToken(UUID id, long version, String tokenHash, OffsetDateTime expiresAt) {
        return db.update(INVITATION)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.EXPIRES_AT, expiresAt)
                .set(INVITATION.DELIVERY_FAILURE, (String) null)
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id))
                .and(INVITATION.VERSION.eq(version))
                .and(INVITATION.STATUS.eq(InvitationStatus.PENDING.name()))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recordDelivery(UUID id, OffsetDateTime sentAt, String failure) {
        var update = db.update(INVITATION).set(INVITATION.DELIVERY_FAILURE, failure);
        if (failure == null) {
            update = update.set(INVITATION.LAST_SENT_AT, sentAt);
        }
        update.where(INVITATION.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean revoke(UUID id, long version, OffsetDateTime now) {
        return db.update(INVITATION)
                .set(INVITATION.STATUS, InvitationStatus.REVOKED.name())
                .set(INVITATION.REVOKED_AT, now)
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id))
                .and(INVITATION.VERSION.eq(version))
                .and(INVITATION.STATUS.eq(InvitationStatus.PENDING.name()))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void accept(UUID id, OffsetDateTime now) {
        db.update(INVITATION)
                .set(INVITATION.STATUS, InvitationStatus.ACCEPTED.name())
                .set(INVITATION.ACCEPTED_AT, now)
                .set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
                .where(INVITATION.ID.eq(id))
                .execute();
    }

    Optional<Invitee> invitee(UUID personId) {
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL, EMPLOYEE.STATUS,
                        EMPLOYEE.PREFERRED_LOCALE, canSignIn())
                .from(EMPLOYEE)
                .where(EMPLOYEE.ID.eq(personId))
                .fetchOptional(r -> new Invitee(r.get(EMPLOYEE.ID), r.get(EMPLOYEE.GIVEN_NAME),
                        r.get(EMPLOYEE.FAMILY_NAME), r.get(EMPLOYEE.EMAIL), "ACTIVE".equals(r.get(EMPLOYEE.STATUS)),
                        r.get(EMPLOYEE.PREFERRED_LOCALE), r.get(canSignIn())));
    }

    /** Active people who cannot sign in and have no open invitation, matching every word of the query. */
    List<Invitee> invitable(String query, int limit) {
        Condition matches = DSL.trueCondition();
        for (String word : query == null ? new String[0] : query.trim().toLowerCase().split("\\s+")) {
            if (!word.isEmpty()) {
                String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                matches = matches.and(EMPLOYEE.GIVEN_NAME.likeIgnoreCase(pattern)
                        .or(EMPLOYEE.FAMILY_NAME.likeIgnoreCase(pattern))
                        .or(EMPLOYEE.EMAIL.likeIgnoreCase(pattern)));
            }
        }
        return db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL,
                        EMPLOYEE.PREFERRED_LOCALE)
                .from(EMPLOYEE)
                .where(EMPLOYEE.STATUS.eq("ACTIVE"))
                .andNot(canSignInCondition())
                .andNotExists(DSL.selectOne().from(INVITATION)
                        .where(INVITATION.TENANT_ID.eq(EMPLOYEE.TENANT_ID))
                        .and(INVITATION.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                        .and(INVITATION.STATUS.eq(InvitationStatus.PENDING.name())))
                .and(matches)
                .orderBy(EMPLOYEE.FAMILY_NAME, EMPLOYEE.GIVEN_NAME)
                .limit(limit)
                .fetch(r -> new Invitee(r.get(EMPLOYEE.ID), r.get(EMPLOYEE.GIVEN_NAME), r.get(EMPLOYEE.FAMILY_NAME),
                        r.get(EMPLOYEE.EMAIL), true, r.get(EMPLOYEE.PREFERRED_LOCALE), false));
    }

    private static final org.jooq.Field<Boolean> CAN_SIGN_IN = DSL.field(canSignInCondition()).as("can_sign_in");

    private static org.jooq.Field<Boolean> canSignIn() {
        return CAN_SIGN_IN;
    }

    private static Condition canSignInCondition() {
        return DSL.exists(DSL.selectOne().from(USER_ACCOUNT)
                .where(USER_ACCOUNT.TENANT_ID.eq(EMPLOYEE.TENANT_ID))
                .and(USER_ACCOUNT.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                .and(USER_ACCOUNT.ENABLED.isTrue())
                .and(USER_ACCOUNT.PASSWORD_HASH.isNotNull()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(INVITATION.asterisk(), EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL,
                        EMPLOYEE.STATUS.as("person_status"), EMPLOYEE.PREFERRED_LOCALE)
                .from(INVITATION)
                .join(EMPLOYEE).on(EMPLOYEE.TENANT_ID.eq(INVITATION.TENANT_ID).and(EMPLOYEE.ID.eq(INVITATION.EMPLOYEE_ID)));
    }

    private static Row toRow(Record r) {
        return new Row(r.get(INVITATION.ID), r.get(INVITATION.EMPLOYEE_ID), r.get(EMPLOYEE.GIVEN_NAME),
                r.get(EMPLOYEE.FAMILY_NAME), r.get(EMPLOYEE.EMAIL), r.get("person_status", String.class),
                r.get(EMPLOYEE.PREFERRED_LOCALE), r.get(INVITATION.STATUS), r.get(INVITATION.INVITED_BY),
                r.get(INVITATION.CREATED_AT), r.get(INVITATION.LAST_SENT_AT), r.get(INVITATION.EXPIRES_AT),
                r.get(INVITATION.ACCEPTED_AT), r.get(INVITATION.DELIVERY_FAILURE), r.get(INVITATION.VERSION));
    }
}
