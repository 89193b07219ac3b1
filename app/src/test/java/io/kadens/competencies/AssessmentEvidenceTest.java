package io.kadens.competencies;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.feedback.Feedback;
import io.kadens.feedback.NewFeedback;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment form's evidence picker offers the assessed person's goals, feedback received and 1:1 check-ins
 * that the assessor may see, and what it offers is accepted as evidence; nobody else is offered anything.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentEvidenceTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    CompetencyTestData data;
    @Autowired
    io.kadens.goals.GoalsTestData goalsData;
    @Autowired
    io.kadens.oneonones.OneOnOneTestData oneOnOneData;
    @Autowired
    AssessmentEvidence evidence;
    @Autowired
    Assessments assessments;
    @Autowired
    Feedback feedback;

    Company a;
    Company b;
    CompetencyTestData.Seeded seeds;
    UUID goal;
    UUID checkIn;
    UUID praise;

    @BeforeAll
    void companies() {
        a = tenants.create("aeva");
        b = tenants.create("aevb");
        seeds = data.seed(a);
        goal = goalsData.seed(a).goal();
        checkIn = oneOnOneData.seed(a).checkIn();
        praise = signedIn(as(a, a.manager()), () -> feedback.give(new NewFeedback(a.employee().id(),
                "Your release notes of " + a.slug() + " were the clearest yet", null, null, null, false))).id();
        data.seed(b);
    }

    private static List<UUID> ids(List<EvidenceOption> options, String type) {
        return options.stream().filter(o -> o.type().equals(type)).map(EvidenceOption::id).toList();
    }

    @Test
    void theManagerAndThePersonAreOfferedGoalsFeedbackAndCheckInsAndMayCiteThem() {
        List<EvidenceOption> forManager = signedIn(as(a, a.manager()), () -> evidence.options(a.employee().id()));
        assertThat(ids(forManager, EvidenceOption.GOAL)).contains(goal);
        assertThat(ids(forManager, EvidenceOption.FEEDBACK)).contains(praise);
        assertThat(ids(forManager, EvidenceOption.CHECK_IN)).contains(checkIn);
        assertThat(forManager).filteredOn(o -> o.id().equals(praise)).first()
                .satisfies(o -> assertThat(o.label()).contains("release notes of " + a.slug()));

        Evidence cited = new Evidence(ids(forManager, EvidenceOption.GOAL), ids(forManager, EvidenceOption.FEEDBACK),
                ids(forManager, EvidenceOption.CHECK_IN));
        UUID assessment = signedIn(as(a, a.manager()), () -> assessments.record(a.employee().id(),
                AssessmentKind.MANAGER, List.of(new Rating(seeds.coreCompetency(), 3, "Clear writer", cited))));
        Rating stored = signedIn(as(a, a.manager()), () -> assessments.assessment(assessment)).orElseThrow()
                .ratings().getFirst();
        assertThat(stored.evidence().goalIds()).contains(goal);
        assertThat(stored.evidence().feedbackIds()).contains(praise);
        assertThat(stored.evidence().checkInIds()).contains(checkIn);

        List<EvidenceOption> forSelf = signedIn(as(a, a.employee()), () -> evidence.options(a.employee().id()));
        assertThat(ids(forSelf, EvidenceOption.GOAL)).contains(goal);
        assertThat(ids(forSelf, EvidenceOption.FEEDBACK)).contains(praise);
        assertThat(ids(forSelf, EvidenceOption.CHECK_IN)).contains(checkIn);
    }

    @Test
    void nobodyElseIsOfferedAnythingNorAnotherCompanysPeople() {
        for (TestTenants.Person other : List.of(a.member(), a.hrAdmin(), a.outsider())) {
            assertThatThrownBy(() -> signedIn(as(a, other), () -> evidence.options(a.employee().id())))
                    .as(other.givenName()).isInstanceOf(ResourceNotFoundException.class);
        }
        assertThatThrownBy(() -> signedIn(as(a, a.manager()), () -> evidence.options(b.employee().id())))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
