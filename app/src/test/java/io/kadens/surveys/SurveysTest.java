package io.kadens.surveys;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.PilotGroupData;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Surveys against PostgreSQL: the process template in both languages, audiences, answering (again), closing,
 * and anonymous results that no filter combination can narrow to one person.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveysTest {

    @Autowired
    Surveys surveys;
    @Autowired
    RolloutPlanning rollout;
    @Autowired
    TestTenants tenants;

    Company a;
    Company b;

    @BeforeAll
    void companies() {
        a = tenants.create("surva");
        b = tenants.create("survb");
    }

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    private void answer(Company company, Person person, UUID survey, int scale, String text) {
        signedIn(as(company, person), () -> {
            surveys.answer(survey, List.of(new Answer(0, scale, null), new Answer(1, scale, null),
                    new Answer(2, scale, null), new Answer(3, null, text)));
            return null;
        });
    }

    private List<Person> everyone(Company company) {
        return List.of(company.ceo(), company.hrAdmin(), company.manager(), company.employee(), company.teamLead(),
                company.member(), company.outsider());
    }

    @Test
    void theProcessTemplateAsksTheStepNineQuestionsInEnglishAndSwedish() {
        UUID id = asAdmin(a, () -> surveys.create(new NewSurvey("Q4 review", SurveyTemplate.PROCESS,
                AudienceKind.EVERYONE, null)));
        Survey survey = asAdmin(a, () -> surveys.survey(id));
        assertThat(survey.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(survey.questions()).extracting(SurveyQuestion::kind)
                .containsExactly(QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.TEXT);
        assertThat(survey.questions().get(0).promptEn()).contains("How much time");
        assertThat(survey.questions().get(1).promptEn()).contains("easy");
        assertThat(survey.questions().get(2).promptEn()).contains("satisfied");
        assertThat(survey.questions().get(0).prompt(Locale.forLanguageTag("sv"))).contains("Hur mycket tid");
        // a draft asks nobody
        assertThat(signedIn(as(a, a.employee()), () -> surveys.mine())).noneMatch(mine -> mine.id().equals(id));
    }

    @Test
    void answeringTwiceKeepsTheLastAnswerAndAClosedSurveyRefusesWithAMessage() {
        UUID id = asAdmin(a, () -> surveys.create(new NewSurvey("Twice", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null)));
        long version = asAdmin(a, () -> surveys.open(id, 0));
        answer(a, a.employee(), id, 2, "first");
        answer(a, a.employee(), id, 5, "second");
        MySurvey mine = signedIn(as(a, a.employee()), () -> surveys.mine()).stream()
                .filter(survey -> survey.id().equals(id)).findFirst().orElseThrow();
        assertThat(mine.myAnswers()).containsExactly(new Answer(0, 5, null), new Answer(1, 5, null),
                new Answer(2, 5, null), new Answer(3, null, "second"));
        assertThat(asAdmin(a, () -> surveys.survey(id)).responded()).isEqualTo(1);
        assertThat(asAdmin(a, () -> surveys.survey(id)).invited()).isEqualTo(7);

        assertThatThrownBy(() -> asAdmin(a, () -> surveys.close(id, version - 1))).isInstanceOf(ConcurrentEditException.class);
        asAdmin(a, () -> surveys.close(id, version));
        assertThatThrownBy(() -> answer(a, a.employee(), id, 1, "too late"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("survey", "surveys.error.closed"));
        MySurvey kept = signedIn(as(a, a.employee()), () -> surveys.mine()).stream()
                .filter(survey -> survey.id().equals(id)).findFirst().orElseThrow();
        assertThat(kept.status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(kept.myAnswers()).contains(new Answer(3, null, "second"));
    }

    @Test
    void badAnswersAreRefusedAndNothingIsWritten() {
        UUID id = asAdmin(a, () -> surveys.create(new NewSurvey("Bad", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null)));
        asAdmin(a, () -> surveys.open(id, 0));
        assertThatThrownBy(() -> signedIn(as(a, a.member()), () -> {
            surveys.answer(id, List.of(new Answer(0, 4, null), new Answer(1, 9, null)));
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldErrors()).containsEntry("answers[1]", "surveys.error.scale"));
        assertThatThrownBy(() -> signedIn(as(a, a.member()), () -> {
            surveys.answer(id, List.of(new Answer(7, 4, null)));
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThat(asAdmin(a, () -> surveys.survey(id)).responded()).isZero();
        assertThatThrownBy(() -> asAdmin(a, () -> surveys.create(new NewSurvey(" ", SurveyTemplate.PROCESS,
                AudienceKind.DEPARTMENT, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldErrors()).containsKeys("title", "audienceId"));
    }

    @Test
    void aDepartmentSurveyAsksOnlyThatDepartmentAndOthersGet404() {
        UUID id = asAdmin(a, () -> surveys.create(new NewSurvey("Support only", SurveyTemplate.PROCESS,
                AudienceKind.DEPARTMENT, a.supportId())));
        asAdmin(a, () -> surveys.open(id, 0));
        assertThat(asAdmin(a, () -> surveys.survey(id)).invited()).isEqualTo(2);
        assertThatThrownBy(() -> answer(a, a.employee(), id, 3, "not asked")).isInstanceOf(ResourceNotFoundException.class);
        answer(a, a.hrAdmin(), id, 3, "asked");
        // another tenant's department is unknown, and so is another tenant's survey
        assertThatThrownBy(() -> asAdmin(a, () -> surveys.create(new NewSurvey("Theirs", SurveyTemplate.PROCESS,
                AudienceKind.DEPARTMENT, b.salesId())))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(b, () -> surveys.results(id, ResultFilter.NONE)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> answer(b, b.hrAdmin(), id, 3, "other tenant")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> signedIn(as(a, a.employee()), () -> surveys.results(id, ResultFilter.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPilotGroupSurveyAsksTheGroupsPeople() {
        Company c = tenants.create("survc");
        UUID group = asAdmin(c, () -> rollout.createGroup(new PilotGroupData("Support pilot", DepartmentKind.SUPPORT,
                Set.of(), Set.of(c.supportId()), Set.of(), Set.of(c.member().id()), Set.of())));
        UUID id = asAdmin(c, () -> surveys.create(new NewSurvey("Pilot", SurveyTemplate.PROCESS,
                AudienceKind.PILOT_GROUP, group)));
        asAdmin(c, () -> surveys.open(id, 0));
        assertThat(asAdmin(c, () -> surveys.survey(id)).invited()).isEqualTo(3);
        assertThat(signedIn(as(c, c.member()), () -> surveys.mine())).extracting(MySurvey::id).contains(id);
        assertThat(signedIn(as(c, c.employee()), () -> surveys.mine())).extracting(MySurvey::id).doesNotContain(id);
    }

    /**
     * Seven people answer; four of the five in Sales are in a pilot group, so Sales × pilot leaves out exactly one
     * person (the member, whose answers stand out). No filter combination may show the member's answers apart.
     */
    @Test
    void noCombinationOfDepartmentAndPilotFiltersIsolatesOnePerson() {
        Company c = tenants.create("survd");
        asAdmin(c, () -> rollout.createGroup(new PilotGroupData("Sales pilot", DepartmentKind.SALES, Set.of(),
                Set.of(), Set.of(), Set.of(c.ceo().id(), c.manager().id(), c.employee().id(), c.teamLead().id()),
                Set.of())));
        UUID id = asAdmin(c, () -> surveys.create(new NewSurvey("Everyone", SurveyTemplate.PROCESS,
                AudienceKind.EVERYONE, null)));
        asAdmin(c, () -> surveys.open(id, 0));
        for (Person person : everyone(c)) {
            boolean target = person.equals(c.member());
            answer(c, person, id, target ? 1 : 5, target ? "only the member writes this" : "fine");
        }

        SurveyResults all = asAdmin(c, () -> surveys.results(id, ResultFilter.NONE));
        assertThat(all.suppressed()).isFalse();
        assertThat(all.threshold()).isEqualTo(3);
        assertThat(all.invited()).isEqualTo(7);
        assertThat(all.responded()).isEqualTo(7);
        assertThat(all.participationRate()).isEqualTo(1.0);
        assertThat(all.questions().getFirst().distribution()).containsExactly(1, 0, 0, 0, 6);

        SurveyResults pilot = asAdmin(c, () -> surveys.results(id, new ResultFilter(null, true)));
        assertThat(pilot.suppressed()).isFalse();
        assertThat(pilot.questions().getFirst().average()).isEqualTo(5.0);
        SurveyResults rest = asAdmin(c, () -> surveys.results(id, new ResultFilter(null, false)));
        assertThat(rest.suppressed()).isFalse();
        assertThat(rest.responded()).isEqualTo(3);

        // Sales × pilot has four answers, above the threshold, but Sales without it would single out the member.
        SurveyResults salesPilot = asAdmin(c, () -> surveys.results(id, new ResultFilter(c.salesId(), true)));
        assertThat(salesPilot.responded()).isEqualTo(4);
        assertThat(salesPilot.suppressed()).isTrue();
        assertThat(salesPilot.questions()).isEmpty();
        // Sales alone leaves out Support's two people, so it is suppressed too; the small cells are suppressed.
        assertThat(asAdmin(c, () -> surveys.results(id, new ResultFilter(c.salesId(), null))).suppressed()).isTrue();
        assertThat(asAdmin(c, () -> surveys.results(id, new ResultFilter(c.salesId(), false))).suppressed()).isTrue();
        assertThat(asAdmin(c, () -> surveys.results(id, new ResultFilter(c.supportId(), null))).suppressed()).isTrue();
        SurveyResults supportRest = asAdmin(c, () -> surveys.results(id, new ResultFilter(c.supportId(), false)));
        assertThat(supportRest.suppressed()).isTrue();
        assertThat(supportRest.invited()).as("participation of fewer than the threshold is hidden").isNull();

        // Whatever the filters, two shown groups never differ by fewer than the threshold of people, and the
        // member's comment shows only among at least the threshold of others' answers.
        List<ResultFilter> filters = new ArrayList<>();
        for (UUID department : new UUID[] {null, c.salesId(), c.supportId()}) {
            for (Boolean inPilot : new Boolean[] {null, true, false}) {
                filters.add(new ResultFilter(department, inPilot));
            }
        }
        List<SurveyResults> shown = filters.stream().map(filter -> asAdmin(c, () -> surveys.results(id, filter)))
                .filter(result -> !result.suppressed()).toList();
        assertThat(shown).isNotEmpty();
        for (SurveyResults wide : shown) {
            assertThat(wide.responded()).isGreaterThanOrEqualTo(3);
            int ones = wide.questions().getFirst().distribution().getFirst();
            if (ones > 0) {
                assertThat(wide.responded()).isGreaterThanOrEqualTo(3);
                assertThat(wide.questions().getLast().texts()).contains("only the member writes this");
            }
            for (SurveyResults narrow : shown) {
                boolean narrower = narrow != wide
                        && (wide.filter().departmentId() == null || wide.filter().departmentId().equals(narrow.filter().departmentId()))
                        && (wide.filter().pilot() == null || wide.filter().pilot().equals(narrow.filter().pilot()));
                if (narrower) {
                    int difference = wide.responded() - narrow.responded();
                    assertThat(difference).as("%s against %s", narrow.filter(), wide.filter())
                            .satisfiesAnyOf(d -> assertThat(d).isZero(), d -> assertThat(d).isGreaterThanOrEqualTo(3));
                }
            }
        }
    }
}
