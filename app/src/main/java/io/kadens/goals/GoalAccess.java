package io.kadens.goals;

import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.GoalSetters;
import io.kadens.settings.TenantSettings;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see, change and create which goals (docs/decisions/2026-11-27-goals-visibility-and-policy.md).
 * Pure rules over a {@link Viewer} loaded once per call; must run inside a transaction.
 */
@Component
class GoalAccess {

    /**
     * The person asking, with the facts the rules need.
     *
     * @param below               everyone below them in the reporting line (their reports' goals are theirs to see)
     * @param headedDepartments   departments they head (active member whose manager is elsewhere, with reports)
     * @param topOfReportingLine  they have no manager and manage someone
     */
    record Viewer(UUID personId, boolean hrAdmin, UUID departmentId, UUID teamId, Set<UUID> below,
                  Set<UUID> ledTeams, Set<UUID> headedDepartments, boolean topOfReportingLine) {

        /** Leadership: HR admins, the top of the reporting line and the heads of departments. */
        boolean leadership() {
            return hrAdmin || topOfReportingLine || !headedDepartments.isEmpty();
        }

        boolean isAbove(UUID personId) {
            return below.contains(personId);
        }
    }

    private final OrgFacts orgFacts;
    private final CurrentUser currentUser;

    GoalAccess(OrgFacts orgFacts, CurrentUser currentUser) {
        this.orgFacts = orgFacts;
        this.currentUser = currentUser;
    }

    /** The signed-in tenant user as a viewer; the operator and anonymous callers are refused. */
    Viewer current() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("goals belong to a tenant's people");
        }
        return viewer(user.personId(), user.has(Role.HR_ADMIN));
    }

    /** A viewer for system work on someone's behalf (the demo seed); HR admin from their stored role. */
    Viewer as(UUID personId) {
        orgFacts.person(personId).orElseThrow();
        return viewer(personId, orgFacts.isHrAdmin(personId));
    }

    private Viewer viewer(UUID personId, boolean hrAdmin) {
        OrgPerson person = orgFacts.person(personId)
                .orElseThrow(() -> new AccessDeniedException("no such person in this tenant"));
        return new Viewer(personId, hrAdmin, person.departmentId(), person.teamId(), orgFacts.everyoneBelow(personId),
                orgFacts.teamsLedBy(personId), orgFacts.departmentsHeadedBy(personId),
                person.managerId() == null && orgFacts.managesAnyone(personId));
    }

    /**
     * Whether the viewer may see the goal: HR admins, the owner, contributors and the owner's manager chain
     * always; everyone for TENANT; for TEAM also the members (and lead) of the goal's team, or of its
     * department when it has no team. A company goal has neither, so TEAM works like PRIVATE there.
     */
    boolean maySee(Viewer viewer, GoalRow goal, Set<UUID> contributors) {
        if (isInner(viewer, goal, contributors) || goal.visibility() == GoalVisibility.TENANT) {
            return true;
        }
        if (goal.visibility() == GoalVisibility.TEAM) {
            if (goal.teamId() != null) {
                return goal.teamId().equals(viewer.teamId()) || viewer.ledTeams().contains(goal.teamId());
            }
            return goal.departmentId() != null && goal.departmentId().equals(viewer.departmentId());
        }
        return false;
    }

    /** Owner, contributors, the owner's manager chain and HR admins: they may edit, check in and comment. */
    boolean mayEdit(Viewer viewer, GoalRow goal, Set<UUID> contributors) {
        return isInner(viewer, goal, contributors);
    }

    private static boolean isInner(Viewer viewer, GoalRow goal, Set<UUID> contributors) {
        return viewer.hrAdmin() || goal.ownerId().equals(viewer.personId())
                || contributors.contains(viewer.personId()) || viewer.isAbove(goal.ownerId());
    }

    /** Someone above the owner in the reporting line, or an HR admin. */
    boolean mayApprove(Viewer viewer, GoalRow goal) {
        return viewer.hrAdmin() || viewer.isAbove(goal.ownerId());
    }

    /** Whether an individual goal needs the manager's approval before it becomes active. */
    boolean needsApproval(TenantSettings settings, GoalLevel level) {
        return settings.individualGoalsNeedApproval() && level == GoalLevel.INDIVIDUAL;
    }

    /** Whether the viewer may create (or move a goal to) this level for this department/team/owner. */
    boolean mayCreate(Viewer viewer, TenantSettings settings, GoalLevel level, UUID departmentId, UUID teamId,
                      UUID ownerId) {
        return switch (level) {
            case COMPANY -> viewer.leadership();
            case DEPARTMENT -> viewer.leadership() || (settings.departmentGoalSetters() == GoalSetters.LEADS
                    && leadsDepartment(viewer, departmentId));
            case TEAM -> viewer.leadership() || (settings.teamGoalSetters() == GoalSetters.LEADS
                    && (viewer.ledTeams().contains(teamId) || leadsDepartment(viewer, departmentId)));
            case INDIVIDUAL -> viewer.hrAdmin() || viewer.personId().equals(ownerId) || viewer.isAbove(ownerId);
        };
    }

    /** The department's lead: its head, or a manager inside it (a member with reports). */
    private boolean leadsDepartment(Viewer viewer, UUID departmentId) {
        if (departmentId == null) {
            return false;
        }
        return viewer.headedDepartments().contains(departmentId)
                || (departmentId.equals(viewer.departmentId()) && !viewer.below().isEmpty());
    }

    void requireMayCreate(Viewer viewer, TenantSettings settings, GoalLevel level, UUID departmentId, UUID teamId,
                          UUID ownerId) {
        if (!mayCreate(viewer, settings, level, departmentId, teamId, ownerId)) {
            throw switch (level) {
                case COMPANY -> InvalidInputException.of("level", "goals.policy.company");
                case DEPARTMENT -> InvalidInputException.of("departmentId", "goals.policy.department");
                case TEAM -> InvalidInputException.of("teamId", "goals.policy.team");
                case INDIVIDUAL -> InvalidInputException.of("ownerId", "goals.policy.individual");
            };
        }
    }
}
