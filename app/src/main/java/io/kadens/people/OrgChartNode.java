package io.kadens.people;

/**
 * One person in the org chart: their direct reports (to know whether the node expands) and
 * headcount, everyone under them at any depth.
 */
public record OrgChartNode(DirectoryEntry person, int directReports, int headcount) {
}
