package io.kadens.goals;

/** Where in the organisation a goal sits; decides who may create it (see {@code docs/decisions/2026-11-27-goals-policy.md}). */
public enum GoalLevel {
    COMPANY, DEPARTMENT, TEAM, INDIVIDUAL
}
