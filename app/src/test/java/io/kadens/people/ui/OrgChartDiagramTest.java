package io.kadens.people.ui;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.frontend.TreeChart;
import io.kadens.people.OrgChartNode;
import io.kadens.people.PeopleService;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The org chart's picture against real reporting lines: the first view is the top and the level under it,
 * a click loads one manager's reports, the search's path reveals a person, and nobody outside the tenant
 * appears (row-level security) nor does the operator see anyone. Each company: CEO over HR (over the
 * outsider) and the manager (over the employee and the team lead, who leads the member).
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgChartDiagramTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PeopleService people;
    @Autowired
    TestTenants tenants;

    Company acme;
    Company other;

    @BeforeAll
    void companies() {
        acme = tenants.create("orgchart");
        other = tenants.create("orgother");
    }

    private TreeChart<OrgChartNode> chart() {
        return new OrgChartDiagram(people, (key, parameters) -> key + List.of(parameters)).chart();
    }

    private static String id(TestTenants.Person person) {
        return person.id().toString();
    }

    @Test
    void theFirstViewIsTheTopAndTheLevelBelowAndAClickLoadsOneManagersReports() {
        signedIn(as(acme, acme.hrAdmin(), Role.HR_ADMIN), () -> {
            TreeChart<OrgChartNode> chart = chart();
            var root = JSON.readTree(chart.option()).get("series").get(0).get("data").get(0);
            assertThat(root.get("id").asString()).isEqualTo(id(acme.ceo()));
            List<String> level = new java.util.ArrayList<>();
            root.get("children").forEach(node -> level.add(node.get("id").asString()));
            assertThat(level).containsExactlyInAnyOrder(id(acme.hrAdmin()), id(acme.manager()));
            assertThat(chart.nodesShown()).isEqualTo(3);
            assertThat(chart.option()).doesNotContain(id(acme.employee()), id(acme.member()));
            // The tooltip line: title and the counts below the person.
            assertThat(root.get("value").asString()).contains("org-chart.diagram.detail", "2", "6");

            chart.toggle(id(acme.manager()));
            assertThat(chart.nodesShown()).isEqualTo(5);
            assertThat(chart.option()).contains(id(acme.employee()), id(acme.teamLead())).doesNotContain(id(acme.member()));
            return null;
        });
    }

    @Test
    void theSearchPathRevealsAPersonDeepDown() {
        signedIn(as(acme, acme.hrAdmin(), Role.HR_ADMIN), () -> {
            TreeChart<OrgChartNode> chart = chart();
            List<String> path = List.of(id(acme.ceo()), id(acme.manager()), id(acme.teamLead()), id(acme.member()));
            assertThat(chart.reveal(path)).isTrue();
            assertThat(chart.highlightedId()).isEqualTo(id(acme.member()));
            assertThat(chart.option()).contains(id(acme.member()));
            return null;
        });
    }

    @Test
    void anotherTenantsPeopleAreNeitherShownNorRevealed() {
        signedIn(as(acme, acme.hrAdmin(), Role.HR_ADMIN), () -> {
            TreeChart<OrgChartNode> chart = chart();
            assertThat(chart.reveal(List.of(id(other.ceo()), id(other.manager())))).isFalse();
            chart.toggle(id(other.ceo()));
            assertThat(chart.option()).doesNotContain(id(other.ceo()), id(other.manager()));
            return null;
        });
    }

    @Test
    void theOperatorSeesNoOnesOrgChart() {
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), this::chart)).isInstanceOf(AccessDeniedException.class);
    }
}
