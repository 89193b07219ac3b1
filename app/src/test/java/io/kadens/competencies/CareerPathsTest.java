package io.kadens.competencies;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Career paths: next levels and lateral moves with competency deltas; target roles and who sees them. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareerPathsTest {

    @Autowired
    CareerPaths careers;
    @Autowired
    CompetencyTestData data;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    TestTenants tenants;
    @Autowired
    MockMvc mvc;

    Company a;
    Company b;
    CompetencyTestData.Seeded aSeeds;
    CompetencyTestData.Seeded bSeeds;
    UUID designLead;

    @BeforeAll
    void companies() {
        a = tenants.create("careera");
        b = tenants.create("careerb");
        aSeeds = data.seed(a);
        bSeeds = data.seed(b);
        designLead = as(a.hrAdmin(), () -> {
            UUID family = structure.createJobFamily("Design " + a.slug(), List.of("Designer", "Design lead"));
            return structure.jobFamilies().stream().filter(f -> f.id().equals(family)).findFirst().orElseThrow()
                    .levels().get(1).id();
        });
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(a, person), work);
    }

    @Test
    void eachLevelLeadsToTheNextWithItsCompetencyDeltas() {
        List<CareerStep> steps = as(a.employee(), () -> careers.stepsFrom(aSeeds.juniorLevel()));
        assertThat(steps).hasSize(1);
        CareerStep next = steps.getFirst();
        assertThat(next.kind()).isEqualTo(CareerStep.Kind.NEXT_LEVEL);
        assertThat(next.toLevelId()).isEqualTo(aSeeds.seniorLevel());
        assertThat(next.deltas()).extracting(CareerStep.Delta::competencyId, CareerStep.Delta::from, CareerStep.Delta::to)
                .startsWith(org.assertj.core.groups.Tuple.tuple(aSeeds.coreCompetency(), 2, 4));
        assertThat(next.deltas().getFirst().change()).isEqualTo(2);
        assertThat(as(a.employee(), () -> careers.myLevel())).contains(aSeeds.juniorLevel());
        assertThatThrownBy(() -> as(a.employee(), () -> careers.stepsFrom(bSeeds.juniorLevel())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void hrAddsLateralMovesToOtherFamiliesOnly() {
        assertThatThrownBy(() -> as(a.manager(), () -> careers.addLateralMove(aSeeds.seniorLevel(), designLead)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(a.hrAdmin(), () -> careers.addLateralMove(aSeeds.juniorLevel(), aSeeds.seniorLevel())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("toLevelId", "careers.move.same-family"));
        assertThatThrownBy(() -> as(a.hrAdmin(), () -> careers.addLateralMove(aSeeds.seniorLevel(), bSeeds.seniorLevel())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> as(a.hrAdmin(), () -> careers.addLateralMove(aSeeds.seniorLevel(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("toLevelId", "careers.level.unknown"));
        UUID move = as(a.hrAdmin(), () -> careers.addLateralMove(aSeeds.seniorLevel(), designLead));
        assertThatThrownBy(() -> as(a.hrAdmin(), () -> careers.addLateralMove(aSeeds.seniorLevel(), designLead)))
                .isInstanceOf(InvalidInputException.class);
        List<CareerStep> fromSenior = as(a.employee(), () -> careers.stepsFrom(aSeeds.seniorLevel()));
        assertThat(fromSenior).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(CareerStep.Kind.LATERAL);
            assertThat(step.moveId()).isEqualTo(move);
            assertThat(step.toLevelId()).isEqualTo(designLead);
            // Nothing is expected of the design lead yet: every expectation of the senior level falls away.
            assertThat(step.deltas()).allSatisfy(d -> assertThat(d.to()).isNull());
        });
        assertThat(signedIn(TestTenants.as(b, b.hrAdmin()), () -> careers.lateralMoves())).isEmpty();
        assertThatThrownBy(() -> signedIn(TestTenants.as(b, b.hrAdmin()), () -> {
            careers.removeLateralMove(move);
            return null;
        })).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aTargetRoleIsSeenByThePersonTheirManagersAndHrOnly() {
        Company c = tenants.create("careertarget");
        CompetencyTestData.Seeded seeds = data.framework(c);
        UUID employee = c.employee().id();
        signedIn(TestTenants.as(c, c.employee()), () -> {
            careers.setMyTarget(seeds.seniorLevel(), -1);
            return null;
        });
        for (Person viewer : List.of(c.employee(), c.manager(), c.ceo(), c.hrAdmin())) {
            assertThat(signedIn(TestTenants.as(c, viewer), () -> careers.target(employee)))
                    .as(viewer.familyName()).map(TargetRole::jobLevelId).contains(seeds.seniorLevel());
        }
        assertThatThrownBy(() -> signedIn(TestTenants.as(c, c.teamLead()), () -> careers.target(employee)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.as(c, c.employee()), () -> {
            careers.setMyTarget(seeds.juniorLevel(), -1);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.as(c, c.employee()), () -> {
            careers.setMyTarget(bSeeds.seniorLevel(), 0);
            return null;
        })).isInstanceOf(InvalidInputException.class);
        signedIn(TestTenants.as(c, c.employee()), () -> {
            careers.setMyTarget(seeds.juniorLevel(), 0);
            careers.clearMyTarget(1);
            return null;
        });
        assertThat(signedIn(TestTenants.as(c, c.manager()), () -> careers.target(employee))).isEmpty();
    }

    @Test
    void overRestTheTargetRoleAndPathsFollowTheSameRules() throws Exception {
        MockHttpServletResponse steps = mvc.perform(get("/api/v1/career-paths")
                .with(authentication(TestTenants.as(a, a.employee())))).andReturn().getResponse();
        assertThat(steps.getStatus()).isEqualTo(200);
        assertThat(steps.getContentAsString()).contains("NEXT_LEVEL", aSeeds.seniorLevel().toString());
        assertThat(mvc.perform(put("/api/v1/career-paths/target").with(csrf())
                        .with(authentication(TestTenants.as(a, a.member()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jobLevelId\":\"" + aSeeds.seniorLevel() + "\",\"version\":-1}"))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        String url = "/api/v1/career-paths/target?personId=" + a.member().id();
        assertThat(mvc.perform(get(url).with(authentication(TestTenants.as(a, a.teamLead()))))
                .andReturn().getResponse().getContentAsString()).contains(aSeeds.seniorLevel().toString());
        assertThat(mvc.perform(get(url).with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse deltas = mvc.perform(get("/api/v1/career-paths/deltas?toLevelId=" + aSeeds.seniorLevel()
                + "&fromLevelId=" + aSeeds.juniorLevel()).with(authentication(TestTenants.as(a, a.employee()))))
                .andReturn().getResponse();
        assertThat(deltas.getContentAsString()).contains("\"from\":2", "\"to\":4");
    }
}
