package io.kadens.development;

import java.util.UUID;

/**
 * HR's view of one department's plans in the current period.
 *
 * @param departmentId      null for people without a department
 * @param people            active people of the department
 * @param withPlan          of them, those with a plan for today
 * @param approved          plans approved
 * @param averageProgress   mean progress of the plans in percent (0 when none)
 * @param stale             plans nobody touched for longer than their cadence
 */
public record DepartmentDevelopment(UUID departmentId, String departmentName, int people, int withPlan, int approved,
                                    int averageProgress, int stale) {
}
