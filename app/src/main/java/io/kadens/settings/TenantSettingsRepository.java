package io.kadens.settings;

import static io.kadens.db.Tables.TENANT_SETTINGS;

import io.kadens.ai.AiMode;
import io.kadens.db.tables.records.TenantSettingsRecord;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class TenantSettingsRepository {

    /** The tenant-owned part of the settings; name, locale and time zone come from the registry. */
    record Stored(int fiscalYearStartMonth, CheckInCadence defaultCadence, java.util.List<String> ratingLabels,
                  int anonymityThreshold, GoalSetters departmentGoalSetters, GoalSetters teamGoalSetters,
                  boolean individualGoalsNeedApproval, AiMode aiMode, long version,
                  boolean hrReadsFeedbackSummaries) {
    }

    private final DSLContext db;

    TenantSettingsRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Stored> find() {
        return db.selectFrom(TENANT_SETTINGS).fetchOptional().map(TenantSettingsRepository::toStored);
    }

    /**
     * Writes the settings if the stored version is still {@code expectedVersion} (0 and no row yet
     * counts as that version). Returns false when someone else saved first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean save(TenantSettings settings, long expectedVersion) {
        TenantSettingsRecord row = db.newRecord(TENANT_SETTINGS);
        row.setFiscalYearStartMonth((short) settings.fiscalYearStartMonth());
        row.setDefaultCadence(settings.defaultCadence().name());
        row.setRatingLabels(settings.ratingLabels().toArray(String[]::new));
        row.setAnonymityThreshold((short) settings.anonymityThreshold());
        row.setDepartmentGoalSetters(settings.departmentGoalSetters().name());
        row.setTeamGoalSetters(settings.teamGoalSetters().name());
        row.setIndividualGoalsNeedApproval(settings.individualGoalsNeedApproval());
        row.setAiMode(settings.aiMode().name());
        row.setHrReadsFeedbackSummaries(settings.hrReadsFeedbackSummaries());
        if (find().isEmpty()) {
            if (expectedVersion != 0) {
                return false;
            }
            row.setVersion(1L);
            // A concurrent first save inserts the same key: only one of the two gets its row in.
            return db.insertInto(TENANT_SETTINGS).set(row).onConflictDoNothing().execute() == 1;
        }
        return db.update(TENANT_SETTINGS)
                .set(TENANT_SETTINGS.FISCAL_YEAR_START_MONTH, row.getFiscalYearStartMonth())
                .set(TENANT_SETTINGS.DEFAULT_CADENCE, row.getDefaultCadence())
                .set(TENANT_SETTINGS.RATING_LABELS, row.getRatingLabels())
                .set(TENANT_SETTINGS.ANONYMITY_THRESHOLD, row.getAnonymityThreshold())
                .set(TENANT_SETTINGS.DEPARTMENT_GOAL_SETTERS, row.getDepartmentGoalSetters())
                .set(TENANT_SETTINGS.TEAM_GOAL_SETTERS, row.getTeamGoalSetters())
                .set(TENANT_SETTINGS.INDIVIDUAL_GOALS_NEED_APPROVAL, row.getIndividualGoalsNeedApproval())
                .set(TENANT_SETTINGS.AI_MODE, row.getAiMode())
                .set(TENANT_SETTINGS.HR_READS_FEEDBACK_SUMMARIES, row.getHrReadsFeedbackSummaries())
                .set(TENANT_SETTINGS.VERSION, expectedVersion + 1)
                .where(TENANT_SETTINGS.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    private static Stored toStored(TenantSettingsRecord row) {
        return new Stored(row.getFiscalYearStartMonth(), CheckInCadence.valueOf(row.getDefaultCadence()),
                Arrays.asList(row.getRatingLabels()), row.getAnonymityThreshold(),
                GoalSetters.valueOf(row.getDepartmentGoalSetters()), GoalSetters.valueOf(row.getTeamGoalSetters()),
                row.getIndividualGoalsNeedApproval(), AiMode.valueOf(row.getAiMode()), row.getVersion(),
                row.getHrReadsFeedbackSummaries());
    }
}
