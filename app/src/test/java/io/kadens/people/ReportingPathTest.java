package io.kadens.people;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stored reporting path (V141) that answers "is A above B" and the manager chain in one read: it follows
 * every change of a manager, down every level below the person who moved, and always equals the chain
 * walked one manager at a time.
 */
@KadensSpringTest
class ReportingPathTest {

    @Autowired
    OrgFacts facts;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    TestTenants tenants;

    /** The chain walked one manager_id at a time, nearest first: what the stored path must equal. */
    private List<UUID> walkedChain(UUID personId) {
        List<UUID> chain = new ArrayList<>();
        UUID next = facts.person(personId).orElseThrow().managerId();
        while (next != null) {
            chain.add(next);
            next = facts.person(next).orElseThrow().managerId();
        }
        return chain;
    }

    private void moveUnder(Company c, UUID personId, UUID newManager) {
        signedIn(as(c, c.hrAdmin()), () -> {
            EditablePerson person = administration.editable(personId).orElseThrow();
            administration.update(personId, person.fields().withManager(newManager), person.version());
            return null;
        });
    }

    @Test
    void movingAManagerMovesEveryoneBelowThemAndTheChecksFollow() {
        Company c = tenants.create("reportpath");
        // A level below the member, so the move below reaches three levels down.
        UUID intern = signedIn(as(c, c.hrAdmin()), () -> administration.addPerson(new NewPerson("Ivy", "Intern",
                "ivy.intern@reportpath.test", "Intern", c.salesId(), c.member().id(), null, null,
                LocalDate.of(2025, 9, 1), null)));
        TenantScope.call(c.id(), () -> {
            assertThat(facts.managerChain(intern))
                    .containsExactly(c.member().id(), c.teamLead().id(), c.manager().id(), c.ceo().id());
            assertThat(facts.isAbove(c.manager().id(), intern)).isTrue();
            return null;
        });

        // The team lead (with the member and the intern below) moves from the manager to the HR admin.
        moveUnder(c, c.teamLead().id(), c.hrAdmin().id());

        TenantScope.call(c.id(), () -> {
            for (UUID person : List.of(c.teamLead().id(), c.member().id(), intern, c.employee().id(), c.ceo().id())) {
                assertThat(facts.managerChain(person)).as("chain of %s", person).isEqualTo(walkedChain(person));
            }
            assertThat(facts.managerChain(intern)).contains(c.hrAdmin().id()).doesNotContain(c.manager().id());
            assertThat(facts.isAbove(c.manager().id(), intern)).isFalse();
            assertThat(facts.isAbove(c.hrAdmin().id(), intern)).isTrue();
            assertThat(facts.isAbove(c.ceo().id(), intern)).as("the HR admin reports to the CEO").isEqualTo(
                    walkedChain(c.hrAdmin().id()).contains(c.ceo().id()));
            return null;
        });
    }

    @Test
    void anotherTenantsPathsAreNotVisible() {
        Company c = tenants.create("reportpatha");
        Company other = tenants.create("reportpathb");
        assertThat(TenantScope.call(other.id(), () -> facts.isAbove(c.ceo().id(), c.member().id()))).isFalse();
        assertThat(TenantScope.call(other.id(), () -> facts.managerChain(c.member().id()))).isEmpty();
    }
}
