package io.kadens.compensation;

import static io.kadens.db.Tables.EMPLOYEE_PAY;
import static io.kadens.db.Tables.PAY_RANGE;
import static io.kadens.db.Tables.PAY_SETTING;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to pay ranges, salaries and the pay setting. Row-level security decides which salaries a read
 * returns (V174): a salary the bound person may not see is simply not there.
 */
@Repository
class PayRepository {

    record SalaryRow(UUID employeeId, BigDecimal salary, String currency, long version) {
    }

    private final DSLContext db;

    PayRepository(DSLContext db) {
        this.db = db;
    }

    PaySettings settings() {
        return db.selectFrom(PAY_SETTING).fetchOptional()
                .map(r -> new PaySettings(r.getEmployeesSeeOwnPay(), r.getVersion()))
                .orElse(new PaySettings(false, 0));
    }

    /** Stores the setting if its version is still {@code expectedVersion} (0: no row yet); false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveSettings(boolean employeesSeeOwnPay, long expectedVersion) {
        if (expectedVersion == 0) {
            return db.insertInto(PAY_SETTING).set(PAY_SETTING.EMPLOYEES_SEE_OWN_PAY, employeesSeeOwnPay)
                    .set(PAY_SETTING.VERSION, 1L).onConflictDoNothing().execute() == 1;
        }
        return db.update(PAY_SETTING).set(PAY_SETTING.EMPLOYEES_SEE_OWN_PAY, employeesSeeOwnPay)
                .set(PAY_SETTING.VERSION, PAY_SETTING.VERSION.plus(1))
                .where(PAY_SETTING.VERSION.eq(expectedVersion)).execute() == 1;
    }

    List<PayRange> ranges() {
        return db.selectFrom(PAY_RANGE).orderBy(PAY_RANGE.JOB_FAMILY_ID, PAY_RANGE.JOB_LEVEL_ID)
                .fetch(r -> new PayRange(r.getJobFamilyId(), r.getJobLevelId(), r.getCurrency(), r.getRangeMin(),
                        r.getRangeMid(), r.getRangeMax(), r.getVersion()));
    }

    Map<UUID, PayRange> rangesByLevel() {
        Map<UUID, PayRange> byLevel = new HashMap<>();
        ranges().forEach(r -> byLevel.put(r.jobLevelId(), r));
        return byLevel;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveRange(PayRange range, long expectedVersion) {
        if (expectedVersion == 0) {
            return db.insertInto(PAY_RANGE).set(PAY_RANGE.JOB_LEVEL_ID, range.jobLevelId())
                    .set(PAY_RANGE.JOB_FAMILY_ID, range.jobFamilyId()).set(PAY_RANGE.CURRENCY, range.currency())
                    .set(PAY_RANGE.RANGE_MIN, range.min()).set(PAY_RANGE.RANGE_MID, range.mid())
                    .set(PAY_RANGE.RANGE_MAX, range.max()).set(PAY_RANGE.VERSION, 1L)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(PAY_RANGE).set(PAY_RANGE.CURRENCY, range.currency()).set(PAY_RANGE.RANGE_MIN, range.min())
                .set(PAY_RANGE.RANGE_MID, range.mid()).set(PAY_RANGE.RANGE_MAX, range.max())
                .set(PAY_RANGE.UPDATED_AT, OffsetDateTime.now()).set(PAY_RANGE.VERSION, PAY_RANGE.VERSION.plus(1))
                .where(PAY_RANGE.JOB_LEVEL_ID.eq(range.jobLevelId()), PAY_RANGE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** The salaries of these people that the bound person may see (row-level security leaves the rest out). */
    Map<UUID, SalaryRow> salaries(Collection<UUID> employeeIds) {
        Map<UUID, SalaryRow> rows = new HashMap<>();
        db.selectFrom(EMPLOYEE_PAY).where(EMPLOYEE_PAY.EMPLOYEE_ID.in(employeeIds))
                .forEach(r -> rows.put(r.getEmployeeId(),
                        new SalaryRow(r.getEmployeeId(), r.getSalary(), r.getCurrency(), r.getVersion())));
        return rows;
    }

    Optional<SalaryRow> salary(UUID employeeId) {
        return Optional.ofNullable(salaries(List.of(employeeId)).get(employeeId));
    }

    /** Every salary the bound person may see. */
    List<SalaryRow> allSalaries() {
        return db.selectFrom(EMPLOYEE_PAY).orderBy(EMPLOYEE_PAY.EMPLOYEE_ID)
                .fetch(r -> new SalaryRow(r.getEmployeeId(), r.getSalary(), r.getCurrency(), r.getVersion()));
    }

    /** Stores a salary if its version is still {@code expectedVersion} (0: none yet); false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveSalary(UUID employeeId, BigDecimal salary, String currency, long expectedVersion) {
        if (expectedVersion == 0) {
            return db.insertInto(EMPLOYEE_PAY).set(EMPLOYEE_PAY.EMPLOYEE_ID, employeeId)
                    .set(EMPLOYEE_PAY.SALARY, salary).set(EMPLOYEE_PAY.CURRENCY, currency)
                    .set(EMPLOYEE_PAY.VERSION, 1L).onConflictDoNothing().execute() == 1;
        }
        return db.update(EMPLOYEE_PAY).set(EMPLOYEE_PAY.SALARY, salary).set(EMPLOYEE_PAY.CURRENCY, currency)
                .set(EMPLOYEE_PAY.UPDATED_AT, OffsetDateTime.now())
                .set(EMPLOYEE_PAY.VERSION, EMPLOYEE_PAY.VERSION.plus(1))
                .where(EMPLOYEE_PAY.EMPLOYEE_ID.eq(employeeId), EMPLOYEE_PAY.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Writes a salary whatever its version (the import, which read every row it replaces in the same transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void upsertSalary(UUID employeeId, BigDecimal salary, String currency) {
        db.insertInto(EMPLOYEE_PAY).set(EMPLOYEE_PAY.EMPLOYEE_ID, employeeId).set(EMPLOYEE_PAY.SALARY, salary)
                .set(EMPLOYEE_PAY.CURRENCY, currency).set(EMPLOYEE_PAY.VERSION, 1L)
                .onConflict(EMPLOYEE_PAY.TENANT_ID, EMPLOYEE_PAY.EMPLOYEE_ID).doUpdate()
                .set(EMPLOYEE_PAY.SALARY, salary).set(EMPLOYEE_PAY.CURRENCY, currency)
                .set(EMPLOYEE_PAY.UPDATED_AT, OffsetDateTime.now())
                .set(EMPLOYEE_PAY.VERSION, EMPLOYEE_PAY.VERSION.plus(1))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteSalary(UUID employeeId) {
        return db.deleteFrom(EMPLOYEE_PAY).where(EMPLOYEE_PAY.EMPLOYEE_ID.eq(employeeId)).execute();
    }

    /** Writes a range whatever its version (the import, which read every range it replaces in the same transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void upsertRange(PayRange range) {
        db.insertInto(PAY_RANGE).set(PAY_RANGE.JOB_LEVEL_ID, range.jobLevelId())
                .set(PAY_RANGE.JOB_FAMILY_ID, range.jobFamilyId()).set(PAY_RANGE.CURRENCY, range.currency())
                .set(PAY_RANGE.RANGE_MIN, range.min()).set(PAY_RANGE.RANGE_MID, range.mid())
                .set(PAY_RANGE.RANGE_MAX, range.max()).set(PAY_RANGE.VERSION, 1L)
                .onConflict(PAY_RANGE.TENANT_ID, PAY_RANGE.JOB_LEVEL_ID).doUpdate()
                .set(PAY_RANGE.CURRENCY, range.currency()).set(PAY_RANGE.RANGE_MIN, range.min())
                .set(PAY_RANGE.RANGE_MID, range.mid()).set(PAY_RANGE.RANGE_MAX, range.max())
                .set(PAY_RANGE.UPDATED_AT, OffsetDateTime.now()).set(PAY_RANGE.VERSION, PAY_RANGE.VERSION.plus(1))
                .execute();
    }

    /** Deletes a level's range if its version is still {@code expectedVersion}; false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteRange(UUID jobLevelId, long expectedVersion) {
        return db.deleteFrom(PAY_RANGE)
                .where(PAY_RANGE.JOB_LEVEL_ID.eq(jobLevelId), PAY_RANGE.VERSION.eq(expectedVersion)).execute() == 1;
    }
}
