package io.kadens.reviews;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a competency question rates for one reviewee: the framework's competencies when a
 * {@link CompetencyFramework} bean exists and has some for the person, else the question's own list.
 * Other kinds of question rate their own criteria (leadership) or none.
 */
@Component
public class CompetencyCriteria {

    private final ObjectProvider<CompetencyFramework> framework;

    CompetencyCriteria(ObjectProvider<CompetencyFramework> framework) {
        this.framework = framework;
    }

    public List<Criterion> of(TemplateQuestion question, UUID revieweeId) {
        return resolve(question, revieweeId, Optional.ofNullable(framework.getIfAvailable()));
    }

    static List<Criterion> resolve(TemplateQuestion question, UUID revieweeId, Optional<CompetencyFramework> framework) {
        if (question.kind() != QuestionKind.COMPETENCY_RATING) {
            return question.criteria();
        }
        return framework.flatMap(f -> f.competenciesFor(revieweeId)).filter(list -> !list.isEmpty())
                .orElse(question.criteria());
    }
}
