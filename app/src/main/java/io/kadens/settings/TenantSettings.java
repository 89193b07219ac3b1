package io.kadens.settings;

import io.kadens.ai.AiMode;
import java.util.List;

/**
 * A tenant's configuration as an HR admin edits it.
 *
 * @param name                        the organisation's name
 * @param locale                      "en" or "sv": the default language of its people
 * @param timeZone                    an IANA zone id, e.g. Europe/Stockholm
 * @param fiscalYearStartMonth        1 (January) to 12
 * @param ratingLabels                3 to 5 labels, lowest rating first; the scale has as many points
 * @param anonymityThreshold          anonymous feedback shows only in groups of at least this many authors (>= 3)
 * @param departmentGoalSetters       who may create department goals
 * @param teamGoalSetters             who may create team goals
 * @param individualGoalsNeedApproval whether a person's own goals wait for their manager's approval
 * @param aiMode                      the tenant's choice; the deployment may offer less
 * @param version                     for optimistic locking: the version the editor started from
 * @param hrReadsFeedbackSummaries    whether HR admins outside a person's manager chain may read their
 *                                    feedback summary (for calibration); off by default
 */
public record TenantSettings(
        String name,
        String locale,
        String timeZone,
        int fiscalYearStartMonth,
        CheckInCadence defaultCadence,
        List<String> ratingLabels,
        int anonymityThreshold,
        GoalSetters departmentGoalSetters,
        GoalSetters teamGoalSetters,
        boolean individualGoalsNeedApproval,
        AiMode aiMode,
        long version,
        boolean hrReadsFeedbackSummaries) {

    public static final int MIN_ANONYMITY_THRESHOLD = 3;
    public static final int MAX_ANONYMITY_THRESHOLD = 50;
    public static final int MIN_RATING_POINTS = 3;
    public static final int MAX_RATING_POINTS = 5;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_RATING_LABEL_LENGTH = 40;

    public TenantSettings {
        ratingLabels = ratingLabels == null ? List.of() : List.copyOf(ratingLabels);
    }

    /** Settings with HR admins' reading of feedback summaries off (the default). */
    public TenantSettings(String name, String locale, String timeZone, int fiscalYearStartMonth,
                          CheckInCadence defaultCadence, List<String> ratingLabels, int anonymityThreshold,
                          GoalSetters departmentGoalSetters, GoalSetters teamGoalSetters,
                          boolean individualGoalsNeedApproval, AiMode aiMode, long version) {
        this(name, locale, timeZone, fiscalYearStartMonth, defaultCadence, ratingLabels, anonymityThreshold,
                departmentGoalSetters, teamGoalSetters, individualGoalsNeedApproval, aiMode, version, false);
    }

    public int ratingPoints() {
        return ratingLabels.size();
    }

    /** The mode the tenant's people actually get: its choice, capped by what the deployment offers. */
    public AiMode effectiveAiMode(AiMode deploymentMode) {
        return aiMode.cappedBy(deploymentMode);
    }
}
