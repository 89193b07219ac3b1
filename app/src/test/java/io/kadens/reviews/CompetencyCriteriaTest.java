package io.kadens.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Competency questions rate the framework's competencies when there is one for the person, else the template's list. */
class CompetencyCriteriaTest {

    private static final List<Criterion> OWN = List.of(new Criterion("collaboration", "Collaboration", "Samarbete"));
    private static final List<Criterion> FRAMEWORK = List.of(new Criterion("system-design", "System design", "Systemdesign"));

    private static TemplateQuestion question(QuestionKind kind) {
        return new TemplateQuestion(UUID.randomUUID(), kind, "Rate", "Bedöm", EnumSet.of(ReviewForm.MANAGER), true,
                OWN, null);
    }

    @Test
    void theFrameworkWinsWhereItHasCompetenciesForThePerson() {
        UUID engineer = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        CompetencyFramework framework = person -> person.equals(engineer) ? Optional.of(FRAMEWORK) : Optional.empty();
        assertThat(CompetencyCriteria.resolve(question(QuestionKind.COMPETENCY_RATING), engineer, Optional.of(framework)))
                .isEqualTo(FRAMEWORK);
        assertThat(CompetencyCriteria.resolve(question(QuestionKind.COMPETENCY_RATING), unknown, Optional.of(framework)))
                .isEqualTo(OWN);
        assertThat(CompetencyCriteria.resolve(question(QuestionKind.COMPETENCY_RATING), engineer, Optional.empty()))
                .isEqualTo(OWN);
        // leadership criteria are the template's own, whatever the framework says
        assertThat(CompetencyCriteria.resolve(question(QuestionKind.LEADERSHIP), engineer, Optional.of(framework)))
                .isEqualTo(OWN);
    }
}
