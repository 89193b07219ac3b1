package io.kadens.scim;

import static io.kadens.db.Tables.SCIM_TOKEN;

import io.kadens.db.tables.records.ScimTokenRecord;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ScimTokenRepository {

    private final DSLContext db;
    private final Organisations organisations;

    ScimTokenRepository(DSLContext db, Organisations organisations) {
        this.db = db;
        this.organisations = organisations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, String name, String hash, UUID createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        db.insertInto(SCIM_TOKEN)
                .set(SCIM_TOKEN.ID, id)
                .set(SCIM_TOKEN.NAME, name)
                .set(SCIM_TOKEN.TOKEN_HASH, hash)
                .set(SCIM_TOKEN.CREATED_BY, createdBy)
                .set(SCIM_TOKEN.CREATED_AT, createdAt)
                .set(SCIM_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    List<ScimToken> list(OffsetDateTime now) {
        return db.selectFrom(SCIM_TOKEN).orderBy(SCIM_TOKEN.CREATED_AT.desc()).fetch(r -> token(r, now));
    }

    Optional<ScimToken> find(UUID id, OffsetDateTime now) {
        return db.selectFrom(SCIM_TOKEN).where(SCIM_TOKEN.ID.eq(id)).fetchOptional(r -> token(r, now));
    }

    private static ScimToken token(ScimTokenRecord r, OffsetDateTime now) {
        return new ScimToken(r.getId(), r.getName(), instant(r.getCreatedAt()), instant(r.getLastUsedAt()),
                instant(r.getRevokedAt()), instant(r.getExpiresAt()),
                r.getRevokedAt() == null && r.getExpiresAt().isAfter(now));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int revoke(UUID id) {
        return db.update(SCIM_TOKEN).set(SCIM_TOKEN.REVOKED_AT, OffsetDateTime.now())
                .where(SCIM_TOKEN.ID.eq(id)).and(SCIM_TOKEN.REVOKED_AT.isNull()).execute();
    }

    /** The active (neither revoked nor expired) token with this hash in the bound tenant, marked as used now. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<ScimToken> use(String hash, OffsetDateTime now) {
        return db.update(SCIM_TOKEN).set(SCIM_TOKEN.LAST_USED_AT, now)
                .where(SCIM_TOKEN.TOKEN_HASH.eq(hash)).and(SCIM_TOKEN.REVOKED_AT.isNull())
                .and(SCIM_TOKEN.EXPIRES_AT.gt(now))
                .returning().fetchOptional().map(r -> token(r, now));
    }

    boolean tenantActive(UUID tenantId) {
        return organisations.byId(new TenantId(tenantId)).filter(Organisation::isActive).isPresent();
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
