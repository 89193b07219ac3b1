package io.kadens.learning;

import static io.kadens.db.Tables.TRAINING_ASSIGNMENT;
import static io.kadens.db.Tables.TRAINING_ITEM;
import static io.kadens.db.Tables.TRAINING_PROGRESS;

import java.time.LocalDate;
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

/** jOOQ access to the training library; row-level security confines every query to the bound tenant. */
@Repository
class LearningRepository {

    private final DSLContext db;

    LearningRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ items

    private static final List<org.jooq.SelectField<?>> ITEM_FIELDS = List.of(TRAINING_ITEM.ID, TRAINING_ITEM.VERSION,
            TRAINING_ITEM.TITLE, TRAINING_ITEM.DESCRIPTION, TRAINING_ITEM.PROVIDER_KIND, TRAINING_ITEM.PROVIDER_NAME,
            TRAINING_ITEM.URL, TRAINING_ITEM.FORMAT, TRAINING_ITEM.DURATION_MINUTES, TRAINING_ITEM.LEVEL,
            TRAINING_ITEM.COMPETENCIES, TRAINING_ITEM.LANGUAGE, TRAINING_ITEM.TAGS, TRAINING_ITEM.FILE_NAME);

    static TrainingItem toItem(Record row) {
        return new TrainingItem(row.get(TRAINING_ITEM.ID), row.get(TRAINING_ITEM.VERSION), new TrainingItemData(
                row.get(TRAINING_ITEM.TITLE), row.get(TRAINING_ITEM.DESCRIPTION),
                ProviderKind.valueOf(row.get(TRAINING_ITEM.PROVIDER_KIND)), row.get(TRAINING_ITEM.PROVIDER_NAME),
                row.get(TRAINING_ITEM.URL), TrainingFormat.valueOf(row.get(TRAINING_ITEM.FORMAT)),
                row.get(TRAINING_ITEM.DURATION_MINUTES), TrainingLevel.valueOf(row.get(TRAINING_ITEM.LEVEL)),
                List.of(row.get(TRAINING_ITEM.COMPETENCIES)), row.get(TRAINING_ITEM.LANGUAGE),
                List.of(row.get(TRAINING_ITEM.TAGS))), row.get(TRAINING_ITEM.FILE_NAME));
    }

    List<TrainingItem> items(LibraryQuery filter, Collection<UUID> onlyIds) {
        Condition where = DSL.trueCondition();
        if (filter.format() != null) {
            where = where.and(TRAINING_ITEM.FORMAT.eq(filter.format().name()));
        }
        if (filter.level() != null) {
            where = where.and(TRAINING_ITEM.LEVEL.eq(filter.level().name()));
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            where = where.and(TRAINING_ITEM.LANGUAGE.eq(filter.language()));
        }
        if (filter.competency() != null && !filter.competency().isBlank()) {
            where = where.and(DSL.condition("exists (select 1 from unnest({0}) c where lower(c) = lower({1}))",
                    TRAINING_ITEM.COMPETENCIES, DSL.val(filter.competency().strip())));
        }
        if (onlyIds != null) {
            where = where.and(TRAINING_ITEM.ID.in(onlyIds));
        }
        return db.select(ITEM_FIELDS).from(TRAINING_ITEM).where(where).orderBy(TRAINING_ITEM.TITLE)
                .limit(500).fetch(LearningRepository::toItem);
    }

    Optional<TrainingItem> item(UUID id) {
        return db.select(ITEM_FIELDS).from(TRAINING_ITEM).where(TRAINING_ITEM.ID.eq(id))
                .fetchOptional(LearningRepository::toItem);
    }

    Map<String, UUID> idsByLowerTitle() {
        return db.select(DSL.lower(TRAINING_ITEM.TITLE), TRAINING_ITEM.ID).from(TRAINING_ITEM)
                .fetchMap(DSL.lower(TRAINING_ITEM.TITLE), TRAINING_ITEM.ID);
    }

    List<String> competencies() {
        var competency = DSL.field(DSL.name("c"), String.class);
        return db.selectDistinct(competency)
                .from(TRAINING_ITEM, DSL.unnest(TRAINING_ITEM.COMPETENCIES).as("t", "c"))
                .orderBy(competency)
                .fetch(competency);
    }

    Optional<TrainingFile> file(UUID id) {
        return db.select(TRAINING_ITEM.FILE_NAME, TRAINING_ITEM.FILE_MEDIA_TYPE, TRAINING_ITEM.FILE_CONTENT)
                .from(TRAINING_ITEM).where(TRAINING_ITEM.ID.eq(id)).and(TRAINING_ITEM.FILE_CONTENT.isNotNull())
                .fetchOptional(row -> new TrainingFile(row.value1(), row.value2(), row.value3()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertItem(UUID id, TrainingItemData data) {
        db.insertInto(TRAINING_ITEM)
                .set(TRAINING_ITEM.ID, id)
                .set(fields(data))
                .execute();
    }

    /** Updates when the stored version is the expected one; returns false when someone else saved first. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean updateItem(UUID id, long expectedVersion, TrainingItemData data) {
        return db.update(TRAINING_ITEM)
                .set(fields(data))
                .set(TRAINING_ITEM.UPDATED_AT, OffsetDateTime.now())
                .set(TRAINING_ITEM.VERSION, TRAINING_ITEM.VERSION.plus(1))
                .where(TRAINING_ITEM.ID.eq(id)).and(TRAINING_ITEM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean attachFile(UUID id, long expectedVersion, TrainingFile file) {
        return db.update(TRAINING_ITEM)
                .set(TRAINING_ITEM.FILE_NAME, file == null ? null : file.fileName())
                .set(TRAINING_ITEM.FILE_MEDIA_TYPE, file == null ? null : file.mediaType())
                .set(TRAINING_ITEM.FILE_CONTENT, file == null ? null : file.content())
                .set(TRAINING_ITEM.UPDATED_AT, OffsetDateTime.now())
                .set(TRAINING_ITEM.VERSION, TRAINING_ITEM.VERSION.plus(1))
                .where(TRAINING_ITEM.ID.eq(id)).and(TRAINING_ITEM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteItem(UUID id) {
        return db.deleteFrom(TRAINING_ITEM).where(TRAINING_ITEM.ID.eq(id)).execute();
    }

    private static Map<org.jooq.Field<?>, Object> fields(TrainingItemData data) {
        Map<org.jooq.Field<?>, Object> fields = new java.util.LinkedHashMap<>();
        fields.put(TRAINING_ITEM.TITLE, data.title());
        fields.put(TRAINING_ITEM.DESCRIPTION, data.description());
        fields.put(TRAINING_ITEM.PROVIDER_KIND, data.providerKind().name());
        fields.put(TRAINING_ITEM.PROVIDER_NAME, data.providerName());
        fields.put(TRAINING_ITEM.URL, data.url());
        fields.put(TRAINING_ITEM.FORMAT, data.format().name());
        fields.put(TRAINING_ITEM.DURATION_MINUTES, data.durationMinutes());
        fields.put(TRAINING_ITEM.LEVEL, data.level().name());
        fields.put(TRAINING_ITEM.COMPETENCIES, data.competencies().toArray(String[]::new));
        fields.put(TRAINING_ITEM.LANGUAGE, data.language());
        fields.put(TRAINING_ITEM.TAGS, data.tags().toArray(String[]::new));
        return fields;
    }

    // ------------------------------------------------------------------ assignments and progress

    @Transactional(propagation = Propagation.MANDATORY)
    UUID upsertAssignment(UUID itemId, UUID employeeId, UUID assignedBy, LocalDate dueDate) {
        return db.insertInto(TRAINING_ASSIGNMENT)
                .set(TRAINING_ASSIGNMENT.ID, UUID.randomUUID())
                .set(TRAINING_ASSIGNMENT.ITEM_ID, itemId)
                .set(TRAINING_ASSIGNMENT.EMPLOYEE_ID, employeeId)
                .set(TRAINING_ASSIGNMENT.ASSIGNED_BY, assignedBy)
                .set(TRAINING_ASSIGNMENT.DUE_DATE, dueDate)
                .onConflict(TRAINING_ASSIGNMENT.TENANT_ID, TRAINING_ASSIGNMENT.ITEM_ID, TRAINING_ASSIGNMENT.EMPLOYEE_ID)
                .doUpdate()
                .set(TRAINING_ASSIGNMENT.ASSIGNED_BY, assignedBy)
                .set(TRAINING_ASSIGNMENT.DUE_DATE, dueDate)
                .set(TRAINING_ASSIGNMENT.VERSION, TRAINING_ASSIGNMENT.VERSION.plus(1))
                .returning(TRAINING_ASSIGNMENT.ID)
                .fetchOne(TRAINING_ASSIGNMENT.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteAssignment(UUID assignmentId) {
        return db.deleteFrom(TRAINING_ASSIGNMENT).where(TRAINING_ASSIGNMENT.ID.eq(assignmentId)).execute();
    }

    record AssignmentRow(UUID id, UUID itemId, String itemTitle, UUID employeeId, UUID assignedBy, LocalDate dueDate,
                         Progress progress) {
    }

    List<AssignmentRow> assignments(Condition where) {
        return db.select(TRAINING_ASSIGNMENT.ID, TRAINING_ASSIGNMENT.ITEM_ID, TRAINING_ITEM.TITLE,
                        TRAINING_ASSIGNMENT.EMPLOYEE_ID, TRAINING_ASSIGNMENT.ASSIGNED_BY, TRAINING_ASSIGNMENT.DUE_DATE,
                        TRAINING_PROGRESS.STATUS, TRAINING_PROGRESS.PERCENT, TRAINING_PROGRESS.COMPLETED_ON,
                        TRAINING_PROGRESS.VERSION)
                .from(TRAINING_ASSIGNMENT)
                .join(TRAINING_ITEM).on(TRAINING_ITEM.TENANT_ID.eq(TRAINING_ASSIGNMENT.TENANT_ID)
                        .and(TRAINING_ITEM.ID.eq(TRAINING_ASSIGNMENT.ITEM_ID)))
                .leftJoin(TRAINING_PROGRESS).on(TRAINING_PROGRESS.TENANT_ID.eq(TRAINING_ASSIGNMENT.TENANT_ID)
                        .and(TRAINING_PROGRESS.ITEM_ID.eq(TRAINING_ASSIGNMENT.ITEM_ID))
                        .and(TRAINING_PROGRESS.EMPLOYEE_ID.eq(TRAINING_ASSIGNMENT.EMPLOYEE_ID)))
                .where(where)
                .orderBy(TRAINING_ASSIGNMENT.DUE_DATE.asc().nullsLast(), TRAINING_ITEM.TITLE)
                .fetch(row -> new AssignmentRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), progress(row.value7(), row.value8(), row.value9(), row.value10())));
    }

    List<AssignmentRow> assignmentsOf(Collection<UUID> employeeIds) {
        return assignments(TRAINING_ASSIGNMENT.EMPLOYEE_ID.in(employeeIds));
    }

    List<AssignmentRow> allAssignments() {
        return assignments(DSL.trueCondition());
    }

    Optional<AssignmentRow> assignment(UUID id) {
        return assignments(TRAINING_ASSIGNMENT.ID.eq(id)).stream().findFirst();
    }

    private static Progress progress(String status, Integer percent, LocalDate completedOn, Long version) {
        return status == null ? Progress.NONE
                : new Progress(ProgressStatus.valueOf(status), percent, completedOn, version);
    }

    /** Items the person started or finished on their own, without an assignment. */
    Map<UUID, Progress> progressOf(UUID employeeId) {
        return db.selectFrom(TRAINING_PROGRESS).where(TRAINING_PROGRESS.EMPLOYEE_ID.eq(employeeId))
                .fetchMap(TRAINING_PROGRESS.ITEM_ID, row -> progress(row.getStatus(), row.getPercent(),
                        row.getCompletedOn(), row.getVersion()));
    }

    /** Inserts (expected version -1) or updates (when the version matches); false when someone else saved first. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveProgress(UUID itemId, UUID employeeId, Progress progress, long expectedVersion) {
        if (expectedVersion < 0) {
            return db.insertInto(TRAINING_PROGRESS)
                    .set(TRAINING_PROGRESS.ITEM_ID, itemId)
                    .set(TRAINING_PROGRESS.EMPLOYEE_ID, employeeId)
                    .set(TRAINING_PROGRESS.STATUS, progress.status().name())
                    .set(TRAINING_PROGRESS.PERCENT, progress.percent())
                    .set(TRAINING_PROGRESS.COMPLETED_ON, progress.completedOn())
                    .onConflictDoNothing()
                    .execute() == 1;
        }
        return db.update(TRAINING_PROGRESS)
                .set(TRAINING_PROGRESS.STATUS, progress.status().name())
                .set(TRAINING_PROGRESS.PERCENT, progress.percent())
                .set(TRAINING_PROGRESS.COMPLETED_ON, progress.completedOn())
                .set(TRAINING_PROGRESS.UPDATED_AT, OffsetDateTime.now())
                .set(TRAINING_PROGRESS.VERSION, TRAINING_PROGRESS.VERSION.plus(1))
                .where(TRAINING_PROGRESS.ITEM_ID.eq(itemId)).and(TRAINING_PROGRESS.EMPLOYEE_ID.eq(employeeId))
                .and(TRAINING_PROGRESS.VERSION.eq(expectedVersion))
                .execute() == 1;
    }
}
