package io.kadens.goals;

/**
 * The tenant's goal settings (who may set goals and approval live in the tenant settings).
 *
 * @param staleAfterDays a goal nobody updated for this many days counts as stale (1..90, default 14)
 * @param version        for optimistic locking
 */
public record GoalSettings(int staleAfterDays, long version) {

    public static final int DEFAULT_STALE_AFTER_DAYS = 14;
    public static final int MIN_STALE_AFTER_DAYS = 1;
    public static final int MAX_STALE_AFTER_DAYS = 90;
}
