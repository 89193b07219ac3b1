package io.kadens.surveys;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.PilotGroupData;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Free-text survey answers summarised by the offline summariser: themes quote only answers of a group that meets
 * the anonymity threshold, by group label; a suppressed group gets no summary and no quote.
 */
@KadensSpringTest
class SurveyTextSummaryTest {

    @Autowired
    Surveys surveys;
    @Autowired
    RolloutPlanning rollout;
    @Autowired
    TestTenants tenants;

    private static final List<String> COMMENTS = List.of(
            "The check-in meetings run far too long and eat my afternoon.",
            "Our meetings are too long and there are too many of them.",
            "Long meetings every week leave little time for real work.",
            "Setting goals together with my manager was really helpful.",
            "The new goals made priorities clear and helpful for the team.",
            "I liked how clear and helpful the goal setting was.",
            "Only the member writes this sentence about the parking garage.");

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    @Test
    void aGroupAtTheThresholdGetsThemesCitingItsAnswersAndASuppressedGroupGetsNothing() {
        Company c = tenants.create("survsum");
        asAdmin(c, () -> rollout.createGroup(new PilotGroupData("Sales pilot", DepartmentKind.SALES, Set.of(),
                Set.of(), Set.of(), Set.of(c.ceo().id(), c.manager().id(), c.employee().id(), c.teamLead().id()),
                Set.of())));
        UUID id = asAdmin(c, () -> surveys.create(new NewSurvey("Comments", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null)));
        asAdmin(c, () -> surveys.open(id, 0));
        List<Person> people = List.of(c.ceo(), c.hrAdmin(), c.manager(), c.employee(), c.teamLead(), c.outsider(),
                c.member());
        for (int i = 0; i < people.size(); i++) {
            String comment = COMMENTS.get(i);
            signedIn(as(c, people.get(i)), () -> {
                surveys.answer(id, List.of(new Answer(0, 3, null), new Answer(3, null, comment)));
                return null;
            });
        }

        SurveyTextSummary everyone = asAdmin(c, () -> surveys.textSummary(id, null, ResultFilter.NONE, 3, "en"));
        assertThat(everyone.suppressed()).isFalse();
        assertThat(everyone.answers()).isEqualTo(7);
        assertThat(everyone.mode()).isEqualTo("OFFLINE");
        assertThat(everyone.themes()).isNotEmpty();
        List<String> labels = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7");
        assertThat(everyone.themes()).flatExtracting(SurveyTextSummary.SummaryTheme::quotes).isNotEmpty()
                .allSatisfy(quote -> {
                    assertThat(labels).contains(quote.answer());
                    assertThat(COMMENTS).anySatisfy(comment -> assertThat(comment).contains(quote.text()));
                });

        // Sales × pilot holds four answers but would single out the member against Sales: no summary, no quote.
        SurveyTextSummary salesPilot = asAdmin(c, () -> surveys.textSummary(id, null,
                new ResultFilter(c.salesId(), true), 3, "en"));
        assertThat(salesPilot.suppressed()).isTrue();
        assertThat(salesPilot.themes()).isEmpty();
        assertThat(salesPilot.answers()).isZero();
        SurveyTextSummary support = asAdmin(c, () -> surveys.textSummary(id, null,
                new ResultFilter(c.supportId(), null), 3, "sv"));
        assertThat(support.suppressed()).isTrue();
        assertThat(support.themes()).isEmpty();
    }
}
