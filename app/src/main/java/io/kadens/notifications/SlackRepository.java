package io.kadens.notifications;

import static io.kadens.db.Tables.SLACK_CONNECTION;
import static io.kadens.db.Tables.SLACK_PERSON;

import io.kadens.db.tables.records.SlackConnectionRecord;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The bound tenant's Slack connection and the people-to-Slack-users cache; people come from {@link OrgFacts}. */
@Repository
class SlackRepository {

    /** A stored connection, secrets still encrypted. */
    record StoredConnection(String teamId, String teamName, String botUserId, String tokenCiphertext,
                            String signingSecretCiphertext, UUID connectedBy, String connectedByName,
                            OffsetDateTime connectedAt) {
    }

    /** A cached match: the Slack user, or none when the lookup found nobody. */
    record CachedMatch(Optional<String> slackUserId, OffsetDateTime lookedUpAt) {
    }

    private final DSLContext db;
    private final OrgFacts orgFacts;

    SlackRepository(DSLContext db, OrgFacts orgFacts) {
        this.db = db;
        this.orgFacts = orgFacts;
    }

    Optional<StoredConnection> connection() {
        return db.selectFrom(SLACK_CONNECTION).fetchOptional()
                .map(row -> new StoredConnection(row.getTeamId(), row.getTeamName(), row.getBotUserId(),
                        row.getTokenCiphertext(), row.getSigningSecretCiphertext(), row.getConnectedBy(),
                        orgFacts.person(row.getConnectedBy()).map(OrgPerson::fullName).orElse(null),
                        row.getConnectedAt()));
    }

    boolean connected() {
        return db.fetchExists(SLACK_CONNECTION);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void save(String teamId, String teamName, String botUserId, String tokenCiphertext, String secretCiphertext,
              UUID connectedBy, Instant now) {
        db.deleteFrom(SLACK_CONNECTION).execute();
        // A different workspace has different users: the old matches mean nothing there.
        db.deleteFrom(SLACK_PERSON).execute();
        SlackConnectionRecord row = db.newRecord(SLACK_CONNECTION);
        row.setTeamId(teamId);
        row.setTeamName(teamName);
        row.setBotUserId(botUserId);
        row.setTokenCiphertext(tokenCiphertext);
        row.setSigningSecretCiphertext(secretCiphertext);
        row.setConnectedBy(connectedBy);
        row.setConnectedAt(now.atOffset(ZoneOffset.UTC));
        row.store();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean delete() {
        db.deleteFrom(SLACK_PERSON).execute();
        return db.deleteFrom(SLACK_CONNECTION).execute() > 0;
    }

    Optional<CachedMatch> cachedMatch(UUID employeeId) {
        return db.select(SLACK_PERSON.SLACK_USER_ID, SLACK_PERSON.LOOKED_UP_AT).from(SLACK_PERSON)
                .where(SLACK_PERSON.EMPLOYEE_ID.eq(employeeId))
                .fetchOptional(row -> new CachedMatch(Optional.ofNullable(row.value1()), row.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void cacheMatch(UUID employeeId, Optional<String> slackUserId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        db.insertInto(SLACK_PERSON)
                .set(SLACK_PERSON.EMPLOYEE_ID, employeeId)
                .set(SLACK_PERSON.SLACK_USER_ID, slackUserId.orElse(null))
                .set(SLACK_PERSON.LOOKED_UP_AT, at)
                .onConflict(SLACK_PERSON.TENANT_ID, SLACK_PERSON.EMPLOYEE_ID)
                .doUpdate()
                .set(SLACK_PERSON.SLACK_USER_ID, slackUserId.orElse(null))
                .set(SLACK_PERSON.LOOKED_UP_AT, at)
                .execute();
    }

    Optional<UUID> personBySlackUser(String slackUserId) {
        return db.select(SLACK_PERSON.EMPLOYEE_ID).from(SLACK_PERSON)
                .where(SLACK_PERSON.SLACK_USER_ID.eq(slackUserId))
                .fetchOptional(row -> row.value1());
    }

    Optional<UUID> activePersonByEmail(String email) {
        return orgFacts.personByEmail(email.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(OrgPerson::active).map(OrgPerson::id);
    }
}
