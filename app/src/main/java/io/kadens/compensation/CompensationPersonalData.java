package io.kadens.compensation;

import static io.kadens.db.Tables.COMPENSATION_BUDGET;
import static io.kadens.db.Tables.COMPENSATION_DECISION;
import static io.kadens.db.Tables.COMPENSATION_PROPOSAL;
import static io.kadens.db.Tables.EMPLOYEE_PAY;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Pay data in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md). Both run
 * for an HR admin, whom the pay policies of V174 and V175 let read and change every row. The export holds the
 * person's salary, the approved changes of their pay and level, the proposals they wrote and the decisions they
 * took. Erasure deletes the salary and the proposals about the person (payroll, not Kadens, keeps the legal record
 * of pay; the budgets they used are given back), removes the person's own words from proposals and decisions they
 * wrote, and hands a proposal waiting at their step to HR.
 */
@Component
class CompensationPersonalData implements PersonalDataExporter, PersonalDataEraser {

    private final DSLContext db;

    CompensationPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pay", db.select(EMPLOYEE_PAY.SALARY, EMPLOYEE_PAY.CURRENCY, EMPLOYEE_PAY.UPDATED_AT)
                .from(EMPLOYEE_PAY).where(EMPLOYEE_PAY.EMPLOYEE_ID.eq(personId))
                .fetch(r -> Map.of("salary", r.value1(), "currency", r.value2(), "updatedAt", r.value3())));
        data.put("pay-changes-approved", db.select(COMPENSATION_PROPOSAL.CYCLE_ID, COMPENSATION_PROPOSAL.CURRENT_SALARY,
                        COMPENSATION_PROPOSAL.NEW_SALARY, COMPENSATION_PROPOSAL.CURRENCY,
                        COMPENSATION_PROPOSAL.TARGET_LEVEL_ID)
                .from(COMPENSATION_PROPOSAL)
                .where(COMPENSATION_PROPOSAL.EMPLOYEE_ID.eq(personId),
                        COMPENSATION_PROPOSAL.STATUS.eq(ProposalStatus.APPROVED.name()))
                .fetch(r -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("cycleId", r.value1());
                    change.put("oldSalary", r.value2());
                    change.put("newSalary", r.value3());
                    change.put("currency", r.value4());
                    change.put("promotionToLevelId", r.value5());
                    return change;
                }));
        data.put("pay-proposals-written", db.select(COMPENSATION_PROPOSAL.CYCLE_ID, COMPENSATION_PROPOSAL.EMPLOYEE_ID,
                        COMPENSATION_PROPOSAL.STATUS, COMPENSATION_PROPOSAL.JUSTIFICATION)
                .from(COMPENSATION_PROPOSAL)
                .where(COMPENSATION_PROPOSAL.PROPOSED_BY.eq(personId)
                        .or(COMPENSATION_PROPOSAL.STEP_APPROVER_ID.eq(personId)))
                .fetch(r -> {
                    Map<String, Object> proposal = new LinkedHashMap<>();
                    proposal.put("cycleId", r.value1());
                    proposal.put("employeeId", r.value2());
                    proposal.put("status", r.value3());
                    proposal.put("justification", r.value4());
                    return proposal;
                }));
        data.put("pay-decisions", db.select(COMPENSATION_DECISION.CYCLE_ID, COMPENSATION_DECISION.EMPLOYEE_ID,
                        COMPENSATION_DECISION.DECISION, COMPENSATION_DECISION.COMMENT, COMPENSATION_DECISION.DECIDED_AT)
                .from(COMPENSATION_DECISION)
                .where(COMPENSATION_DECISION.DECIDED_BY.eq(personId).or(COMPENSATION_DECISION.EMPLOYEE_ID.eq(personId)))
                .fetch(r -> {
                    Map<String, Object> decision = new LinkedHashMap<>();
                    decision.put("cycleId", r.value1());
                    decision.put("employeeId", r.value2());
                    decision.put("decision", r.value3());
                    decision.put("comment", r.value4());
                    decision.put("decidedAt", r.value5());
                    return decision;
                }));
        return data;
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("employee_pay.employee_id", "compensation_proposal.employee_id",
                "compensation_proposal.proposed_by", "compensation_proposal.step_approver_id",
                "compensation_decision.decided_by", "compensation_decision.employee_id");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(EMPLOYEE_PAY).where(EMPLOYEE_PAY.EMPLOYEE_ID.eq(personId)).execute();
        // the budgets the person's raises used are free again
        db.select(COMPENSATION_PROPOSAL.CYCLE_ID, COMPENSATION_PROPOSAL.DEPARTMENT_ID,
                        COMPENSATION_PROPOSAL.NEW_SALARY.minus(COMPENSATION_PROPOSAL.CURRENT_SALARY))
                .from(COMPENSATION_PROPOSAL)
                .where(COMPENSATION_PROPOSAL.EMPLOYEE_ID.eq(personId), COMPENSATION_PROPOSAL.NEW_SALARY.isNotNull(),
                        COMPENSATION_PROPOSAL.DEPARTMENT_ID.isNotNull())
                .forEach(r -> db.update(COMPENSATION_BUDGET)
                        .set(COMPENSATION_BUDGET.USED_AMOUNT, COMPENSATION_BUDGET.USED_AMOUNT.minus(
                                r.value3() == null ? BigDecimal.ZERO : r.value3()))
                        .where(COMPENSATION_BUDGET.CYCLE_ID.eq(r.value1()), COMPENSATION_BUDGET.DEPARTMENT_ID.eq(r.value2()))
                        .execute());
        // the proposals about the person go with their decisions (ON DELETE CASCADE)
        db.deleteFrom(COMPENSATION_PROPOSAL).where(COMPENSATION_PROPOSAL.EMPLOYEE_ID.eq(personId)).execute();
        db.update(COMPENSATION_PROPOSAL).setNull(COMPENSATION_PROPOSAL.JUSTIFICATION)
                .where(COMPENSATION_PROPOSAL.PROPOSED_BY.eq(personId)).execute();
        db.update(COMPENSATION_PROPOSAL).set(COMPENSATION_PROPOSAL.STATUS, ProposalStatus.WITH_HR.name())
                .setNull(COMPENSATION_PROPOSAL.STEP_APPROVER_ID)
                .set(COMPENSATION_PROPOSAL.VERSION, COMPENSATION_PROPOSAL.VERSION.plus(1))
                .where(COMPENSATION_PROPOSAL.STEP_APPROVER_ID.eq(personId)).execute();
        db.update(COMPENSATION_DECISION).setNull(COMPENSATION_DECISION.COMMENT)
                .where(COMPENSATION_DECISION.DECIDED_BY.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("employee_pay.employee_id", ErasureRule.DELETED,
                "compensation_proposal.employee_id", ErasureRule.DELETED,
                "compensation_decision.employee_id", ErasureRule.DELETED,
                "compensation_proposal.proposed_by", ErasureRule.KEPT,
                "compensation_proposal.step_approver_id", ErasureRule.CLEARED,
                "compensation_decision.decided_by", ErasureRule.KEPT);
    }
}
