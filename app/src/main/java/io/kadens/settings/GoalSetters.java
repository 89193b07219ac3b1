package io.kadens.settings;

/**
 * Who may create goals at a level of the organisation (step 3 of the move to continuous
 * performance management: the tenant decides whether goal setting stays with leadership or is
 * delegated to the leads of departments and teams).
 */
public enum GoalSetters {
    /** Only leadership (HR admins and the top of the reporting line). */
    LEADERSHIP,
    /** Leadership, and the lead of the department or team the goal belongs to. */
    LEADS
}
