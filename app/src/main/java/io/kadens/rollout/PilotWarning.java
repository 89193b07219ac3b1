package io.kadens.rollout;

import java.util.List;
import java.util.UUID;

/**
 * Advice on the pilot's design (step 6: pilot in diverse groups, big enough to compare with the rest, for
 * at least three months). A warning never blocks saving: HR may have reasons.
 *
 * @param groupIds the groups concerned (empty for warnings about the whole pilot)
 * @param figure   the number behind the warning: the group's size, or the pilot's length in days
 */
public record PilotWarning(Kind kind, List<UUID> groupIds, int figure) {

    public enum Kind {
        /** Two or more groups do the same kind of work. */
        SAME_DEPARTMENT_KIND,
        /** A group has fewer people than can be compared (the larger of 5 and the tenant's anonymity threshold). */
        TOO_SMALL,
        /** Only one group pilots: nothing to set it against but the rest. */
        SINGLE_GROUP,
        /** The pilot phase is shorter than three months. */
        SHORT_PILOT;

        public String messageKey() {
            return "rollout.warning." + name();
        }
    }
}
