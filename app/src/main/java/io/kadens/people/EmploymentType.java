package io.kadens.people;

/** The kind of contract a person works on; {@link PersonStatus} says whether they are still here. */
public enum EmploymentType {
    PERMANENT, FIXED_TERM, CONTRACTOR, INTERN
}
