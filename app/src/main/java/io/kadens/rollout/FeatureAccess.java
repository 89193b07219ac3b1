package io.kadens.rollout;

import io.kadens.people.OrgFacts;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which features a person may use while the tenant pilots them (issue 16, step 6). The rule: only while
 * today falls in the pilot phase, a feature that at least one pilot group switched on is open to the
 * members of those groups only; every feature no group pilots, and every feature before and after the
 * pilot phase, is open to everyone as before. So a tenant without a rollout plan is unaffected.
 *
 * <p>Navigation, the feature pages and their REST paths ask this class (see {@link Feature}); answers cost
 * two small statements on the rollout tables, plus one on the people tables while a pilot runs.
 */
@Service
@Transactional(readOnly = true)
public class FeatureAccess {

    private final RolloutRepository repository;
    private final RolloutPlanning planning;
    private final OrgFacts org;
    private final Clock clock;
    private final TenantSettingsService settings;

    FeatureAccess(RolloutRepository repository, RolloutPlanning planning, OrgFacts org, Clock clock,
                  TenantSettingsService settings) {
        this.settings = settings;
        this.repository = repository;
        this.planning = planning;
        this.org = org;
        this.clock = clock;
    }

    /** Whether this person of the bound tenant may use the feature today. */
    public boolean enabledFor(UUID personId, Feature feature) {
        return enabledFeatures(personId).contains(feature);
    }

    /** The features this person of the bound tenant may use today. */
    public Set<Feature> enabledFeatures(UUID personId) {
        Set<Feature> enabled = EnumSet.allOf(Feature.class);
        if (!pilotRunsToday()) {
            return enabled;
        }
        List<RolloutRepository.GroupRow> groups = repository.groups();
        Set<Feature> piloted = EnumSet.noneOf(Feature.class);
        Set<Feature> mine = EnumSet.noneOf(Feature.class);
        for (RolloutRepository.GroupRow group : groups) {
            piloted.addAll(group.data().features());
            if (!group.data().features().isEmpty() && planning.members(group.data()).contains(personId)) {
                mine.addAll(group.data().features());
            }
        }
        enabled.removeAll(piloted);
        enabled.addAll(mine);
        return enabled;
    }

    /** The active people in any pilot group today (for comparing the pilot with the rest). */
    public Set<UUID> pilotPeople() {
        Set<UUID> people = new HashSet<>();
        repository.groups().forEach(group -> people.addAll(planning.members(group.data())));
        return people;
    }

    /**
     * Whether the tenant's pilot phase includes today: the organisation's day, as its HR admin dated the phases (in
     * UTC a pilot starting on the 1st would open an hour late in Stockholm, and stay open an hour after it ended).
     * A tenant without phases does not read its settings for it.
     */
    public boolean pilotRunsToday() {
        List<PhaseDates> phases = repository.phases();
        if (phases.isEmpty()) {
            return false;
        }
        LocalDate today = settings.todayAt(clock);
        return RolloutPlanning.currentPhase(phases, today).filter(RolloutPhase.PILOT::equals).isPresent();
    }
}
