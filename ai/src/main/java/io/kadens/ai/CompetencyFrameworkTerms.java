package io.kadens.ai;

import java.util.List;

/**
 * The bound tenant's competency framework as search terms, supplied by the feature that owns the framework (the ai
 * module never reads it itself). Every knowledge search through {@link SearchAccessRules} asks for it once, so that
 * a question naming a competency also finds content written with the competency's other words.
 */
@FunctionalInterface
public interface CompetencyFrameworkTerms {

    /** No framework: searches look for the question's own words only. */
    CompetencyFrameworkTerms NONE = List::of;

    /** The competencies of the tenant bound now; empty when none is bound or it has no framework. */
    List<CompetencyTerms> ofBoundTenant();
}
