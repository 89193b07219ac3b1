package io.kadens.apitokens;

import static io.kadens.db.Tables.API_TOKEN;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * A person's access tokens in their data export (names and dates, never the hash), and revoked at
 * their erasure: nobody signs in as an erased person, by password or by token.
 */
@Component
class ApiTokenPersonalData implements PersonalDataExporter, PersonalDataEraser {

    record Token(String name, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
                 OffsetDateTime revokedAt) {
    }

    private final DSLContext db;

    ApiTokenPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        return Map.of("api-tokens", db.select(API_TOKEN.NAME, API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT,
                        API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.EMPLOYEE_ID.eq(personId))
                .orderBy(API_TOKEN.CREATED_AT)
                .fetch(row -> new Token(row.value1(), row.value2(), row.value3(), row.value4(), row.value5())));
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        // Token names are the person's own words: they go too. Revocation dates already set stay.
        db.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, DSL.coalesce(API_TOKEN.REVOKED_AT, DSL.val(OffsetDateTime.now())))
                .set(API_TOKEN.REVOKED_BY, DSL.coalesce(API_TOKEN.REVOKED_BY, DSL.val("erasure")))
                .set(API_TOKEN.NAME, "erased")
                .where(API_TOKEN.EMPLOYEE_ID.eq(personId))
                .execute();
    }

    @Override
    public void eraseLabels(String formerEmail, String pseudonym) {
        // who revoked others' tokens is labelled by email at the time; an erased admin keeps only the pseudonym
        db.update(API_TOKEN).set(API_TOKEN.REVOKED_BY, pseudonym).where(API_TOKEN.REVOKED_BY.eq(formerEmail)).execute();
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("api_token.employee_id");
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("api_token.employee_id", ErasureRule.KEPT);
    }
}
