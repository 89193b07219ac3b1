package io.kadens.oneonones;

import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrgTeam;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What 1:1s need to know about people, from {@code people}'s {@link OrgFacts}: reporting lines for manager
 * series, and participants' names and emails. Works in a {@code TenantScope} too, so reminders can use it.
 */
@Component
class OneOnOnePeople {

    /** A manager and one of their direct reports: the two people of a manager series. */
    record Line(UUID managerId, UUID reportId) {
    }

    record TeamOf(UUID teamId, String teamName) {
    }

    private final OrgFacts orgFacts;

    OneOnOnePeople(OrgFacts orgFacts) {
        this.orgFacts = orgFacts;
    }

    /** Every active person's reporting line to an active manager. */
    List<Line> activeReportingLines() {
        return orgFacts.activeReportingLines().stream().map(line -> new Line(line.managerId(), line.reportId()))
                .toList();
    }

    Optional<UUID> managerOf(UUID personId) {
        return orgFacts.person(personId).map(OrgPerson::managerId);
    }

    List<UUID> activeDirectReports(UUID managerId) {
        return orgFacts.directReports(managerId);
    }

    boolean activePerson(UUID personId) {
        return orgFacts.person(personId).filter(OrgPerson::active).isPresent();
    }

    Map<UUID, Participant> participants(Collection<UUID> ids) {
        Map<UUID, Participant> result = new HashMap<>();
        orgFacts.people(ids).values().forEach(person ->
                result.put(person.id(), new Participant(person.id(), person.fullName(), person.email())));
        return result;
    }

    /** Each person's team (id and name; both null without a team). */
    Map<UUID, TeamOf> teams(Collection<UUID> personIds) {
        Map<UUID, OrgPerson> people = orgFacts.people(personIds);
        Map<UUID, OrgTeam> teams = orgFacts.teams(people.values().stream().map(OrgPerson::teamId).toList());
        Map<UUID, TeamOf> result = new HashMap<>();
        people.values().forEach(person -> {
            OrgTeam team = person.teamId() == null ? null : teams.get(person.teamId());
            result.put(person.id(), new TeamOf(person.teamId(), team == null ? null : team.name()));
        });
        return result;
    }

    Set<UUID> active(Collection<UUID> ids) {
        return orgFacts.active(ids);
    }
}
