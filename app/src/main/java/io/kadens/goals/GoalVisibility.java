package io.kadens.goals;

/**
 * Who may see a goal besides its owner, contributors, the owner's manager chain and HR admins (who
 * always may): {@code TENANT} everyone in the organisation; {@code TEAM} the members of the goal's team
 * (or of its department when it has no team); {@code PRIVATE} nobody else.
 */
public enum GoalVisibility {
    TENANT, TEAM, PRIVATE
}
