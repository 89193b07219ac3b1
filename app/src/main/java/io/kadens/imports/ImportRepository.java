package io.kadens.imports;

import static io.kadens.db.Tables.DEPARTMENT;
import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.JOB_FAMILY;
import static io.kadens.db.Tables.JOB_LEVEL;
import static io.kadens.db.Tables.TEAM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Bulk reads and writes of people for imports: multi-row inserts and batched updates. */
@Repository
class ImportRepository {

    static final int CHUNK = 500;

    private final DSLContext db;

    ImportRepository(DSLContext db) {
        this.db = db;
    }

    ImportPlan.Snapshot snapshot() {
        List<ImportPlan.Existing> people = db.select(EMPLOYEE.ID, EMPLOYEE.EMAIL, EMPLOYEE.GIVEN_NAME,
                        EMPLOYEE.FAMILY_NAME, EMPLOYEE.JOB_TITLE, EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.MANAGER_ID,
                        EMPLOYEE.LOCATION, EMPLOYEE.PHONE, EMPLOYEE.START_DATE, EMPLOYEE.PREFERRED_LOCALE,
                        EMPLOYEE.STATUS, EMPLOYEE.TEAM_ID, EMPLOYEE.JOB_FAMILY_ID, EMPLOYEE.JOB_LEVEL_ID,
                        EMPLOYEE.EMPLOYMENT_TYPE)
                .from(EMPLOYEE)
                .fetch(row -> new ImportPlan.Existing(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7(), row.value8(), row.value9(), row.value10(),
                        row.value11(), row.value12(), row.value13(), row.value14(), row.value15(), row.value16()));
        Map<String, UUID> departments = new HashMap<>();
        db.select(DEPARTMENT.ID, DEPARTMENT.NAME).from(DEPARTMENT)
                .forEach(row -> departments.put(row.value2().trim().toLowerCase(Locale.ROOT), row.value1()));
        List<ImportPlan.TeamRef> teams = db.select(TEAM.ID, TEAM.DEPARTMENT_ID, TEAM.NAME).from(TEAM)
                .fetch(row -> new ImportPlan.TeamRef(row.value1(), row.value2(), row.value3()));
        Map<String, UUID> families = new HashMap<>();
        db.select(JOB_FAMILY.ID, JOB_FAMILY.NAME).from(JOB_FAMILY)
                .forEach(row -> families.put(row.value2().trim().toLowerCase(Locale.ROOT), row.value1()));
        Map<UUID, Map<String, UUID>> levels = new HashMap<>();
        db.select(JOB_LEVEL.JOB_FAMILY_ID, JOB_LEVEL.ID, JOB_LEVEL.NAME).from(JOB_LEVEL)
                .forEach(row -> levels.computeIfAbsent(row.value1(), f -> new HashMap<>())
                        .put(row.value3().trim().toLowerCase(Locale.ROOT), row.value2()));
        return new ImportPlan.Snapshot(people, departments, teams, families, levels);
    }

    /**
     * For this transaction only: plan each statement afresh and prefer indexes. A tenant that grows
     * from a handful of people to thousands inside one import still has the statistics of the
     * handful, and the reporting-cycle trigger's walk up the line (run for every inserted row) would
     * otherwise keep a cached plan that scans the whole table each time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void planForBulkWrites() {
        db.execute("set local plan_cache_mode = force_custom_plan");
        db.execute("set local enable_seqscan = off");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, UUID> insertDepartments(List<String> names) {
        Map<String, UUID> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        var insert = db.insertInto(DEPARTMENT, DEPARTMENT.ID, DEPARTMENT.NAME);
        for (String name : names) {
            UUID id = UUID.randomUUID();
            ids.put(name, id);
            insert = insert.values(id, name);
        }
        insert.execute();
        return ids;
    }

    /**
     * Inserts people with their managers; the caller orders them so that a manager comes before the
     * people reporting to them. (Setting managers afterwards with 10,000 single-row updates was slow:
     * the planner still believed the table nearly empty and scanned it for each row.)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void insertPeople(List<NewRow> people, IntConsumer written) {
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<NewRow> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            InsertValuesStepN<io.kadens.db.tables.records.EmployeeRecord> insert = db.insertInto(EMPLOYEE, List.of(EMPLOYEE.ID,
                    EMPLOYEE.EMAIL, EMPLOYEE.GIVEN_NAME, EMPLOYEE.FAMILY_NAME, EMPLOYEE.JOB_TITLE,
                    EMPLOYEE.DEPARTMENT_ID, EMPLOYEE.MANAGER_ID, EMPLOYEE.LOCATION, EMPLOYEE.PHONE, EMPLOYEE.START_DATE,
                    EMPLOYEE.PREFERRED_LOCALE, EMPLOYEE.STATUS, EMPLOYEE.TEAM_ID, EMPLOYEE.JOB_FAMILY_ID,
                    EMPLOYEE.JOB_LEVEL_ID, EMPLOYEE.EMPLOYMENT_TYPE));
            for (NewRow person : chunk) {
                insert = insert.values(person.id(), person.email(), person.givenName(), person.familyName(),
                        person.jobTitle(), person.departmentId(), person.managerId(), person.location(), person.phone(),
                        person.startDate(), person.preferredLocale(), person.status(), person.teamId(),
                        person.jobFamilyId(), person.jobLevelId(), person.employmentType());
            }
            insert.execute();
            written.accept(chunk.size());
        }
    }

    /** Updates everything an import can set except the manager; bumps the version (optimistic locking). */
    @Transactional(propagation = Propagation.MANDATORY)
    void updatePeople(List<NewRow> people, IntConsumer written) {
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<NewRow> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            BatchBindStep batch = db.batch(db.update(EMPLOYEE)
                    .set(EMPLOYEE.GIVEN_NAME, (String) null)
                    .set(EMPLOYEE.FAMILY_NAME, (String) null)
                    .set(EMPLOYEE.JOB_TITLE, (String) null)
                    .set(EMPLOYEE.DEPARTMENT_ID, (UUID) null)
                    .set(EMPLOYEE.LOCATION, (String) null)
                    .set(EMPLOYEE.PHONE, (String) null)
                    .set(EMPLOYEE.START_DATE, (LocalDate) null)
                    .set(EMPLOYEE.PREFERRED_LOCALE, (String) null)
                    .set(EMPLOYEE.STATUS, (String) null)
                    .set(EMPLOYEE.TEAM_ID, (UUID) null)
                    .set(EMPLOYEE.JOB_FAMILY_ID, (UUID) null)
                    .set(EMPLOYEE.JOB_LEVEL_ID, (UUID) null)
                    .set(EMPLOYEE.EMPLOYMENT_TYPE, (String) null)
                    .set(EMPLOYEE.VERSION, EMPLOYEE.VERSION.plus(org.jooq.impl.DSL.inline(1L)))
                    .where(EMPLOYEE.ID.eq((UUID) null)));
            for (NewRow person : chunk) {
                batch = batch.bind(person.givenName(), person.familyName(), person.jobTitle(), person.departmentId(),
                        person.location(), person.phone(), person.startDate(), person.preferredLocale(),
                        person.status(), person.teamId(), person.jobFamilyId(), person.jobLevelId(),
                        person.employmentType(), person.id());
            }
            batch.execute();
            written.accept(chunk.size());
        }
    }

    /** Sets managers by id pairs (person, manager). */
    @Transactional(propagation = Propagation.MANDATORY)
    void updateManagers(List<UUID[]> links, IntConsumer written) {
        for (int from = 0; from < links.size(); from += CHUNK) {
            List<UUID[]> chunk = links.subList(from, Math.min(links.size(), from + CHUNK));
            BatchBindStep batch = db.batch(db.update(EMPLOYEE)
                    .set(EMPLOYEE.MANAGER_ID, (UUID) null)
                    .where(EMPLOYEE.ID.eq((UUID) null)));
            for (UUID[] link : chunk) {
                batch = batch.bind(link[1], link[0]);
            }
            batch.execute();
            written.accept(chunk.size());
        }
    }

    record NewRow(UUID id, String email, String givenName, String familyName, String jobTitle, UUID departmentId,
                  UUID managerId, String location, String phone, LocalDate startDate, String preferredLocale, String status,
                  UUID teamId, UUID jobFamilyId, UUID jobLevelId, String employmentType) {
    }

    static <T> List<T> listOf(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
