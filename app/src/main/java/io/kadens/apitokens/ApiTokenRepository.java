package io.kadens.apitokens;

import static io.kadens.db.Tables.API_TOKEN;
import static io.kadens.db.Tables.API_TOKEN_POLICY;

import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
 * Tokens of the bound tenant. Lists take the people's names from {@link OrgFacts} in one batch, so a
 * list costs two queries whatever its length; it never touches another feature's table.
 */
@Repository
class ApiTokenRepository {

    /**
     * What authentication needs of a token.
     *
     * @param maxLifetimeDays the tenant's longest token lifetime now, or null: a token older than that stops
     *                        working even if it was made before the limit was set
     */
    record Credential(UUID id, UUID personId, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                      OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, TokenScope scope, boolean demo,
                      Integer maxLifetimeDays) {

        boolean usableAt(OffsetDateTime now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now))
                    && (maxLifetimeDays == null || createdAt.plusDays(maxLifetimeDays).isAfter(now));
        }
    }

    private final DSLContext db;
    private final OrgFacts orgFacts;

    ApiTokenRepository(DSLContext db, OrgFacts orgFacts) {
        this.db = db;
        this.orgFacts = orgFacts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, UUID personId, String name, String tokenHash, boolean demo, OffsetDateTime createdAt,
                OffsetDateTime expiresAt, TokenScope scope) {
        db.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, id)
                .set(API_TOKEN.EMPLOYEE_ID, personId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.DEMO, demo)
                .set(API_TOKEN.CREATED_AT, createdAt)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .set(API_TOKEN.SCOPE, scope.name())
                .execute();
    }

    Optional<Credential> findByHash(String tokenHash) {
        return db.select(API_TOKEN.ID, API_TOKEN.EMPLOYEE_ID, API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT,
                        API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT, API_TOKEN.SCOPE, API_TOKEN.DEMO,
                        API_TOKEN_POLICY.MAX_LIFETIME_DAYS)
                .from(API_TOKEN)
                .leftJoin(API_TOKEN_POLICY).on(API_TOKEN_POLICY.TENANT_ID.eq(API_TOKEN.TENANT_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(row -> new Credential(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), TokenScope.valueOf(row.value7()), row.value8(), row.value9()));
    }

    /** The bound tenant's longest token lifetime in days, if it set one. */
    Optional<Integer> maxLifetimeDays() {
        return db.select(API_TOKEN_POLICY.MAX_LIFETIME_DAYS).from(API_TOKEN_POLICY)
                .fetchOptional(API_TOKEN_POLICY.MAX_LIFETIME_DAYS).filter(java.util.Objects::nonNull);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setMaxLifetimeDays(Integer days, OffsetDateTime now) {
        // tenant_id: the column default fills in the bound tenant
        db.insertInto(API_TOKEN_POLICY)
                .set(API_TOKEN_POLICY.MAX_LIFETIME_DAYS, days)
                .set(API_TOKEN_POLICY.UPDATED_AT, now)
                .onConflict(API_TOKEN_POLICY.TENANT_ID)
                .doUpdate()
                .set(API_TOKEN_POLICY.MAX_LIFETIME_DAYS, days)
                .set(API_TOKEN_POLICY.UPDATED_AT, now)
                .set(API_TOKEN_POLICY.VERSION, API_TOKEN_POLICY.VERSION.plus(1))
                .execute();
    }

    /** Notes a use, unless one was noted less than a minute ago (no write per request). */
    @Transactional(propagation = Propagation.MANDATORY)
    void touch(UUID id, OffsetDateTime now) {
        db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now)
                .where(API_TOKEN.ID.eq(id))
                .and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(now.minusMinutes(1))))
                .execute();
    }

    List<ApiTokenSummary> list(Optional<UUID> personId, OffsetDateTime now) {
        Condition condition = personId.map(API_TOKEN.EMPLOYEE_ID::eq).orElse(DSL.noCondition());
        return summaries(db.select(API_TOKEN.fields()).select(API_TOKEN_POLICY.MAX_LIFETIME_DAYS)
                .from(API_TOKEN)
                .leftJoin(API_TOKEN_POLICY).on(API_TOKEN_POLICY.TENANT_ID.eq(API_TOKEN.TENANT_ID))
                .where(condition)
                .orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc())
                .fetch(), now);
    }

    Optional<ApiTokenSummary> find(UUID id, OffsetDateTime now) {
        return summaries(db.select(API_TOKEN.fields()).select(API_TOKEN_POLICY.MAX_LIFETIME_DAYS)
                .from(API_TOKEN)
                .leftJoin(API_TOKEN_POLICY).on(API_TOKEN_POLICY.TENANT_ID.eq(API_TOKEN.TENANT_ID))
                .where(API_TOKEN.ID.eq(id)).fetch(), now)
                .stream().findFirst();
    }

    private List<ApiTokenSummary> summaries(List<? extends Record> rows, OffsetDateTime now) {
        Map<UUID, String> names = orgFacts.names(rows.stream().map(row -> row.get(API_TOKEN.EMPLOYEE_ID)).toList());
        return rows.stream().map(row -> summary(row, names.get(row.get(API_TOKEN.EMPLOYEE_ID)), now)).toList();
    }

    /** Revokes a token not yet revoked; false when there was none such. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean revoke(UUID id, String revokedBy, OffsetDateTime now) {
        return db.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now).set(API_TOKEN.REVOKED_BY, revokedBy)
                .where(API_TOKEN.ID.eq(id)).and(API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** Ids of the demo tokens still open, for demo start-up to revoke before it issues new ones. */
    List<UUID> openDemoTokens() {
        return db.select(API_TOKEN.ID).from(API_TOKEN)
                .where(API_TOKEN.DEMO.isTrue()).and(API_TOKEN.REVOKED_AT.isNull())
                .fetch(API_TOKEN.ID);
    }

    Optional<UUID> activePersonByEmail(String email) {
        return orgFacts.personByEmail(email).filter(OrgPerson::active).map(OrgPerson::id);
    }

    private static ApiTokenSummary summary(Record row, String personName, OffsetDateTime now) {
        OffsetDateTime expires = row.get(API_TOKEN.EXPIRES_AT);
        OffsetDateTime revoked = row.get(API_TOKEN.REVOKED_AT);
        Integer maxDays = row.get(API_TOKEN_POLICY.MAX_LIFETIME_DAYS);
        if (maxDays != null) {
            // The tenant's limit ends older tokens too (see Credential): the list shows when.
            OffsetDateTime limit = row.get(API_TOKEN.CREATED_AT).plusDays(maxDays);
            expires = expires == null || limit.isBefore(expires) ? limit : expires;
        }
        return new ApiTokenSummary(row.get(API_TOKEN.ID), row.get(API_TOKEN.EMPLOYEE_ID),
                personName, row.get(API_TOKEN.NAME),
                row.get(API_TOKEN.CREATED_AT), expires, row.get(API_TOKEN.LAST_USED_AT), revoked,
                revoked == null && (expires == null || expires.isAfter(now)), TokenScope.valueOf(row.get(API_TOKEN.SCOPE)));
    }
}
