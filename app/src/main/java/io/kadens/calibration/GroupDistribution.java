package io.kadens.calibration;

import java.util.List;

/**
 * Ratings by group (department or level) for the session's people. Groups with fewer people than the tenant's
 * anonymity threshold are not shown: only how many groups were left out.
 */
public record GroupDistribution(Dimension dimension, List<Group> groups, int hiddenGroups, int threshold) {

    public enum Dimension { DEPARTMENT, LEVEL }

    /** @param counts people per final rating, lowest rating first; people without a rating are not counted */
    public record Group(String name, int people, List<Integer> counts) {
    }
}
