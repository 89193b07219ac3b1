package io.kadens.development;

import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's view across the organisation: per department, how many people have a plan for today, how many are
 * approved, their mean progress (an aggregate in SQL over actions and milestones) and how many went stale.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentOverview {

    private final DevelopmentRepository repository;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TenantSettingsService settings;

    DevelopmentOverview(DevelopmentRepository repository, OrgFacts org, CurrentUser currentUser, Clock clock,
                        TenantSettingsService settings) {
        this.settings = settings;
        this.repository = repository;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<DepartmentDevelopment> byDepartment() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || !me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins see plans across the organisation");
        }
        // The plans current on the organisation's day, as each person's own page counts them (not UTC's day).
        LocalDate today = settings.todayAt(clock);
        List<DevelopmentRepository.PlanRow> plans = repository.allPlansOn(today);
        Map<UUID, DevelopmentRepository.PlanProgress> progress = repository.progress(
                plans.stream().map(DevelopmentRepository.PlanRow::id).toList());
        Map<UUID, OrgPerson> owners = org.people(plans.stream().map(DevelopmentRepository.PlanRow::personId).toList());
        Set<UUID> departmentIds = new HashSet<>();
        owners.values().stream().map(OrgPerson::departmentId).filter(Objects::nonNull).forEach(departmentIds::add);
        Map<UUID, Integer> headcount = new HashMap<>();
        org.activeMembersOf(departmentIds, List.of(), List.of()).forEach(p -> {
            if (p.departmentId() != null) {
                headcount.merge(p.departmentId(), 1, Integer::sum);
            }
        });
        Map<UUID, OrgDepartment> departments = org.departments(departmentIds);
        record Tally(int[] counts, List<Integer> percents) {
        }
        Map<UUID, Tally> tallies = new HashMap<>();
        java.time.Instant now = clock.instant();
        for (DevelopmentRepository.PlanRow plan : plans) {
            OrgPerson owner = owners.get(plan.personId());
            if (owner == null || !owner.active()) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(owner.departmentId() == null ? NONE : owner.departmentId(),
                    k -> new Tally(new int[3], new ArrayList<>()));
            tally.counts()[0]++;
            if (plan.status() == PlanStatus.APPROVED) {
                tally.counts()[1]++;
            }
            if (plan.staleAt(now)) {
                tally.counts()[2]++;
            }
            tally.percents().add(progress.containsKey(plan.id()) ? progress.get(plan.id()).percent() : 0);
        }
        List<DepartmentDevelopment> rows = new ArrayList<>();
        tallies.forEach((department, tally) -> {
            boolean none = department.equals(NONE);
            int average = (int) Math.round(tally.percents().stream().mapToInt(Integer::intValue).average().orElse(0));
            rows.add(new DepartmentDevelopment(none ? null : department,
                    none ? "" : departments.containsKey(department) ? departments.get(department).name() : "",
                    none ? tally.counts()[0] : headcount.getOrDefault(department, tally.counts()[0]),
                    tally.counts()[0], tally.counts()[1], average, tally.counts()[2]));
        });
        rows.sort(Comparator.comparing(DepartmentDevelopment::departmentName));
        return rows;
    }

    private static final UUID NONE = new UUID(0, 0);
}
