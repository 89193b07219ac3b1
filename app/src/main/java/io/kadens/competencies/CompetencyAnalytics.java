package io.kadens.competencies;

import io.kadens.platform.Cohort;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency heatmap for analytics (issue 16): for each group of a {@link Cohort} and each active competency,
 * the sum and number of the people's latest manager-assessed levels (their latest self-assessment when no manager
 * has assessed them), counted by PostgreSQL. Row-level security on assessments also limits a signed-in viewer to
 * the people they may see. Checks no access rights beyond that.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyAnalytics {

    public record CompetencyCell(UUID departmentId, boolean pilot, UUID competencyId, String competency,
                                 long levelSum, int people) {
    }

    private final DSLContext db;

    CompetencyAnalytics(DSLContext db) {
        this.db = db;
    }

    public List<CompetencyCell> heatmap(Cohort cohort) {
        String sql = """
                WITH latest AS (
                    SELECT DISTINCT ON (a.person_id, ar.competency_id) a.person_id, ar.competency_id, ar.level
                    FROM assessment a
                    JOIN assessment_rating ar ON ar.tenant_id = a.tenant_id AND ar.assessment_id = a.id
                    ORDER BY a.person_id, ar.competency_id, (a.kind = 'MANAGER') DESC, a.assessed_at DESC
                )
                SELECT c.department_id, c.pilot, k.id, k.name, sum(l.level) AS level_sum, count(*) AS people
                FROM latest l
                JOIN %s c ON c.person_id = l.person_id
                JOIN competency k ON k.id = l.competency_id AND k.archived_at IS NULL
                GROUP BY 1, 2, 3, 4
                """.formatted(Cohort.SQL);
        return db.resultQuery(sql, cohort.bindingsWith()).fetch(r -> new CompetencyCell(
                r.get("department_id", UUID.class), r.get("pilot", Boolean.class), r.get("id", UUID.class),
                r.get("name", String.class), r.get("level_sum", Long.class), r.get("people", Integer.class)));
    }
}
