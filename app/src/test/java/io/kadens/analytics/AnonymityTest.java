package io.kadens.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.platform.Cohort;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Trying to single people out through filter combinations (issue 16): every group a page can show under any
 * department × pilot filter (the period does not change who is in a group) is collected, and linear algebra
 * checks that no sum or difference of the figures shown describes one person, or two.
 */
class AnonymityTest {

    private static final int THRESHOLD = 3;

    @Test
    void aLonePilotInADepartmentCannotBeWorkedOutFromThePilotTotalAndTheOtherDepartments() {
        UUID sales = UUID.randomUUID();
        UUID finance = UUID.randomUUID();
        UUID support = UUID.randomUUID();
        List<Cohort.Member> members = new ArrayList<>();
        add(members, sales, true, 4);
        add(members, sales, false, 3);
        add(members, finance, true, 5);
        add(members, support, true, 1); // the one person to protect
        add(members, support, false, 4);
        Anonymity anonymity = new Anonymity(new Cohort(members), THRESHOLD);

        assertThat(anonymity.shown(AnalyticsGroup.of(support, true))).isFalse();
        // the comparison itself survives: the lone pilot is pooled with another pilot cell
        assertThat(anonymity.shown(AnalyticsGroup.everyone(true))).isTrue();
        assertThat(anonymity.shown(AnalyticsGroup.everyone(false))).isTrue();
        assertThat(anonymity.population(AnalyticsGroup.everyone(true))).isEqualTo(10);
        assertThat(nothingIsolated(members, anonymity)).isTrue();
    }

    @Test
    void aSmallDepartmentIsHiddenAndSoIsWhatWouldRevealItByDifference() {
        UUID big = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        List<Cohort.Member> members = new ArrayList<>();
        add(members, big, false, 6);
        add(members, small, false, 2);
        Anonymity anonymity = new Anonymity(new Cohort(members), THRESHOLD);
        assertThat(anonymity.shown(AnalyticsGroup.of(small, null))).isFalse();
        assertThat(anonymity.shown(AnalyticsGroup.of(big, null)))
                .as("everyone minus the big department would be the small one").isFalse();
        assertThat(anonymity.shown(AnalyticsGroup.everyone(null))).isTrue();
        assertThat(nothingIsolated(members, anonymity)).isTrue();
    }

    @RepeatedTest(200)
    void noFilterCombinationIsolatesOneOrTwoPeopleInRandomOrganisations() {
        Random random = new Random();
        List<UUID> departments = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            departments.add(random.nextInt(5) == 0 ? null : UUID.randomUUID());
        }
        List<Cohort.Member> members = new ArrayList<>();
        for (UUID department : departments.stream().distinct().toList()) {
            add(members, department, true, random.nextInt(5));
            add(members, department, false, random.nextInt(6));
        }
        Anonymity anonymity = new Anonymity(new Cohort(members), THRESHOLD);
        assertThat(nothingIsolated(members, anonymity)).as(describe(members)).isTrue();
        for (AnalyticsGroup group : groups(members)) {
            if (anonymity.shown(group) && anonymity.population(group) > 0) {
                assertThat(anonymity.population(group)).isGreaterThanOrEqualTo(THRESHOLD);
            }
        }
    }

    private static void add(List<Cohort.Member> members, UUID department, boolean pilot, int count) {
        for (int i = 0; i < count; i++) {
            members.add(new Cohort.Member(UUID.randomUUID(), department, pilot));
        }
    }

    /** Every group a filter can select: each department or all, with the pilot, the rest or both. */
    private static List<AnalyticsGroup> groups(List<Cohort.Member> members) {
        List<AnalyticsGroup> groups = new ArrayList<>();
        for (Boolean pilot : new Boolean[] {null, true, false}) {
            groups.add(AnalyticsGroup.everyone(pilot));
            members.stream().map(Cohort.Member::departmentId).distinct()
                    .forEach(department -> groups.add(AnalyticsGroup.of(department, pilot)));
        }
        return groups;
    }

    /** True when no vector describing one person or two people lies in the span of the shown groups. */
    private static boolean nothingIsolated(List<Cohort.Member> members, Anonymity anonymity) {
        List<double[]> shown = new ArrayList<>();
        for (AnalyticsGroup group : groups(members)) {
            if (anonymity.shown(group)) {
                double[] row = new double[members.size()];
                for (int i = 0; i < members.size(); i++) {
                    row[i] = group.contains(members.get(i)) ? 1 : 0;
                }
                shown.add(row);
            }
        }
        int rank = rank(shown, members.size());
        for (int i = 0; i < members.size(); i++) {
            for (int j = i; j < members.size(); j++) {
                double[] target = new double[members.size()];
                target[i] = 1;
                target[j] = 1;
                List<double[]> with = new ArrayList<>(shown);
                with.add(target);
                if (rank(with, members.size()) == rank) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int rank(List<double[]> rows, int width) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            m[i] = rows.get(i).clone();
        }
        int rank = 0;
        for (int column = 0; column < width && rank < m.length; column++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][column]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][column]) > 1e-9) {
                    double factor = m[r][column] / m[rank][column];
                    for (int c = 0; c < width; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static String describe(List<Cohort.Member> members) {
        StringBuilder text = new StringBuilder();
        members.stream().collect(java.util.stream.Collectors.groupingBy(
                        m -> String.valueOf(m.departmentId()).substring(0, 4) + (m.pilot() ? "/pilot" : "/rest"),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((cell, count) -> text.append(cell).append('=').append(count).append(' '));
        return text.toString();
    }
}
