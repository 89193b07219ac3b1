package io.kadens.competencies;

import java.util.List;
import java.util.UUID;

/**
 * A move from one job level to another: up the ladder of the family ({@code NEXT_LEVEL}) or into another
 * family ({@code LATERAL}, added by HR), with what it asks for in each competency.
 */
public record CareerStep(UUID moveId, Kind kind, UUID toFamilyId, String toFamilyName, UUID toLevelId,
                         String toLevelName, List<Delta> deltas) {

    public enum Kind { NEXT_LEVEL, LATERAL }

    /** The expected level before and after the move (null: not expected); positive change is growth needed. */
    public record Delta(UUID competencyId, String name, Integer from, Integer to) {

        public int change() {
            return (to == null ? 0 : to) - (from == null ? 0 : from);
        }
    }
}
