package io.kadens.analytics;

import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgMembership;
import io.kadens.people.OrgPerson;
import io.kadens.platform.AggregateQueries;
import io.kadens.platform.Cohort;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.rollout.FeatureAccess;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analytics (issue 16): HR admins see the whole tenant, managers the people below them in the reporting line,
 * everyone else is refused. Each page ({@link AnalyticsContribution}) counts its figures in SQL through the
 * owning features' aggregate classes for the viewer's {@link Cohort}; {@link Anonymity} decides which groups
 * may show them.
 */
@Service
public class Analytics {

    /** A page the viewer may open. */
    public record SectionInfo(String id, String titleKey) {
    }

    private final List<AnalyticsContribution> contributions;
    private final OrgFacts org;
    private final FeatureAccess featureAccess;
    private final TenantSettingsService settings;
    private final CurrentUser currentUser;
    private final AggregateQueries aggregateQueries;
    private final Clock clock;

    Analytics(List<AnalyticsContribution> contributions, OrgFacts org, FeatureAccess featureAccess,
              TenantSettingsService settings, CurrentUser currentUser, AggregateQueries aggregateQueries, Clock clock) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(AnalyticsContribution::order)).toList();
        this.org = org;
        this.featureAccess = featureAccess;
        this.settings = settings;
        this.currentUser = currentUser;
        this.aggregateQueries = aggregateQueries;
        this.clock = clock;
    }

    /** The pages, in order; refuses people who may not see analytics. */
    @Transactional(readOnly = true)
    public List<SectionInfo> sections() {
        viewer();
        return contributions.stream().map(c -> new SectionInfo(c.id(), c.titleKey())).toList();
    }

    /** Whether the signed-in user may see analytics at all (HR admins and people who manage someone). */
    @Transactional(readOnly = true)
    public boolean mayView() {
        return currentUser.get().filter(user -> !user.isOperator())
                .map(user -> user.has(Role.HR_ADMIN) || org.managesAnyone(user.personId())).orElse(false);
    }

    /** The default filter: the last twelve months up to this one, everyone. */
    public AnalyticsFilter defaultFilter() {
        return AnalyticsFilter.lastTwelveMonths(YearMonth.now(clock));
    }

    /** One page's charts for the filter (null: the default filter). */
    @Transactional(readOnly = true)
    public AnalyticsSection section(String id, AnalyticsFilter filter) {
        KadensUser viewer = viewer();
        AnalyticsContribution contribution = contributions.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("analytics_section", id));
        AnalyticsFilter applied = validated(filter);
        AnalyticsScope scope = scope(viewer, applied);
        aggregateQueries.prepareTransaction();
        List<AnalyticsChart> charts = contribution.charts(scope);
        return new AnalyticsSection(contribution.id(), contribution.titleKey(), applied, scope.threshold(), charts,
                contribution.keptAsOf(scope).orElse(null));
    }

    private AnalyticsFilter validated(AnalyticsFilter filter) {
        AnalyticsFilter defaults = defaultFilter();
        if (filter == null) {
            return defaults;
        }
        YearMonth from = filter.from() == null ? defaults.from() : filter.from();
        YearMonth to = filter.to() == null ? (filter.from() == null ? defaults.to() : from.plusMonths(11)) : filter.to();
        var errors = new InvalidInputException.Collector();
        errors.check(!to.isBefore(from), "to", "analytics.error.range");
        errors.check(to.isBefore(from) || from.plusMonths(AnalyticsFilter.MAX_MONTHS).isAfter(to), "to", "analytics.error.long");
        errors.throwIfAny();
        if (filter.departmentId() != null && org.department(filter.departmentId()).isEmpty()) {
            throw new ResourceNotFoundException("department", filter.departmentId());
        }
        return new AnalyticsFilter(filter.departmentId(), filter.pilot(), from, to);
    }

    private AnalyticsScope scope(KadensUser viewer, AnalyticsFilter filter) {
        boolean tenantWide = viewer.has(Role.HR_ADMIN);
        List<OrgMembership> people = people(viewer);
        Set<UUID> pilot = featureAccess.pilotPeople();
        Cohort cohort = new Cohort(people.stream()
                .map(person -> new Cohort.Member(person.personId(), person.departmentId(), pilot.contains(person.personId())))
                .toList());
        Map<UUID, String> names = new HashMap<>();
        org.departments(people.stream().map(OrgMembership::departmentId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach((departmentId, department) -> names.put(departmentId, department.name()));
        return new AnalyticsScope(cohort, filter, new Anonymity(cohort, settings.current().anonymityThreshold()), names,
                tenantWide);
    }

    /** The departments the viewer's people work in, for the filter, in name order. */
    @Transactional(readOnly = true)
    public List<OrgDepartment> departments() {
        return org.departments(people(viewer()).stream().map(OrgMembership::departmentId).filter(java.util.Objects::nonNull)
                .distinct().toList()).values().stream().sorted(Comparator.comparing(OrgDepartment::name)).toList();
    }

    /** The active people whose figures the viewer sees: everyone for HR admins, else the viewer's reporting line. */
    private List<OrgMembership> people(KadensUser viewer) {
        return viewer.has(Role.HR_ADMIN) ? org.activeMemberships()
                : org.people(org.everyoneBelow(viewer.personId())).values().stream().filter(OrgPerson::active)
                        .map(person -> new OrgMembership(person.id(), person.departmentId())).toList();
    }

    private KadensUser viewer() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("analytics belong to a tenant");
        }
        if (!user.has(Role.HR_ADMIN) && !org.managesAnyone(user.personId())) {
            throw new AccessDeniedException("analytics are for HR admins and managers");
        }
        return user;
    }
}
