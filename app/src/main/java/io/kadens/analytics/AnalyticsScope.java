package io.kadens.analytics;

import io.kadens.analytics.AnalyticsChart.Column;
import io.kadens.analytics.AnalyticsChart.Kind;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.analytics.AnalyticsChart.Row;
import io.kadens.platform.Cohort;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What one analytics page is computed for: the people the viewer may see ({@link #cohort()}), the filter, and the
 * anonymity decisions. Figures arrive as additive tallies per {@link Cell} (sums and counts of one department's
 * pilot or non-pilot people, as the owning features' aggregate queries return them); the chart builders add the
 * cells of each shown group together and turn the sums into values, so a group's figures never come from fewer
 * people than the anonymity rules allow.
 */
public final class AnalyticsScope {

    /** The smallest unit of figures: one department's pilot or non-pilot people. */
    public record Cell(UUID departmentId, boolean pilot) {
    }

    /** Turns a group's summed tally and its number of people into one value per column. */
    @FunctionalInterface
    public interface Values extends BiFunction<double[], Integer, List<Double>> {
    }

    private final Cohort cohort;
    private final AnalyticsFilter filter;
    private final Anonymity anonymity;
    private final Map<UUID, String> departmentNames;
    private final boolean tenantWide;

    AnalyticsScope(Cohort cohort, AnalyticsFilter filter, Anonymity anonymity, Map<UUID, String> departmentNames,
                   boolean tenantWide) {
        this.cohort = cohort;
        this.filter = filter;
        this.anonymity = anonymity;
        this.departmentNames = departmentNames;
        this.tenantWide = tenantWide;
    }

    public Cohort cohort() {
        return cohort;
    }

    public AnalyticsFilter filter() {
        return filter;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return filter.start();
    }

    /** The day after the period. */
    public LocalDate end() {
        return filter.end();
    }

    /** Whether the viewer sees the whole tenant (HR admins) rather than their reporting line. */
    public boolean tenantWide() {
        return tenantWide;
    }

    public int threshold() {
        return anonymity.threshold();
    }

    /** The group the filter selects. */
    AnalyticsGroup filterGroup() {
        return filter.departmentId() == null ? AnalyticsGroup.everyone(filter.pilot())
                : AnalyticsGroup.of(filter.departmentId(), filter.pilot());
    }

    /**
     * Rows for everyone in the filter's pilot choice, then one per department (in name order; only the filter's
     * department when it names one). {@code width} is the length of the tally arrays.
     */
    public AnalyticsChart byDepartment(String id, String titleKey, Kind kind, List<Column> columns,
                                       Map<Cell, double[]> tally, int width, Values values) {
        List<Row> rows = new ArrayList<>();
        if (filter.departmentId() == null) {
            rows.add(row(Label.key("analytics.group.all"), AnalyticsGroup.everyone(filter.pilot()), tally, width, values));
        }
        departments().stream()
                .filter(department -> filter.departmentId() == null || filter.departmentId().equals(department))
                .forEach(department -> rows.add(row(departmentLabel(department),
                        AnalyticsGroup.of(department, filter.pilot()), tally, width, values)));
        return new AnalyticsChart(id, titleKey, kind, columns, rows);
    }

    /** Two rows, the pilot's people and the rest, within the filter's department (or everyone). */
    public AnalyticsChart pilotAndRest(String id, String titleKey, Kind kind, List<Column> columns,
                                       Map<Cell, double[]> tally, int width, Values values) {
        List<Row> rows = new ArrayList<>();
        for (boolean pilot : new boolean[] {true, false}) {
            AnalyticsGroup group = filter.departmentId() == null ? AnalyticsGroup.everyone(pilot)
                    : AnalyticsGroup.of(filter.departmentId(), pilot);
            rows.add(row(Label.key(pilot ? "analytics.group.pilot" : "analytics.group.rest"), group, tally, width, values));
        }
        return new AnalyticsChart(id, titleKey, kind, columns, rows);
    }

    /** One row per month of the period for the filter's group. */
    public AnalyticsChart monthly(String id, String titleKey, Kind kind, List<Column> columns,
                                  Map<YearMonth, Map<Cell, double[]>> tallies, int width, Values values) {
        List<Row> rows = new ArrayList<>();
        AnalyticsGroup group = filterGroup();
        for (YearMonth month : months()) {
            rows.add(row(Label.month(month), group, tallies.getOrDefault(month, Map.of()), width, values));
        }
        return new AnalyticsChart(id, titleKey, kind, columns, rows);
    }

    /**
     * One row per month with two columns, the pilot's value and the rest's (of the single value {@code values}
     * gives), within the filter's department. The people of a month row are the two groups' together; a group
     * that may not show figures has null values.
     */
    public AnalyticsChart monthlyPilotAndRest(String id, String titleKey, AnalyticsChart.Format format,
                                              Map<YearMonth, Map<Cell, double[]>> tallies, int width, Values values) {
        AnalyticsGroup pilot = filter.departmentId() == null ? AnalyticsGroup.everyone(true)
                : AnalyticsGroup.of(filter.departmentId(), true);
        AnalyticsGroup rest = filter.departmentId() == null ? AnalyticsGroup.everyone(false)
                : AnalyticsGroup.of(filter.departmentId(), false);
        boolean pilotShown = anonymity.shown(pilot);
        boolean restShown = anonymity.shown(rest);
        List<Row> rows = new ArrayList<>();
        for (YearMonth month : months()) {
            Map<Cell, double[]> tally = tallies.getOrDefault(month, Map.of());
            Double pilotValue = pilotShown ? values.apply(sum(pilot, tally, width), anonymity.population(pilot)).get(0) : null;
            Double restValue = restShown ? values.apply(sum(rest, tally, width), anonymity.population(rest)).get(0) : null;
            int people = (pilotShown ? anonymity.population(pilot) : 0) + (restShown ? anonymity.population(rest) : 0);
            boolean suppressed = !pilotShown && !restShown;
            rows.add(new Row(Label.month(month), suppressed ? null : people, suppressed,
                    Arrays.asList(pilotValue, restValue)));
        }
        return new AnalyticsChart(id, titleKey, Kind.LINES, List.of(
                new Column(Label.key("analytics.group.pilot"), format),
                new Column(Label.key("analytics.group.rest"), format)), rows);
    }

    /** The period's months, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The departments of the viewer's people in name order (people without a department last). */
    public List<UUID> departments() {
        return cohort.members().stream().map(Cohort.Member::departmentId).distinct()
                .sorted(Comparator.comparing((UUID id) -> id == null)
                        .thenComparing(id -> departmentNames.getOrDefault(id, ""), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Label departmentLabel(UUID departmentId) {
        return departmentId == null ? Label.key("analytics.group.no-department")
                : Label.text(departmentNames.getOrDefault(departmentId, ""));
    }

    /** A row for an arbitrary group of the page (see {@link #byDepartment} and {@link #pilotAndRest}). */
    Row row(Label label, AnalyticsGroup group, Map<Cell, double[]> tally, int width, Values values) {
        if (!anonymity.shown(group)) {
            // As many nulls as the group would have values: computed from zeros, so nothing of the group is read.
            List<Double> none = new ArrayList<>();
            for (int i = 0; i < values.apply(new double[width], 0).size(); i++) {
                none.add(null);
            }
            return new Row(label, null, true, none);
        }
        int people = anonymity.population(group);
        return new Row(label, people, false, values.apply(sum(group, tally, width), people));
    }

    boolean shown(AnalyticsGroup group) {
        return anonymity.shown(group);
    }

    int population(AnalyticsGroup group) {
        return anonymity.population(group);
    }

    private static double[] sum(AnalyticsGroup group, Map<Cell, double[]> tally, int width) {
        double[] sums = new double[width];
        tally.forEach((cell, figures) -> {
            if (group.contains(cell.departmentId(), cell.pilot())) {
                for (int i = 0; i < width && i < figures.length; i++) {
                    sums[i] += figures[i];
                }
            }
        });
        return sums;
    }

    /** Collects additive figures per cell: {@code add(cell, a, b, c)} adds element-wise. */
    public static final class Tally {

        private final int width;
        private final Map<Cell, double[]> cells = new HashMap<>();

        public Tally(int width) {
            this.width = width;
        }

        public Tally add(UUID departmentId, boolean pilot, double... figures) {
            double[] sums = cells.computeIfAbsent(new Cell(departmentId, pilot), cell -> new double[width]);
            for (int i = 0; i < width && i < figures.length; i++) {
                sums[i] += figures[i];
            }
            return this;
        }

        public Map<Cell, double[]> cells() {
            return cells;
        }

        public int width() {
            return width;
        }
    }

    /** Collects tallies per month. */
    public static final class MonthlyTally {

        private final int width;
        private final Map<YearMonth, Tally> months = new HashMap<>();

        public MonthlyTally(int width) {
            this.width = width;
        }

        public MonthlyTally add(LocalDate month, UUID departmentId, boolean pilot, double... figures) {
            months.computeIfAbsent(YearMonth.from(month), m -> new Tally(width)).add(departmentId, pilot, figures);
            return this;
        }

        public Map<YearMonth, Map<Cell, double[]>> months() {
            Map<YearMonth, Map<Cell, double[]>> result = new HashMap<>();
            months.forEach((month, tally) -> result.put(month, tally.cells()));
            return result;
        }

        public int width() {
            return width;
        }
    }

    /** Share in percent, null when nothing to share of. */
    public static Double percent(double part, double whole) {
        return whole <= 0 ? null : Math.round(1000 * part / whole) / 10.0;
    }

    /** A figure per person, one decimal. */
    public static Double perPerson(double figure, int people) {
        return people <= 0 ? null : Math.round(10 * figure / people) / 10.0;
    }
}
