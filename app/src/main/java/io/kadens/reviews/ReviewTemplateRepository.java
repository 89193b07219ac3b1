package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW_TEMPLATE;
import static io.kadens.db.Tables.REVIEW_TEMPLATE_VERSION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * jOOQ access to review templates and their versions. Row-level security confines every query to the
 * bound tenant; a version's sections are stored as one JSON document.
 */
@Repository
class ReviewTemplateRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<TemplateSection>> SECTIONS = new TypeReference<>() {
    };

    private final DSLContext db;

    ReviewTemplateRepository(DSLContext db) {
        this.db = db;
    }

    record TemplateRow(UUID id, int currentVersion, boolean archived, long version) {
    }

    List<TemplateRow> templates() {
        return db.selectFrom(REVIEW_TEMPLATE).orderBy(REVIEW_TEMPLATE.CREATED_AT, REVIEW_TEMPLATE.ID)
                .fetch(r -> new TemplateRow(r.getId(), r.getCurrentVersion(), r.getArchived(), r.getVersion()));
    }

    Optional<TemplateRow> template(UUID id) {
        return db.selectFrom(REVIEW_TEMPLATE).where(REVIEW_TEMPLATE.ID.eq(id))
                .fetchOptional(r -> new TemplateRow(r.getId(), r.getCurrentVersion(), r.getArchived(), r.getVersion()));
    }

    Optional<TemplateVersion> version(UUID templateId, int number) {
        return db.selectFrom(REVIEW_TEMPLATE_VERSION)
                .where(REVIEW_TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId), REVIEW_TEMPLATE_VERSION.NUMBER.eq(number))
                .fetchOptional(this::toVersion);
    }

    List<TemplateVersion> versions(UUID templateId) {
        return db.selectFrom(REVIEW_TEMPLATE_VERSION).where(REVIEW_TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId))
                .orderBy(REVIEW_TEMPLATE_VERSION.NUMBER.desc()).fetch(this::toVersion);
    }

    private TemplateVersion toVersion(Record r) {
        var v = r.into(REVIEW_TEMPLATE_VERSION);
        List<TemplateSection> sections = JSON.readValue(v.getSections().data(), SECTIONS);
        return new TemplateVersion(v.getTemplateId(), v.getNumber(), v.getNameEn(), v.getNameSv(), sections,
                v.getCreatedAt().toInstant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertTemplate(UUID id) {
        db.insertInto(REVIEW_TEMPLATE).set(REVIEW_TEMPLATE.ID, id).set(REVIEW_TEMPLATE.CURRENT_VERSION, 1).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertVersion(UUID templateId, int number, TemplateDraft draft, UUID createdBy, Instant at) {
        db.insertInto(REVIEW_TEMPLATE_VERSION)
                .set(REVIEW_TEMPLATE_VERSION.TEMPLATE_ID, templateId)
                .set(REVIEW_TEMPLATE_VERSION.NUMBER, number)
                .set(REVIEW_TEMPLATE_VERSION.NAME_EN, draft.nameEn())
                .set(REVIEW_TEMPLATE_VERSION.NAME_SV, draft.nameSv())
                .set(REVIEW_TEMPLATE_VERSION.SECTIONS, JSONB.valueOf(JSON.writeValueAsString(draft.sections())))
                .set(REVIEW_TEMPLATE_VERSION.CREATED_BY, createdBy)
                .set(REVIEW_TEMPLATE_VERSION.CREATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute();
    }

    /** Moves the template to a new version if nobody changed it since {@code expectedVersion}; false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean advance(UUID id, int newCurrentVersion, long expectedVersion) {
        return db.update(REVIEW_TEMPLATE)
                .set(REVIEW_TEMPLATE.CURRENT_VERSION, newCurrentVersion)
                .set(REVIEW_TEMPLATE.VERSION, REVIEW_TEMPLATE.VERSION.plus(1))
                .where(REVIEW_TEMPLATE.ID.eq(id), REVIEW_TEMPLATE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setArchived(UUID id, boolean archived, long expectedVersion) {
        return db.update(REVIEW_TEMPLATE)
                .set(REVIEW_TEMPLATE.ARCHIVED, archived)
                .set(REVIEW_TEMPLATE.VERSION, REVIEW_TEMPLATE.VERSION.plus(1))
                .where(REVIEW_TEMPLATE.ID.eq(id), REVIEW_TEMPLATE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }
}
