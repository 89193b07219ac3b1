package io.kadens.analytics;

import io.kadens.platform.Cohort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which groups may show figures (docs/decisions/2026-12-06-analytics.md). Groups are made of people as they are
 * today (department and pilot membership), whatever the period, so the period never changes who is in a group
 * and cannot single anyone out. The decision is taken once for every group a page or filter can show (each
 * department or all, the pilot, the rest or both), so that no combination of filters shows a group another
 * combination hides. A group shows figures when
 * <ol>
 * <li>it has at least the threshold of people, and</li>
 * <li>for each narrowing (department, pilot), the people the narrowing leaves out number none or at least the
 * threshold: otherwise the broader group's figures minus this group's would describe fewer people, and</li>
 * <li>among sibling groups that make up a parent (the departments within the pilot, the rest or everyone; the
 * pilot and the rest within a department or everyone), the suppressed ones together number none or at least
 * the threshold: otherwise the parent minus the shown siblings would describe them. The smallest shown siblings
 * are suppressed as well until that holds everywhere.</li>
 * </ol>
 */
final class Anonymity {

    private static final Boolean[] PILOT_CHOICES = {null, Boolean.TRUE, Boolean.FALSE};

    private final List<Cohort.Member> members;
    private final int threshold;
    private final List<UUID> departments;
    private final Set<AnalyticsGroup> shown = new HashSet<>();
    private final java.util.Map<AnalyticsGroup, Integer> populations = new java.util.HashMap<>();

    Anonymity(Cohort cohort, int threshold) {
        this.members = cohort.members();
        this.threshold = threshold;
        Set<UUID> seen = new LinkedHashSet<>();
        members.forEach(member -> seen.add(member.departmentId()));
        this.departments = new ArrayList<>(seen);
        for (Boolean pilot : PILOT_CHOICES) {
            consider(AnalyticsGroup.everyone(pilot));
            departments.forEach(department -> consider(AnalyticsGroup.of(department, pilot)));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Boolean pilot : PILOT_CHOICES) {
                changed |= suppressSiblings(departments.stream().map(department -> AnalyticsGroup.of(department, pilot)).toList());
            }
            changed |= suppressSiblings(List.of(AnalyticsGroup.everyone(true), AnalyticsGroup.everyone(false)));
            for (UUID department : departments) {
                changed |= suppressSiblings(List.of(AnalyticsGroup.of(department, true), AnalyticsGroup.of(department, false)));
            }
        }
    }

    int threshold() {
        return threshold;
    }

    /** Whether the group may show figures. */
    boolean shown(AnalyticsGroup group) {
        return shown.contains(group);
    }

    int population(AnalyticsGroup group) {
        return populations.computeIfAbsent(group, this::count);
    }

    private int count(AnalyticsGroup group) {
        int count = 0;
        for (Cohort.Member member : members) {
            if (group.contains(member)) {
                count++;
            }
        }
        return count;
    }

    private void consider(AnalyticsGroup group) {
        int population = population(group);
        if (population < threshold) {
            return;
        }
        if (!group.allDepartments() && !safeDifference(population(group.withoutDepartment()) - population)) {
            return;
        }
        if (group.pilot() != null && !safeDifference(population(group.withoutPilot()) - population)) {
            return;
        }
        shown.add(group);
    }

    /** Rule 3 for one set of siblings; true when it suppressed another group. */
    private boolean suppressSiblings(List<AnalyticsGroup> siblings) {
        boolean changed = false;
        int hidden = 0;
        List<AnalyticsGroup> visible = new ArrayList<>();
        for (AnalyticsGroup group : siblings) {
            if (shown.contains(group)) {
                visible.add(group);
            } else {
                hidden += population(group);
            }
        }
        visible.sort(Comparator.comparingInt(this::population).thenComparing(group -> String.valueOf(group.departmentId())));
        for (AnalyticsGroup group : visible) {
            if (safeDifference(hidden)) {
                break;
            }
            shown.remove(group);
            hidden += population(group);
            changed = true;
        }
        return changed;
    }

    private boolean safeDifference(int leftOut) {
        return leftOut == 0 || leftOut >= threshold;
    }
}
