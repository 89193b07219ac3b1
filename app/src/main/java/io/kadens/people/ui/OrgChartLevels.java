package io.kadens.people.ui;

import io.kadens.people.OrgChartNode;
import io.kadens.people.PeopleService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One org chart view's reads, level by level. The tree grid asks for a level's size and then its rows, and the
 * chart beside it asks for the same top levels, so without this the first view walked the top of the organisation
 * several times. Each level is read from {@link PeopleService} (whose rules decide who is shown) once per view;
 * reopening the page reads afresh. Holds only the levels someone opened.
 */
final class OrgChartLevels {

    private final PeopleService people;
    private final Map<UUID, List<OrgChartNode>> reports = new HashMap<>();
    private List<OrgChartNode> roots;

    OrgChartLevels(PeopleService people) {
        this.people = people;
    }

    List<OrgChartNode> roots() {
        if (roots == null) {
            roots = people.orgChartRoots();
        }
        return roots;
    }

    List<OrgChartNode> reportsOf(UUID managerId) {
        return reports.computeIfAbsent(managerId, people::orgChartChildren);
    }
}
