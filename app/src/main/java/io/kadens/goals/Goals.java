package io.kadens.goals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Goals, key results, milestones, check-ins, discussion and approvals for the signed-in user, with the
 * tenant's policy and the visibility rules enforced here (docs/decisions/2026-11-27-goals-*.md).
 * A goal the user may not see answers exactly like a missing one ({@code goal} field, {@code goals.goal.not-found}).
 * Writes throw {@link io.kadens.platform.InvalidInputException} (field → i18n key) and
 * {@link io.kadens.platform.ConcurrentEditException} (someone saved since the given version); access
 * refusals are {@link org.springframework.security.access.AccessDeniedException}.
 */
@Service
public class Goals {

    // ------------------------------------------------------------------ policy hints for the UI

    /** The levels at which the current user may create goals now (for individual: their own). */
    public Set<GoalLevel> levelsICanCreate() {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ goals

    /** Creates a goal in DRAFT; returns its id. */
    public UUID create(GoalData data) {
        throw new UnsupportedOperationException("follows");
    }

    public void update(UUID goalId, long expectedVersion, GoalData data) {
        throw new UnsupportedOperationException("follows");
    }

    /**
     * Moves a goal to another status. ACTIVE from DRAFT is refused for an individual goal that needs
     * approval ({@link #submitForApproval}); ACHIEVED/MISSED/CANCELLED close it; a closed goal may be reopened to ACTIVE.
     */
    public void changeStatus(UUID goalId, long expectedVersion, GoalStatus status) {
        throw new UnsupportedOperationException("follows");
    }

    /** Deletes a goal still in DRAFT (and its key results); other goals are cancelled instead. */
    public void deleteDraft(UUID goalId, long expectedVersion) {
        throw new UnsupportedOperationException("follows");
    }

    /** Overrides the computed health with a reason (required); {@code health} null removes the override. */
    public void overrideHealth(UUID goalId, long expectedVersion, Health health, String reason) {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ approval of individual goals

    /** The owner (or their manager chain) asks for approval: DRAFT with approval NOT_REQUIRED/RETURNED → PENDING. */
    public void submitForApproval(UUID goalId, long expectedVersion) {
        throw new UnsupportedOperationException("follows");
    }

    /** Someone in the owner's manager chain (or an HR admin) approves: the goal becomes ACTIVE. */
    public void approve(UUID goalId, long expectedVersion, String comment) {
        throw new UnsupportedOperationException("follows");
    }

    /** Returns the goal to its owner with a comment (required); it stays a draft. */
    public void returnForChanges(UUID goalId, long expectedVersion, String comment) {
        throw new UnsupportedOperationException("follows");
    }

    /** Goals waiting for the current user's approval (owners below them in the reporting line). */
    public List<GoalSummary> pendingApprovals() {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ key results and milestones

    public UUID addKeyResult(UUID goalId, KeyResultData data) {
        throw new UnsupportedOperationException("follows");
    }

    /** Edits a key result (its type may not change once it has check-ins; milestones are kept). */
    public void updateKeyResult(UUID keyResultId, long expectedVersion, KeyResultData data) {
        throw new UnsupportedOperationException("follows");
    }

    public void deleteKeyResult(UUID keyResultId, long expectedVersion) {
        throw new UnsupportedOperationException("follows");
    }

    public UUID addMilestone(UUID keyResultId, String title) {
        throw new UnsupportedOperationException("follows");
    }

    public void renameMilestone(UUID milestoneId, long expectedVersion, String title) {
        throw new UnsupportedOperationException("follows");
    }

    public void setMilestoneDone(UUID milestoneId, long expectedVersion, boolean done) {
        throw new UnsupportedOperationException("follows");
    }

    public void deleteMilestone(UUID milestoneId, long expectedVersion) {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ check-ins and discussion

    /** Records a check-in and, in the same transaction, the key result's (or goal's) new value; returns its id. */
    public UUID checkIn(UUID goalId, NewCheckIn checkIn) {
        throw new UnsupportedOperationException("follows");
    }

    /** The goal's check-ins, oldest first (the progress and confidence chart). */
    public List<CheckIn> checkIns(UUID goalId) {
        throw new UnsupportedOperationException("follows");
    }

    public UUID comment(UUID goalId, String body) {
        throw new UnsupportedOperationException("follows");
    }

    /** The goal's discussion, oldest first. */
    public List<GoalComment> comments(UUID goalId) {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ copying into another cycle

    /**
     * Copies goals (with their key results reset to their start values and milestones not done) into
     * another cycle as drafts; all or nothing. Returns the new ids in the order given.
     */
    public List<UUID> copyToCycle(List<UUID> goalIds, UUID cycleId) {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ queries

    /** Goals the current user owns or contributes to; {@code cycleId} null for all. */
    public List<GoalSummary> myGoals(UUID cycleId) {
        throw new UnsupportedOperationException("follows");
    }

    /** Goals of everyone below the current user in the reporting line, and of the teams they lead. */
    public List<GoalSummary> teamGoals(UUID cycleId) {
        throw new UnsupportedOperationException("follows");
    }

    /** The alignment tree of the goals the user may see, filtered (matching goals and their visible ancestors). */
    public List<GoalTreeNode> tree(GoalTreeQuery query) {
        throw new UnsupportedOperationException("follows");
    }

    /**
     * One level of the tree, for big tenants: with {@code parentId} null the visible roots (goals without a
     * visible parent), else the visible children of that goal; filtered by {@code query}.
     */
    public List<GoalSummary> treeLevel(UUID parentId, GoalTreeQuery query) {
        throw new UnsupportedOperationException("follows");
    }

    /** Visible, not cancelled goals whose title matches, for choosing a parent goal. */
    public List<GoalSummary> parentCandidates(String text, int limit) {
        throw new UnsupportedOperationException("follows");
    }

    public Optional<GoalDetail> detail(UUID goalId) {
        throw new UnsupportedOperationException("follows");
    }

    /** Goals (draft or active) of the person that nobody updated for the tenant's number of days; self, manager chain or HR. */
    public List<StaleGoal> staleGoals(UUID personId) {
        throw new UnsupportedOperationException("follows");
    }

    /**
     * Every stale goal of the bound tenant, for background reminders (runs without a signed-in user,
     * e.g. inside {@code TenantScope.run}); never call it to show goals to a person.
     */
    public List<StaleGoal> staleGoalsForReminders() {
        throw new UnsupportedOperationException("follows");
    }

    // ------------------------------------------------------------------ for other features

    /** Whether the signed-in user may see the goal (false for missing ones and other tenants'). */
    public boolean isVisible(UUID goalId) {
        throw new UnsupportedOperationException("follows");
    }

    /** Title, description, level and period end of a goal the signed-in user may see (the SMART coach's parent goal). */
    public Optional<GoalBrief> visibleGoal(UUID goalId) {
        throw new UnsupportedOperationException("follows");
    }
}
