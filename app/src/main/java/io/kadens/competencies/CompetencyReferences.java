package io.kadens.competencies;

import java.util.List;
import java.util.UUID;

/**
 * A contract for features whose records name competencies (feedback, training items): they link what they can to
 * a competency of the framework and keep the rest as free text, the leftovers that HR maps on
 * {@code admin/competencies}. Implemented by those features, so competencies does not depend on them.
 */
public interface CompetencyReferences {

    /** Where the references live, a stable key shown translated ({@code FEEDBACK}, {@code TRAINING_ITEM}). */
    String place();

    /** Free-text values that refer to no competency: each distinct value (case-blind, trimmed) with its uses. */
    List<Use> leftovers();

    /**
     * Links every use of this free-text value (case-blind, trimmed) to the competency and labels it with its
     * name. Runs inside the caller's transaction; returns how many records it linked.
     */
    int link(String value, UUID competencyId, String competencyName);

    /** Whether anything here refers to the competency (then it has history and is archived, not deleted). */
    boolean refersTo(UUID competencyId);

    /** Keeps labels in step: the competency is now called {@code name}. Runs inside the rename's transaction. */
    void renamed(UUID competencyId, String name);

    /** One free-text value as written (the most common spelling) and how many records use it. */
    record Use(String value, int count) {
    }
}
