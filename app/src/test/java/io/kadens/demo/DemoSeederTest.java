package io.kadens.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.organisation.Organisations;
import io.kadens.security.OrganisationSignInToken;
import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

/** The seeder itself; no other test relies on demo data. */
@KadensSpringTest
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    Organisations organisations;
    @Autowired
    AuthenticationManager authenticationManager;

    private int count(String slug, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = '" + slug + "'), false)");
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void seedsBothCompaniesOnceAndOutsideDemoModeNoDemoLoginSignsIn() throws Exception {
        String first = seeder.seed();
        String second = seeder.seed();
        assertThat(second).isEqualTo(first).contains("anna.lindqvist@acme.example", "operator@kadens.example");

        assertThat(organisations.bySlug("acme")).hasValueSatisfying(o -> assertThat(o.locale()).isEqualTo("sv"));
        assertThat(organisations.bySlug("globex")).hasValueSatisfying(o -> assertThat(o.locale()).isEqualTo("en"));
        assertThat(count("acme", "select count(*) from employee")).isEqualTo(40);
        assertThat(count("acme", "select count(*) from department")).isEqualTo(5);
        assertThat(count("globex", "select count(*) from employee")).isBetween(12, 20);
        // job families with ladders, teams with leads, everyone on a level of their family
        assertThat(count("acme", "select count(*) from job_family")).isEqualTo(3);
        assertThat(count("globex", "select count(*) from job_family")).isEqualTo(3);
        assertThat(count("acme", "select count(*) from team where lead_id is not null")).isEqualTo(3);
        assertThat(count("globex", "select count(*) from team where lead_id is not null")).isEqualTo(2);
        assertThat(count("acme", "select count(*) from employee where job_level_id is null")).isZero();
        assertThat(count("globex", "select count(*) from employee where job_level_id is null")).isZero();
        assertThat(count("acme", "select count(*) from employee e join team t on t.tenant_id = e.tenant_id"
                + " and t.id = e.team_id where t.name = 'Innesälj'")).isEqualTo(7);
        // a reporting chain at least three levels deep below the top
        assertThat(count("acme", "with recursive chain(id, depth) as (select id, 1 from employee where manager_id is null"
                + " union all select e.id, c.depth + 1 from employee e join chain c on e.manager_id = c.id)"
                + " select max(depth) from chain")).isGreaterThanOrEqualTo(3);

        // competencies (issue 13): a framework with expectations for every level of every family, assessments of
        // the personas, the employee persona's target role; and a database seeded before competencies existed
        // gets them on the next start.
        for (String slug : new String[] {"acme", "globex"}) {
            assertThat(count(slug, "select count(*) from competency")).as(slug).isGreaterThanOrEqualTo(8);
            assertThat(count(slug, "select count(*) from job_level l where not exists (select 1 from"
                    + " competency_expectation x where x.tenant_id = l.tenant_id and x.job_level_id = l.id)")).isZero();
            assertThat(count(slug, "select count(distinct person_id) from assessment where kind = 'MANAGER'"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(count(slug, "select count(*) from assessment where kind = 'SELF'")).isEqualTo(1);
            assertThat(count(slug, "select count(*) from target_role")).isEqualTo(1);
        }
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = 'globex'), false)");
            // (development plans and competency links on training items and feedback came later and refer to
            // competencies: a database from before has none either)
            statement.execute("delete from development_plan; delete from mentor_offer;"
                    + " delete from training_item_competency; update feedback set competency_id = null;"
                    + " delete from target_role; delete from assessment_rating; delete from assessment;"
                    + " delete from competency_expectation; delete from competency");
        }
        assertThat(count("globex", "select count(*) from competency")).isZero();
        seeder.seed();
        assertThat(count("globex", "select count(*) from competency")).isGreaterThanOrEqualTo(8);
        assertThat(count("globex", "select count(*) from assessment")).isGreaterThanOrEqualTo(3);

        // This context runs outside demo mode (KADENS_DEMO=false): a database seeded in demo mode earlier
        // opens to nobody, since every demo login's password is public. ProductionJarIT signs each one in
        // with demo mode on.
        for (DemoCompany company : DemoCompanies.all()) {
            for (DemoCompany.DemoLogin login : company.logins()) {
                assertThatThrownBy(() -> authenticationManager.authenticate(
                        new OrganisationSignInToken(company.slug(), login.email(), DemoCompanies.PASSWORD)))
                        .as("%s signing in outside demo mode", login.email())
                        .isInstanceOf(AuthenticationException.class);
            }
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(new OrganisationSignInToken(
                "operator", DemoCompanies.OPERATOR_EMAIL, DemoCompanies.PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void emailsAreAsciiWithoutDiacritics() {
        assertThat(DemoCompanies.email("Tilda", "Åberg", "acme.example")).isEqualTo("tilda.aberg@acme.example");
        assertThat(DemoCompanies.email("Maja", "Sjöberg", "acme.example")).isEqualTo("maja.sjoberg@acme.example");
    }

    private void execute(String slug, String sql) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', (select id::text from tenant where slug = '" + slug + "'), false)");
            statement.execute(sql);
        }
    }

    @Test
    void acmesThreeMonthPilotInSalesAndFinanceIsSeededAlsoIntoAnEarlierSeededDatabase() throws Exception {
        seeder.seed();
        // What a database seeded before the rollout feature looks like: no rollout rows at all.
        execute("acme", "delete from pilot_group; delete from rollout_milestone; delete from rollout_phase;"
                + " delete from rollout_plan");
        assertThat(count("acme", "select count(*) from pilot_group")).isZero();
        seeder.seed();
        seeder.seed();
        assertThat(count("acme", "select count(*) from pilot_group where name in ('Försäljning', 'Ekonomi')")).isEqualTo(2);
        assertThat(count("acme", "select count(*) from pilot_group_champion")).isEqualTo(2);
        assertThat(count("acme", "select count(*) from rollout_plan where contact_person_id is not null")).isEqualTo(1);
        assertThat(count("acme", "select count(*) from rollout_phase where phase = 'PILOT'"
                + " and ends_on >= starts_on + interval '3 months' - interval '1 day' and ends_on < current_date")).isEqualTo(1);
        assertThat(count("acme", "select count(*) from rollout_phase where phase = 'ROLLOUT' and starts_on <= current_date"))
                .isEqualTo(1);
        assertThat(count("globex", "select count(*) from pilot_group")).isZero();
    }

    @Test
    void acmesTwoProcessSurveysAreSeededWithAnswersAlsoIntoAnEarlierSeededDatabase() throws Exception {
        seeder.seed();
        // What a database seeded before the surveys feature looks like: no surveys at all.
        execute("acme", "delete from survey");
        seeder.seed();
        seeder.seed();
        assertThat(count("acme", "select count(*) from survey where status = 'CLOSED'")).isEqualTo(2);
        assertThat(count("acme", "select count(distinct survey_id) from survey_answer")).isEqualTo(2);
        assertThat(count("acme", "select count(*) from survey_invitee where in_pilot")).isPositive();
        // the pilot found the process easier to follow than the rest
        assertThat(count("acme", "select count(*) from (select avg(a.scale_value) filter (where i.in_pilot)"
                + " > avg(a.scale_value) filter (where not i.in_pilot) as better from survey_answer a"
                + " join survey_invitee i using (tenant_id, survey_id, person_id) where a.position = 1"
                + " group by a.survey_id) s where better")).isEqualTo(2);
    }

    @Test
    void globexHasAnOpenPulseSurveyAlsoInAnEarlierSeededDatabase() throws Exception {
        seeder.seed();
        // What a database seeded before pulse surveys looks like: Globex had no surveys.
        execute("globex", "delete from survey");
        seeder.seed();
        seeder.seed();
        assertThat(count("globex", "select count(*) from survey where template = 'PULSE' and status = 'OPEN'")).isEqualTo(1);
        assertThat(count("globex", "select count(distinct person_id) from survey_answer")).isPositive();
        assertThat(count("globex", "select count(*) from survey_invitee")
                - count("globex", "select count(distinct person_id) from survey_answer")).as("some have not answered yet")
                .isPositive();
        assertThat(count("acme", "select count(*) from survey where template = 'PULSE'")).isZero();
    }

    @Test
    void acmesPilotGotMoreFeedbackThanTheRestDuringThePilotAlsoInAnEarlierSeededDatabase() throws Exception {
        seeder.seed();
        // What a database seeded before analytics looks like: no marker praise (the rest of its history stays).
        execute("acme", "delete from praise_reaction where praise_id in (select id from praise where body = '"
                + io.kadens.feedback.PilotFeedbackDemoSeed.marker() + "'); delete from praise where body = '"
                + io.kadens.feedback.PilotFeedbackDemoSeed.marker() + "'");
        seeder.seed();
        seeder.seed();
        assertThat(count("acme", "select count(*) from praise where body = '"
                + io.kadens.feedback.PilotFeedbackDemoSeed.marker() + "'")).isEqualTo(1);
        // growth feedback per person received during the pilot: the pilot's people got at least twice the rest's
        assertThat(count("acme", """
                with people as (select e.id, d.name in ('Försäljning', 'Ekonomi') as pilot
                                from employee e join department d on d.tenant_id = e.tenant_id and d.id = e.department_id),
                     pilot_phase as (select starts_on, ends_on from rollout_phase where phase = 'PILOT'),
                     received as (select p.pilot, count(f.id)::numeric / count(distinct p.id) as per_person
                                  from people p cross join pilot_phase w
                                  left join feedback f on f.receiver_id = p.id and f.given_on between w.starts_on and w.ends_on
                                  group by p.pilot)
                select count(*) from received a, received b where a.pilot and not b.pilot and a.per_person > 2 * b.per_person
                """)).isEqualTo(1);
        // varied as real notes are: nobody got the same note on two days of the pilot, so a person's feedback
        // summary shows recurring topics in different words, not one sentence quoted three times (the seeding
        // twice above repeats a day's notes on that same day, as an earlier seeded database would not)
        assertThat(count("acme", """
                select count(*) from (select f.receiver_id, f.body from feedback f, rollout_phase w
                                      where w.phase = 'PILOT' and f.given_on between w.starts_on and w.ends_on
                                      group by f.receiver_id, f.body having count(distinct f.given_on) > 1) repeated
                """)).isZero();
        assertThat(count("globex", "select count(*) from praise where body = '"
                + io.kadens.feedback.PilotFeedbackDemoSeed.marker() + "'")).isZero();
    }

    @Test
    void saraAndEmmaHaveApprovedPlansAndTwoMentorsOptedInAlsoIntoAnEarlierSeededDatabase() throws Exception {
        seeder.seed();
        // What a database seeded before development plans looks like: no plans and no mentoring offers.
        execute("acme", "delete from development_plan; delete from mentor_offer");
        seeder.seed();
        seeder.seed();
        for (String slug : new String[] {"acme", "globex"}) {
            assertThat(count(slug, "select count(*) from development_plan p join employee e on e.tenant_id = p.tenant_id"
                    + " and e.id = p.person_id where p.status = 'APPROVED' and e.email like 'sara.nilsson@%'"
                    + " or p.status = 'APPROVED' and e.email like 'emma.brooks@%'")).as(slug).isEqualTo(1);
            assertThat(count(slug, "select count(distinct person_id) from mentor_offer")).as(slug).isEqualTo(2);
            assertThat(count(slug, "select count(*) from development_action where kind = 'LEARN_FROM_OTHERS'"
                    + " and mentor_id in (select person_id from mentor_offer)")).as(slug).isEqualTo(1);
        }
    }
}
