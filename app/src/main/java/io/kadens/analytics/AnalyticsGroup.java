package io.kadens.analytics;

import io.kadens.platform.Cohort;
import java.util.UUID;

/**
 * A group of people figures are shown for: one department's or all (departmentId null with {@code allDepartments}),
 * the pilot's, the rest's or both (pilot null).
 */
record AnalyticsGroup(boolean allDepartments, UUID departmentId, Boolean pilot) {

    static AnalyticsGroup of(UUID departmentId, Boolean pilot) {
        return new AnalyticsGroup(false, departmentId, pilot);
    }

    static AnalyticsGroup everyone(Boolean pilot) {
        return new AnalyticsGroup(true, null, pilot);
    }

    boolean contains(UUID memberDepartment, boolean memberPilot) {
        return (allDepartments || java.util.Objects.equals(departmentId, memberDepartment))
                && (pilot == null || pilot == memberPilot);
    }

    boolean contains(Cohort.Member member) {
        return contains(member.departmentId(), member.pilot());
    }

    /** The same group without its department narrowing. */
    AnalyticsGroup withoutDepartment() {
        return everyone(pilot);
    }

    /** The same group without its pilot narrowing. */
    AnalyticsGroup withoutPilot() {
        return new AnalyticsGroup(allDepartments, departmentId, null);
    }
}
