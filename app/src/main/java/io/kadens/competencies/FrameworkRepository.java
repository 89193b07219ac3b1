package io.kadens.competencies;

import static io.kadens.db.Tables.ASSESSMENT_RATING;
import static io.kadens.db.Tables.COMPETENCY;
import static io.kadens.db.Tables.COMPETENCY_EXPECTATION;
import static io.kadens.db.Tables.COMPETENCY_SETTINGS;

import java.time.OffsetDateTime;
import java.util.Collection;
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

/** jOOQ access to the competency framework; row-level security confines every query to the bound tenant. */
@Repository
class FrameworkRepository {

    /** The scale when HR has not chosen one. */
    static final int DEFAULT_SCALE = 5;

    private final DSLContext db;

    FrameworkRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ scale

    record Scale(int max, long version) {
    }

    Scale scale() {
        return db.select(COMPETENCY_SETTINGS.SCALE_MAX, COMPETENCY_SETTINGS.VERSION).from(COMPETENCY_SETTINGS)
                .fetchOptional(row -> new Scale(row.value1(), row.value2()))
                .orElse(new Scale(DEFAULT_SCALE, 0));
    }

    /** Stores the scale when the stored version is the expected one (0 when none is stored yet). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveScale(int max, long expectedVersion) {
        if (expectedVersion == 0 && db.fetchCount(COMPETENCY_SETTINGS) == 0) {
            return db.insertInto(COMPETENCY_SETTINGS).set(COMPETENCY_SETTINGS.SCALE_MAX, max)
                    .set(COMPETENCY_SETTINGS.VERSION, 1L).onConflictDoNothing().execute() == 1;
        }
        return db.update(COMPETENCY_SETTINGS).set(COMPETENCY_SETTINGS.SCALE_MAX, max)
                .set(COMPETENCY_SETTINGS.VERSION, COMPETENCY_SETTINGS.VERSION.plus(1))
                .where(COMPETENCY_SETTINGS.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** The highest level any expectation, rating or indicator uses; 0 when none. */
    int highestLevelInUse() {
        Integer expected = db.select(DSL.max(COMPETENCY_EXPECTATION.LEVEL)).from(COMPETENCY_EXPECTATION).fetchOne(0, Integer.class);
        Integer rated = db.select(DSL.max(ASSESSMENT_RATING.LEVEL)).from(ASSESSMENT_RATING).fetchOne(0, Integer.class);
        Integer described = db.select(DSL.max(DSL.field("cardinality({0})", Integer.class, COMPETENCY.INDICATORS)))
                .from(COMPETENCY).fetchOne(0, Integer.class);
        return Math.max(expected == null ? 0 : expected, Math.max(rated == null ? 0 : rated, described == null ? 0 : described));
    }

    // ------------------------------------------------------------------ competencies

    private static Competency toCompetency(Record row) {
        return new Competency(row.get(COMPETENCY.ID), row.get(COMPETENCY.VERSION), new CompetencyData(
                row.get(COMPETENCY.NAME), row.get(COMPETENCY.DESCRIPTION),
                CompetencyGroup.valueOf(row.get(COMPETENCY.GROUP_KIND)), row.get(COMPETENCY.JOB_FAMILY_ID),
                List.of(row.get(COMPETENCY.INDICATORS))), row.get(COMPETENCY.ARCHIVED_AT) != null);
    }

    List<Competency> competencies(boolean includeArchived, Collection<UUID> onlyIds) {
        Condition where = includeArchived ? DSL.trueCondition() : COMPETENCY.ARCHIVED_AT.isNull();
        if (onlyIds != null) {
            where = where.and(COMPETENCY.ID.in(onlyIds));
        }
        return db.selectFrom(COMPETENCY).where(where)
                .orderBy(COMPETENCY.GROUP_KIND, DSL.lower(COMPETENCY.NAME)).fetch(FrameworkRepository::toCompetency);
    }

    Optional<Competency> competency(UUID id) {
        return db.selectFrom(COMPETENCY).where(COMPETENCY.ID.eq(id)).fetchOptional(FrameworkRepository::toCompetency);
    }

    /** Every competency (archived too) by its lower-case name. */
    Map<String, Competency> byLowerName() {
        Map<String, Competency> byName = new java.util.HashMap<>();
        competencies(true, null).forEach(c -> byName.put(c.name().toLowerCase(java.util.Locale.ROOT), c));
        return byName;
    }

    boolean nameTaken(String name, UUID except) {
        Condition where = DSL.lower(COMPETENCY.NAME).eq(name.toLowerCase(java.util.Locale.ROOT));
        if (except != null) {
            where = where.and(COMPETENCY.ID.ne(except));
        }
        return db.fetchExists(COMPETENCY, where);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, CompetencyData data) {
        db.insertInto(COMPETENCY).set(COMPETENCY.ID, id).set(fields(data)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean update(UUID id, long expectedVersion, CompetencyData data) {
        return db.update(COMPETENCY).set(fields(data))
                .set(COMPETENCY.UPDATED_AT, OffsetDateTime.now())
                .set(COMPETENCY.VERSION, COMPETENCY.VERSION.plus(1))
                .where(COMPETENCY.ID.eq(id)).and(COMPETENCY.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean setArchived(UUID id, long expectedVersion, boolean archived) {
        return db.update(COMPETENCY)
                .set(COMPETENCY.ARCHIVED_AT, archived ? DSL.currentOffsetDateTime() : DSL.castNull(COMPETENCY.ARCHIVED_AT))
                .set(COMPETENCY.UPDATED_AT, OffsetDateTime.now())
                .set(COMPETENCY.VERSION, COMPETENCY.VERSION.plus(1))
                .where(COMPETENCY.ID.eq(id)).and(COMPETENCY.VERSION.eq(expectedVersion)).execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean delete(UUID id, long expectedVersion) {
        return db.deleteFrom(COMPETENCY).where(COMPETENCY.ID.eq(id)).and(COMPETENCY.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** True when ratings refer to the competency: it is history and can only be archived. */
    boolean hasHistory(UUID id) {
        return db.fetchExists(ASSESSMENT_RATING, ASSESSMENT_RATING.COMPETENCY_ID.eq(id));
    }

    private static Map<org.jooq.Field<?>, Object> fields(CompetencyData data) {
        Map<org.jooq.Field<?>, Object> fields = new java.util.LinkedHashMap<>();
        fields.put(COMPETENCY.NAME, data.name());
        fields.put(COMPETENCY.DESCRIPTION, data.description());
        fields.put(COMPETENCY.GROUP_KIND, data.group().name());
        fields.put(COMPETENCY.JOB_FAMILY_ID, data.jobFamilyId());
        fields.put(COMPETENCY.INDICATORS, data.indicators().toArray(String[]::new));
        return fields;
    }

    // ------------------------------------------------------------------ expectations

    private static Expectation toExpectation(Record row) {
        return new Expectation(row.get(COMPETENCY_EXPECTATION.COMPETENCY_ID), row.get(COMPETENCY_EXPECTATION.JOB_FAMILY_ID),
                row.get(COMPETENCY_EXPECTATION.JOB_LEVEL_ID), row.get(COMPETENCY_EXPECTATION.LEVEL));
    }

    List<Expectation> expectations(UUID jobFamilyId) {
        Condition where = jobFamilyId == null ? DSL.trueCondition() : COMPETENCY_EXPECTATION.JOB_FAMILY_ID.eq(jobFamilyId);
        return db.selectFrom(COMPETENCY_EXPECTATION).where(where).fetch(FrameworkRepository::toExpectation);
    }

    List<Expectation> expectationsOfLevel(UUID jobLevelId) {
        return db.selectFrom(COMPETENCY_EXPECTATION).where(COMPETENCY_EXPECTATION.JOB_LEVEL_ID.eq(jobLevelId))
                .fetch(FrameworkRepository::toExpectation);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void saveExpectation(UUID competencyId, UUID jobFamilyId, UUID jobLevelId, Integer level) {
        if (level == null) {
            db.deleteFrom(COMPETENCY_EXPECTATION).where(COMPETENCY_EXPECTATION.COMPETENCY_ID.eq(competencyId))
                    .and(COMPETENCY_EXPECTATION.JOB_LEVEL_ID.eq(jobLevelId)).execute();
            return;
        }
        db.insertInto(COMPETENCY_EXPECTATION)
                .set(COMPETENCY_EXPECTATION.COMPETENCY_ID, competencyId)
                .set(COMPETENCY_EXPECTATION.JOB_FAMILY_ID, jobFamilyId)
                .set(COMPETENCY_EXPECTATION.JOB_LEVEL_ID, jobLevelId)
                .set(COMPETENCY_EXPECTATION.LEVEL, level)
                .onConflict(COMPETENCY_EXPECTATION.TENANT_ID, COMPETENCY_EXPECTATION.COMPETENCY_ID,
                        COMPETENCY_EXPECTATION.JOB_LEVEL_ID)
                .doUpdate().set(COMPETENCY_EXPECTATION.LEVEL, level)
                .set(COMPETENCY_EXPECTATION.JOB_FAMILY_ID, jobFamilyId)
                .execute();
    }
}
