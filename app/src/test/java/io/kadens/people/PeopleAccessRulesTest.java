package io.kadens.people;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who sees which profile fields: the role matrix of the foundation. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAccessRulesTest {

    @Autowired
    PeopleService people;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    TestTenants tenants;

    Company c;

    @BeforeAll
    void company() {
        c = tenants.create("access");
    }

    private boolean seesPrivate(Authentication viewer, Person subject) {
        return signedIn(viewer, () -> people.profile(subject.id())).orElseThrow().privateDetails().isPresent();
    }

    @Test
    void everyoneSeesTheDirectoryFieldsOfColleagues() {
        var profile = signedIn(as(c, c.employee()), () -> people.profile(c.outsider().id())).orElseThrow();
        assertThat(profile.person().email()).isEqualTo(c.outsider().email());
        assertThat(profile.person().managerName()).contains("Hradmin");
    }

    @Test
    void privateFieldsFollowTheRoleMatrix() {
        // person themself
        assertThat(seesPrivate(as(c, c.employee()), c.employee())).isTrue();
        // a peer or someone elsewhere in the company
        assertThat(seesPrivate(as(c, c.employee()), c.teamLead())).isFalse();
        assertThat(seesPrivate(as(c, c.employee()), c.outsider())).isFalse();
        // upwards: a report never sees their manager's private fields
        assertThat(seesPrivate(as(c, c.employee()), c.manager())).isFalse();
        // manager: direct and indirect reports, but not peers of the manager
        assertThat(seesPrivate(as(c, c.manager()), c.employee())).isTrue();
        assertThat(seesPrivate(as(c, c.manager()), c.member())).isTrue();
        assertThat(seesPrivate(as(c, c.manager()), c.hrAdmin())).isFalse();
        assertThat(seesPrivate(as(c, c.teamLead()), c.member())).isTrue();
        assertThat(seesPrivate(as(c, c.teamLead()), c.employee())).isFalse();
        // the top of the chain sees everyone below
        assertThat(seesPrivate(as(c, c.ceo()), c.member())).isTrue();
        // HR admin sees the whole tenant
        assertThat(seesPrivate(as(c, c.hrAdmin()), c.member())).isTrue();
        assertThat(seesPrivate(as(c, c.hrAdmin()), c.ceo())).isTrue();
    }

    @Test
    void aProfileShowsTheReportingLineNearestManagerFirstAndTheDirectReports() {
        var member = signedIn(as(c, c.employee()), () -> people.profile(c.member().id())).orElseThrow();
        assertThat(member.reportingLine()).extracting(DirectoryEntry::id)
                .containsExactly(c.teamLead().id(), c.manager().id(), c.ceo().id());
        var ceo = signedIn(as(c, c.employee()), () -> people.profile(c.ceo().id())).orElseThrow();
        assertThat(ceo.reportingLine()).isEmpty();
        assertThat(ceo.directReports()).extracting(DirectoryEntry::id)
                .containsExactlyInAnyOrder(c.hrAdmin().id(), c.manager().id());
    }

    @Test
    void theOperatorSeesNoOne() {
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> people.search("")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> people.profile(c.employee().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInSeesNothing() {
        assertThatThrownBy(() -> people.search("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyHrAdminsAddPeople() {
        var newcomer = new NewPerson("New", "Comer", "new.comer." + UUID.randomUUID() + "@access.test", null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> administration.addPerson(newcomer)))
                .isInstanceOf(AccessDeniedException.class);
        UUID id = signedIn(as(c, c.hrAdmin()), () -> administration.addPerson(newcomer));
        assertThat(signedIn(as(c, c.employee()), () -> people.find(id))).isPresent();
    }

    @Test
    void theHomeOverviewShowsManagerTeamReportsAndDepartment() {
        HomeOverview employee = signedIn(as(c, c.employee()), () -> people.homeOverview());
        assertThat(employee.manager()).map(DirectoryEntry::id).contains(c.manager().id());
        assertThat(employee.peers()).extracting(DirectoryEntry::id).containsExactly(c.teamLead().id());
        assertThat(employee.directReports()).isEmpty();
        assertThat(employee.department()).map(DepartmentHeadcount::departmentId).contains(c.salesId());

        HomeOverview manager = signedIn(as(c, c.manager()), () -> people.homeOverview());
        assertThat(manager.directReports()).extracting(DirectoryEntry::id)
                .containsExactlyInAnyOrder(c.employee().id(), c.teamLead().id());
    }

    @Test
    void searchMatchesEveryWordAcrossNameEmailTitleAndDepartment() {
        var hits = signedIn(as(c, c.employee()), () -> people.search("member access"));
        assertThat(hits).extracting(DirectoryEntry::id).containsExactly(c.member().id());
        assertThat(signedIn(as(c, c.employee()), () -> people.search("%"))).isEmpty();
        assertThat(signedIn(as(c, c.employee()), () -> people.search("access Support")))
                .extracting(DirectoryEntry::id).contains(c.hrAdmin().id(), c.outsider().id())
                .doesNotContain(c.employee().id());
    }

    @Test
    void aPersonsLanguageChoiceIsKeptForTheirNextSignIn() {
        signedIn(as(c, c.member()), () -> {
            people.setMyLanguage("sv");
            return null;
        });
        var details = signedIn(as(c, c.member()), () -> people.profile(c.member().id())).orElseThrow().privateDetails();
        assertThat(details).map(PrivateDetails::preferredLocale).contains("sv");
        assertThatThrownBy(() -> signedIn(as(c, c.member()), () -> {
            people.setMyLanguage("de");
            return null;
        })).hasMessage("person.locale.invalid");
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> {
            people.setMyLanguage("sv");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDirectoryCanBeNarrowedToOneDepartment() {
        var support = signedIn(as(c, c.employee()), () -> people.search("", c.supportId()));
        assertThat(support).extracting(DirectoryEntry::id).containsExactlyInAnyOrder(c.hrAdmin().id(), c.outsider().id());
        var salesLeads = signedIn(as(c, c.employee()), () -> people.search("lead", c.salesId()));
        assertThat(salesLeads).extracting(DirectoryEntry::id).containsExactly(c.teamLead().id());
    }

    @Test
    void badInputIsRefusedWithAKeyThatNamesTheProblem() {
        assertThatThrownBy(() -> new NewPerson("", "X", "x@y.se", null, null, null, null, null, null, null))
                .hasMessage("person.name.required");
        assertThatThrownBy(() -> new NewPerson("A", "B", "not-an-email", null, null, null, null, null, null, null))
                .hasMessage("person.email.invalid");
        var duplicate = new NewPerson("Again", "Person", c.employee().email(), null, null, null, null, null, null, null);
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> administration.addPerson(duplicate)))
                .hasMessage("person.email.taken");
    }
}
