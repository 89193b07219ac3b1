package io.kadens.surveys;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An open process survey for everyone in a test company, named after the company's slug, answered by its
 * employee with a comment naming the slug. For the isolation suite and the survey tests.
 */
@Component
public class SurveysTestData {

    private final Surveys surveys;

    SurveysTestData(Surveys surveys) {
        this.surveys = surveys;
    }

    public record Seeded(UUID survey) {
    }

    public Seeded seed(Company company) {
        UUID survey = signedIn(as(company, company.hrAdmin()), () -> {
            UUID id = surveys.create(new NewSurvey("Process survey of " + company.slug(), SurveyTemplate.PROCESS,
                    AudienceKind.EVERYONE, null));
            surveys.open(id, 0);
            return id;
        });
        signedIn(as(company, company.employee()), () -> {
            surveys.answer(survey, List.of(new Answer(0, 3, null), new Answer(1, 4, null), new Answer(2, 4, null),
                    new Answer(3, null, "Works well at " + company.slug())));
            return null;
        });
        return new Seeded(survey);
    }
}
