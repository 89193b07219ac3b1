package io.kadens.goals;

import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Active goals nobody updated (no edit and no check-in) for the tenant's number of days: for the person,
 * their managers and HR, and for background reminders.
 */
@Service
public class StaleGoals {

    private final GoalCycleRepository cycles;
    private final KeyResultRepository keyResults;
    private final GoalGuard guard;
    private final GoalSnapshots snapshots;
    private final CurrentUser currentUser;

    StaleGoals(GoalCycleRepository cycles, KeyResultRepository keyResults, GoalGuard guard, GoalSnapshots snapshots,
               CurrentUser currentUser) {
        this.cycles = cycles;
        this.keyResults = keyResults;
        this.guard = guard;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
    }

    /** Active goals of the person that nobody updated for the tenant's number of days; self, manager chain or HR. */
    public List<StaleGoal> of(UUID personId) {
        return guard.read(viewer -> {
            if (!viewer.personId().equals(personId) && !viewer.hrAdmin() && !viewer.isAbove(personId)) {
                throw new AccessDeniedException("only the person, their managers and HR see their stale goals");
            }
            GoalSnapshot snapshot = snapshots.load(viewer);
            return stale(snapshot, goal -> goal.ownerId().equals(personId));
        });
    }

    /**
     * Every stale active goal of the bound tenant, for background reminders (runs without a signed-in user,
     * e.g. inside {@code TenantScope.run}); a signed-in user must be an HR admin.
     */
    public List<StaleGoal> forReminders() {
        currentUser.get().ifPresent(user -> {
            if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
                throw new AccessDeniedException("stale goals of everyone are for reminders and HR admins");
            }
        });
        return guard.readAsSystem(() -> stale(snapshots.load(null), goal -> true));
    }

    /** The stale active goals among the snapshot's that pass {@code whose}. */
    List<StaleGoal> stale(GoalSnapshot snapshot, Predicate<GoalRow> whose) {
        int days = cycles.settings().staleAfterDays();
        Map<UUID, Instant> lastCheckIns = keyResults.lastCheckIns();
        Instant now = guard.now();
        List<StaleGoal> result = new ArrayList<>();
        for (GoalRow goal : snapshot.visible()) {
            if (goal.status() != GoalStatus.ACTIVE || goal.cycleClosed() || !whose.test(goal)) {
                continue;
            }
            Instant last = goal.updatedAt();
            Instant checkIn = lastCheckIns.get(goal.id());
            if (checkIn != null && checkIn.isAfter(last)) {
                last = checkIn;
            }
            long since = ChronoUnit.DAYS.between(last, now);
            if (since >= days) {
                result.add(new StaleGoal(snapshot.summary(goal), last, since));
            }
        }
        result.sort(Comparator.comparing(StaleGoal::lastUpdate));
        return result;
    }
}
