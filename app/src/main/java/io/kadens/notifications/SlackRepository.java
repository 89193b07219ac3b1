package io.kadens.notifications;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.SLACK_CONNECTION;
import static io.kadens.db.Tables.SLACK_PERSON;

import io.kadens.db.tables.records.SlackConnectionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The bound tenant's Slack connection and the people-to-Slack-users cache. */
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

    SlackRepository(DSLContext db) {
        this.db = db;
    }

    Optional<StoredConnection> connection() {
        return db.select(SLACK_CONNECTION.asterisk(), EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME)
                .from(SLACK_CONNECTION)
                .leftJoin(EMPLOYEE).on(EMPLOYEE.TENANT_ID.eq(SLACK_CONNECTION.TENANT_ID)
                        .and(EMPLOYEE.ID.eq(SLACK_CONNECTION.CONNECTED_BY)))
                .fetchOptional(row -> new StoredConnection(row.get(SLACK_CONNECTION.TEAM_ID),
                        row.get(SLACK_CONNECTION.TEAM_NAME), row.get(SLACK_CONNECTION.BOT_USER_ID),
                        row.get(SLACK_CONNECTION.TOKEN_CIPHERTEXT), row.get(SLACK_CONNECTION.SIGNING_SECRET_CIPHERTEXT),
                        row.get(SLACK_CONNECTION.CONNECTED_BY),
                        row.get(EMPLOYEE.GIVEN_NAME) + " " + row.get(EMPLOYEE.FAMILY_NAME),
                        row.get(SLACK_CONNECTION.CONNECTED_AT)));
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
        return db.select(EMPLOYEE.ID).from(EMPLOYEE)
                .where(EMPLOYEE.EMAIL.eq(email.trim().toLowerCase(java.util.Locale.ROOT)))
                .and(EMPLOYEE.STATUS.eq("ACTIVE"))
                .fetchOptional(row -> row.value1());
    }
}
