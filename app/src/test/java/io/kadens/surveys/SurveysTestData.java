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
    private final SurveySchedules schedules;

    SurveysTestData(Surveys surveys, SurveySchedules schedules) {
        this.surveys = surveys;
        this.schedules = schedules;
    }

    /** The company's open survey and a monthly pulse schedule (both named after its slug). */
    public record Seeded(UUID survey, UUID schedule) {
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
        UUID schedule = signedIn(as(company, company.hrAdmin()), () -> schedules.create(new NewSurveySchedule(
                "Pulse of " + company.slug(), SurveyTemplate.PULSE, List.of(), AudienceKind.EVERYONE, null, 1,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(1), 3)));
        return new Seeded(survey, schedule);
    }
}
