package io.kadens.rollout;

/** What kind of work a pilot group does: two groups of the same kind make the pilot less diverse. */
public enum DepartmentKind {
    SALES, FINANCE, ENGINEERING, PRODUCT, OPERATIONS, SUPPORT, MARKETING, PEOPLE, OTHER;

    public String labelKey() {
        return "rollout.kind." + name();
    }
}
