package io.kadens.invitations;

import static io.kadens.db.Tables.INVITATION;

import io.kadens.db.tables.records.InvitationRecord;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.security.Accounts;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of the bound tenant. The person's name, email and status come from {@link OrgFacts} in
 * one batch per list (so the HR list is two queries, whatever its length), the sign-in state from
 * {@link Accounts}; it never touches another feature's table.
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
    private final OrgFacts orgFacts;
    private final Accounts accounts;

    InvitationRepository(DSLContext db, OrgFacts orgFacts, Accounts accounts) {
        this.db = db;
        this.orgFacts = orgFacts;
        this.accounts = accounts;
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
        return withPeople(db.selectFrom(INVITATION).where(INVITATION.ID.eq(id)).fetch()).stream().findFirst();
    }

    /** Locks the invitation, so that two tabs using the same link cannot both set a password. */
    Optional<Row> findByTokenHashForUpdate(String tokenHash) {
        return withPeople(db.selectFrom(INVITATION).where(INVITATION.TOKEN_HASH.eq(tokenHash)).forUpdate().fetch())
                .stream().findFirst();
    }

    List<Row> all() {
        return withPeople(db.selectFrom(INVITATION).orderBy(INVITATION.CREATED_AT.desc()).fetch());
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
        return orgFacts.person(personId).map(person -> new Invitee(person.id(), person.givenName(),
                person.familyName(), person.email(), person.active(), person.preferredLocale(),
                accounts.canSignIn(person.id())));
    }

    /** Active people who cannot sign in and have no open invitation, matching every word of the query. */
    List<Invitee> invitable(String query, int limit) {
        Set<UUID> excluded = new HashSet<>(accounts.peopleWhoCanSignIn());
        excluded.addAll(db.select(INVITATION.EMPLOYEE_ID).from(INVITATION)
                .where(INVITATION.STATUS.eq(InvitationStatus.PENDING.name()))
                .fetch(INVITATION.EMPLOYEE_ID));
        return orgFacts.activePeopleMatching(query, excluded, limit).stream()
                .map(person -> new Invitee(person.id(), person.givenName(), person.familyName(), person.email(),
                        true, person.preferredLocale(), false))
                .toList();
    }

    /** The invitations with their people, looked up in one batch; as before, rows without a person are left out. */
    private List<Row> withPeople(List<InvitationRecord> invitations) {
        Map<UUID, OrgPerson> people = orgFacts.people(invitations.stream().map(InvitationRecord::getEmployeeId).toList());
        return invitations.stream().filter(invitation -> people.containsKey(invitation.getEmployeeId()))
                .map(invitation -> toRow(invitation, people.get(invitation.getEmployeeId()))).toList();
    }

    private static Row toRow(InvitationRecord r, OrgPerson person) {
        return new Row(r.getId(), r.getEmployeeId(), person.givenName(), person.familyName(), person.email(),
                person.status().name(), person.preferredLocale(), r.getStatus(), r.getInvitedBy(), r.getCreatedAt(),
                r.getLastSentAt(), r.getExpiresAt(), r.getAcceptedAt(), r.getDeliveryFailure(), r.getVersion());
    }
}
