package io.kadens.compensation;

import static io.kadens.db.Tables.COMPENSATION_BUDGET;
import static io.kadens.db.Tables.COMPENSATION_CYCLE;
import static io.kadens.db.Tables.COMPENSATION_DECISION;
import static io.kadens.db.Tables.COMPENSATION_PROPOSAL;
import static io.kadens.db.Tables.MERIT_GUIDELINE;

import io.kadens.db.tables.records.CompensationProposalRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to compensation cycles, budgets, the merit matrix, proposals and their decisions. Proposals and
 * decisions answer to the pay_chain policy of V175: a read returns only the people the bound person is above
 * (all of them for an HR admin).
 */
@Repository
class CompensationRepository {

    /** A stored proposal as the table holds it. */
    record ProposalRow(UUID cycleId, UUID employeeId, UUID departmentId, UUID proposedBy, BigDecimal currentSalary,
                       String currency, BigDecimal newSalary, Integer finalRating, BigDecimal compaRatio,
                       BigDecimal guidelinePercent, UUID fromLevelId, UUID targetLevelId, String justification,
                       ProposalStatus status, UUID stepApproverId, long version) {
    }

    private final DSLContext db;

    CompensationRepository(DSLContext db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ cycles

    List<CompensationCycle> cycles() {
        return db.selectFrom(COMPENSATION_CYCLE).orderBy(COMPENSATION_CYCLE.CREATED_AT.desc())
                .fetch(r -> new CompensationCycle(r.getId(), r.getName(), r.getReviewCycleId(), r.getEffectiveDate(),
                        r.getCurrency(), CompensationCycle.Status.valueOf(r.getStatus()), r.getVersion()));
    }

    Optional<CompensationCycle> cycle(UUID id) {
        return cycles().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertCycle(UUID id, String name, UUID reviewCycleId, LocalDate effectiveDate, String currency) {
        db.insertInto(COMPENSATION_CYCLE).set(COMPENSATION_CYCLE.ID, id).set(COMPENSATION_CYCLE.NAME, name)
                .set(COMPENSATION_CYCLE.REVIEW_CYCLE_ID, reviewCycleId)
                .set(COMPENSATION_CYCLE.EFFECTIVE_DATE, effectiveDate).set(COMPENSATION_CYCLE.CURRENCY, currency)
                .execute();
    }

    /** Bumps the cycle's version if it is still {@code expectedVersion}, optionally with a new status. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean touchCycle(UUID id, long expectedVersion, CompensationCycle.Status status) {
        var update = db.update(COMPENSATION_CYCLE).set(COMPENSATION_CYCLE.VERSION, COMPENSATION_CYCLE.VERSION.plus(1));
        if (status != null) {
            update = update.set(COMPENSATION_CYCLE.STATUS, status.name());
        }
        return update.where(COMPENSATION_CYCLE.ID.eq(id), COMPENSATION_CYCLE.VERSION.eq(expectedVersion)).execute() == 1;
    }

    // ------------------------------------------------------------------ merit matrix

    List<MeritCell> matrix(UUID cycleId) {
        return db.selectFrom(MERIT_GUIDELINE).where(MERIT_GUIDELINE.CYCLE_ID.eq(cycleId))
                .orderBy(MERIT_GUIDELINE.RATING.desc(), MERIT_GUIDELINE.BAND)
                .fetch(r -> new MeritCell(r.getRating(), CompaBand.valueOf(r.getBand()), r.getPercent()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replaceMatrix(UUID cycleId, Collection<MeritCell> cells) {
        db.deleteFrom(MERIT_GUIDELINE).where(MERIT_GUIDELINE.CYCLE_ID.eq(cycleId)).execute();
        var insert = db.insertInto(MERIT_GUIDELINE, MERIT_GUIDELINE.CYCLE_ID, MERIT_GUIDELINE.RATING,
                MERIT_GUIDELINE.BAND, MERIT_GUIDELINE.PERCENT);
        for (MeritCell cell : cells) {
            insert = insert.values(cycleId, (short) cell.rating(), cell.band().name(), cell.percent());
        }
        if (!cells.isEmpty()) {
            insert.execute();
        }
    }

    // ------------------------------------------------------------------ budgets

    List<DepartmentBudget> budgets(UUID cycleId) {
        return db.selectFrom(COMPENSATION_BUDGET).where(COMPENSATION_BUDGET.CYCLE_ID.eq(cycleId))
                .fetch(r -> new DepartmentBudget(r.getDepartmentId(), null, DepartmentBudget.Kind.valueOf(r.getKind()),
                        r.getPercent(), r.getAmount(), r.getUsedAmount(), r.getVersion()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveBudget(UUID cycleId, UUID departmentId, DepartmentBudget.Kind kind, BigDecimal percent,
                       BigDecimal amount, long expectedVersion) {
        if (expectedVersion == 0) {
            return db.insertInto(COMPENSATION_BUDGET).set(COMPENSATION_BUDGET.CYCLE_ID, cycleId)
                    .set(COMPENSATION_BUDGET.DEPARTMENT_ID, departmentId).set(COMPENSATION_BUDGET.KIND, kind.name())
                    .set(COMPENSATION_BUDGET.PERCENT, percent).set(COMPENSATION_BUDGET.AMOUNT, amount)
                    .set(COMPENSATION_BUDGET.USED_AMOUNT, usedByProposals(cycleId, departmentId))
                    .set(COMPENSATION_BUDGET.VERSION, 1L).onConflictDoNothing().execute() == 1;
        }
        return db.update(COMPENSATION_BUDGET).set(COMPENSATION_BUDGET.KIND, kind.name())
                .set(COMPENSATION_BUDGET.PERCENT, percent).set(COMPENSATION_BUDGET.AMOUNT, amount)
                .set(COMPENSATION_BUDGET.VERSION, COMPENSATION_BUDGET.VERSION.plus(1))
                .where(COMPENSATION_BUDGET.CYCLE_ID.eq(cycleId), COMPENSATION_BUDGET.DEPARTMENT_ID.eq(departmentId),
                        COMPENSATION_BUDGET.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** What the proposals the bound HR admin sees add up to for a department (all of them for HR). */
    private BigDecimal usedByProposals(UUID cycleId, UUID departmentId) {
        BigDecimal used = db.select(org.jooq.impl.DSL.sum(COMPENSATION_PROPOSAL.NEW_SALARY.minus(COMPENSATION_PROPOSAL.CURRENT_SALARY)))
                .from(COMPENSATION_PROPOSAL)
                .where(COMPENSATION_PROPOSAL.CYCLE_ID.eq(cycleId), COMPENSATION_PROPOSAL.DEPARTMENT_ID.eq(departmentId),
                        COMPENSATION_PROPOSAL.NEW_SALARY.isNotNull())
                .fetchOne(0, BigDecimal.class);
        return used == null ? BigDecimal.ZERO : used;
    }

    /**
     * Adds {@code delta} to the used amount of the department's budget, if it has one. A manager may do this
     * (the policy of V175 lets the tenant update budgets); the service calls it only with the change of a raise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void addToUsed(UUID cycleId, UUID departmentId, BigDecimal delta) {
        if (departmentId == null || delta.signum() == 0) {
            return;
        }
        db.update(COMPENSATION_BUDGET).set(COMPENSATION_BUDGET.USED_AMOUNT, COMPENSATION_BUDGET.USED_AMOUNT.plus(delta))
                .where(COMPENSATION_BUDGET.CYCLE_ID.eq(cycleId), COMPENSATION_BUDGET.DEPARTMENT_ID.eq(departmentId))
                .execute();
    }

    // ------------------------------------------------------------------ proposals

    List<ProposalRow> proposals(UUID cycleId, Condition condition) {
        return db.selectFrom(COMPENSATION_PROPOSAL).where(COMPENSATION_PROPOSAL.CYCLE_ID.eq(cycleId), condition)
                .orderBy(COMPENSATION_PROPOSAL.EMPLOYEE_ID).fetch(CompensationRepository::toRow);
    }

    List<ProposalRow> proposals(UUID cycleId, Collection<UUID> employeeIds) {
        return proposals(cycleId, COMPENSATION_PROPOSAL.EMPLOYEE_ID.in(employeeIds));
    }

    List<ProposalRow> awaiting(UUID approverId) {
        return db.selectFrom(COMPENSATION_PROPOSAL).where(COMPENSATION_PROPOSAL.STEP_APPROVER_ID.eq(approverId))
                .orderBy(COMPENSATION_PROPOSAL.UPDATED_AT).fetch(CompensationRepository::toRow);
    }

    Optional<ProposalRow> proposal(UUID cycleId, UUID employeeId) {
        return proposals(cycleId, COMPENSATION_PROPOSAL.EMPLOYEE_ID.eq(employeeId)).stream().findFirst();
    }

    private static ProposalRow toRow(CompensationProposalRecord r) {
        return new ProposalRow(r.getCycleId(), r.getEmployeeId(), r.getDepartmentId(), r.getProposedBy(),
                r.getCurrentSalary(), r.getCurrency(), r.getNewSalary(),
                r.getFinalRating() == null ? null : r.getFinalRating().intValue(), r.getCompaRatio(),
                r.getGuidelinePercent(), r.getFromLevelId(), r.getTargetLevelId(), r.getJustification(),
                ProposalStatus.valueOf(r.getStatus()), r.getStepApproverId(), r.getVersion());
    }

    /** Writes a proposal if its version is still {@code expectedVersion} (0: none yet); false otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveProposal(ProposalRow row, long expectedVersion) {
        if (expectedVersion == 0) {
            return db.insertInto(COMPENSATION_PROPOSAL).set(record(row)).set(COMPENSATION_PROPOSAL.VERSION, 1L)
                    .onConflictDoNothing().execute() == 1;
        }
        return db.update(COMPENSATION_PROPOSAL).set(record(row))
                .set(COMPENSATION_PROPOSAL.UPDATED_AT, OffsetDateTime.now())
                .set(COMPENSATION_PROPOSAL.VERSION, COMPENSATION_PROPOSAL.VERSION.plus(1))
                .where(COMPENSATION_PROPOSAL.CYCLE_ID.eq(row.cycleId()),
                        COMPENSATION_PROPOSAL.EMPLOYEE_ID.eq(row.employeeId()),
                        COMPENSATION_PROPOSAL.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    private CompensationProposalRecord record(ProposalRow row) {
        CompensationProposalRecord r = db.newRecord(COMPENSATION_PROPOSAL);
        r.setCycleId(row.cycleId());
        r.setEmployeeId(row.employeeId());
        r.setDepartmentId(row.departmentId());
        r.setProposedBy(row.proposedBy());
        r.setCurrentSalary(row.currentSalary());
        r.setCurrency(row.currency());
        r.setNewSalary(row.newSalary());
        r.setFinalRating(row.finalRating() == null ? null : row.finalRating().shortValue());
        r.setCompaRatio(row.compaRatio());
        r.setGuidelinePercent(row.guidelinePercent());
        r.setFromLevelId(row.fromLevelId());
        r.setTargetLevelId(row.targetLevelId());
        r.setJustification(row.justification());
        r.setStatus(row.status().name());
        r.setStepApproverId(row.stepApproverId());
        r.changed(COMPENSATION_PROPOSAL.TENANT_ID, false);
        r.changed(COMPENSATION_PROPOSAL.VERSION, false);
        r.changed(COMPENSATION_PROPOSAL.UPDATED_AT, false);
        return r;
    }

    // ------------------------------------------------------------------ decisions

    @Transactional(propagation = Propagation.MANDATORY)
    void insertDecision(UUID cycleId, UUID employeeId, UUID decidedBy, Decision.Kind kind, String comment) {
        db.insertInto(COMPENSATION_DECISION).set(COMPENSATION_DECISION.ID, UUID.randomUUID())
                .set(COMPENSATION_DECISION.CYCLE_ID, cycleId).set(COMPENSATION_DECISION.EMPLOYEE_ID, employeeId)
                .set(COMPENSATION_DECISION.DECIDED_BY, decidedBy).set(COMPENSATION_DECISION.DECISION, kind.name())
                .set(COMPENSATION_DECISION.COMMENT, comment).execute();
    }

    List<Decision> decisions(UUID cycleId, UUID employeeId) {
        return db.selectFrom(COMPENSATION_DECISION)
                .where(COMPENSATION_DECISION.CYCLE_ID.eq(cycleId), COMPENSATION_DECISION.EMPLOYEE_ID.eq(employeeId))
                .orderBy(COMPENSATION_DECISION.DECIDED_AT, COMPENSATION_DECISION.ID)
                .fetch(r -> new Decision(r.getId(), r.getDecidedBy(), null, Decision.Kind.valueOf(r.getDecision()),
                        r.getComment(), r.getDecidedAt().toInstant()));
    }
}
