package io.kadens.development;

import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.people.OrgFacts;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.tenants.TenantScope;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring by choice: a person opts in to mentor others in competencies they choose, and only people who
 * opted in are ever suggested as mentors, only to people of their own organisation who may see them in the
 * directory (every active colleague), and never to themselves.
 */
@Service
@Transactional
public class Mentoring {

    static final int MAX_OFFERS = 20;

    private final DevelopmentRepository repository;
    private final CompetencyFrameworks frameworks;
    private final OrgFacts org;
    private final CurrentUser currentUser;

    Mentoring(DevelopmentRepository repository, CompetencyFrameworks frameworks, OrgFacts org, CurrentUser currentUser) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.org = org;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<UUID> myOffers() {
        return repository.offersOf(me().personId());
    }

    /** Replaces the signed-in person's offers with these competencies (active ones of the framework). */
    public List<UUID> offer(List<UUID> competencyIds) {
        return offer(me().personId(), competencyIds);
    }

    /** System work (demo seeding): the offers of a person. */
    public List<UUID> offerAs(UUID personId, List<UUID> competencyIds) {
        if (TenantScope.explicitTenant().isEmpty() || currentUser.get().isPresent()) {
            throw new AccessDeniedException("acting on someone's behalf is for system work only");
        }
        return offer(personId, competencyIds);
    }

    private List<UUID> offer(UUID personId, List<UUID> competencyIds) {
        Set<UUID> wanted = new LinkedHashSet<>(competencyIds);
        wanted.remove(null);
        if (wanted.size() > MAX_OFFERS) {
            throw InvalidInputException.of("competencyIds", "development.mentoring.too-many");
        }
        Map<UUID, Competency> known = wanted.isEmpty() ? Map.of() : frameworks.competencies(wanted);
        if (!known.keySet().containsAll(wanted) || known.values().stream().anyMatch(Competency::archived)) {
            throw InvalidInputException.of("competencyIds", "development.competency.unknown");
        }
        repository.replaceOffers(personId, wanted);
        return repository.offersOf(personId);
    }

    /** Opted-in mentors for a competency (any competency when null), active, visible, not the asker. */
    @Transactional(readOnly = true)
    public List<MentorSuggestion> suggestions(UUID competencyId) {
        UUID asker = me().personId();
        List<DevelopmentRepository.MentorOfferRow> offers = repository.mentorOffers(
                competencyId == null ? null : List.of(competencyId));
        Set<UUID> people = new HashSet<>();
        Set<UUID> competencies = new HashSet<>();
        offers.forEach(o -> {
            people.add(o.personId());
            competencies.add(o.competencyId());
        });
        people.remove(asker);
        Set<UUID> active = org.active(people);
        Map<UUID, String> names = org.names(active);
        Map<UUID, Competency> named = competencies.isEmpty() ? Map.of() : frameworks.competencies(competencies);
        return offers.stream().filter(o -> active.contains(o.personId()))
                .filter(o -> named.containsKey(o.competencyId()) && !named.get(o.competencyId()).archived())
                .map(o -> new MentorSuggestion(o.personId(), names.get(o.personId()), o.competencyId(),
                        named.get(o.competencyId()).name()))
                .sorted(java.util.Comparator.comparing(MentorSuggestion::competencyName)
                        .thenComparing(MentorSuggestion::name))
                .toList();
    }

    private KadensUser me() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || user.personId() == null) {
            throw new AccessDeniedException("mentoring belongs to a tenant's people");
        }
        return user;
    }
}
