package io.kadens.reviews;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam for a tenant's competency framework. When a bean of this type exists, competency questions
 * rate the competencies it gives for the reviewee; until then (or when it gives none) they rate the
 * template question's own list. Reviews depend on this interface only, never on a framework's tables.
 */
public interface CompetencyFramework {

    /** The competencies expected of this person (by role and level), or empty when the framework has none. */
    Optional<List<Criterion>> competenciesFor(UUID personId);
}
