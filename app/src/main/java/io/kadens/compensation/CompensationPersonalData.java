package io.kadens.compensation;

import static io.kadens.db.Tables.EMPLOYEE_PAY;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Pay data in a person's data export and erasure (docs/decisions/2026-12-06-gdpr-erasure-per-table.md). Both run
 * for an HR admin, whom the pay policy of V174 lets read and delete salaries. The export holds the person's
 * salary; erasure deletes it (payroll, not Kadens, keeps the legal record of pay).
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
        return data;
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("employee_pay.employee_id");
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(EMPLOYEE_PAY).where(EMPLOYEE_PAY.EMPLOYEE_ID.eq(personId)).execute();
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        return Map.of("employee_pay.employee_id", ErasureRule.DELETED);
    }
}
