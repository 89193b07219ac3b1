package io.kadens.goals;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters for the alignment tree; every field may be null (no filter).
 *
 * @param periodFrom with {@code periodTo}: goals whose period overlaps these dates
 * @param text       words in the title or description (case-blind)
 */
public record GoalTreeQuery(UUID departmentId, UUID cycleId, LocalDate periodFrom, LocalDate periodTo, Health health,
                            String text) {

    public static GoalTreeQuery all() {
        return new GoalTreeQuery(null, null, null, null, null, null);
    }

    public boolean isUnfiltered() {
        return departmentId == null && cycleId == null && periodFrom == null && periodTo == null && health == null
                && (text == null || text.isBlank());
    }
}
