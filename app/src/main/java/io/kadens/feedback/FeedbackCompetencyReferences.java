package io.kadens.feedback;

import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyReferences;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feedback's side of competency references: the competency an item is about is linked by id when its text names
 * a competency of the framework (case-blind), else kept as free text, a leftover HR can map later.
 */
@Component
class FeedbackCompetencyReferences implements CompetencyReferences {

    static final String PLACE = "FEEDBACK";

    private final FeedbackCompetencyRepository repository;
    private final CompetencyFrameworks frameworks;

    FeedbackCompetencyReferences(FeedbackCompetencyRepository repository, CompetencyFrameworks frameworks) {
        this.repository = repository;
        this.frameworks = frameworks;
    }

    /** What an item stores: the competency's id and name when the text names one, else the text alone. */
    record Resolved(UUID competencyId, String label) {
    }

    Resolved resolve(String text) {
        if (text == null || text.isBlank()) {
            return new Resolved(null, null);
        }
        Competency match = frameworks.byLowerName().get(text.strip().toLowerCase(Locale.ROOT));
        return match == null ? new Resolved(null, text.strip()) : new Resolved(match.id(), match.name());
    }

    @Override
    public String place() {
        return PLACE;
    }

    @Override
    public List<Use> leftovers() {
        return repository.leftovers();
    }

    @Override
    public int link(String value, UUID competencyId, String competencyName) {
        return repository.link(value, competencyId, competencyName);
    }

    @Override
    public boolean refersTo(UUID competencyId) {
        return repository.refersTo(competencyId);
    }

    @Override
    public void renamed(UUID competencyId, String name) {
        repository.relabel(competencyId, name);
    }
}
