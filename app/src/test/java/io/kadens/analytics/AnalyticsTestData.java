package io.kadens.analytics;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.feedback.Feedback;
import io.kadens.feedback.NewFeedback;
import io.kadens.feedback.NewPraise;
import io.kadens.feedback.PraiseFeed;
import io.kadens.people.NewPerson;
import io.kadens.people.PeopleAdministration;
import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.PhaseDates;
import io.kadens.rollout.PilotGroupData;
import io.kadens.rollout.RolloutPhase;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analytics figures in a test company (threshold 3): the Sales department (five people) is the pilot; a Finance
 * department of three and Support's two are the rest. Sales' employee got three pieces of growth feedback from
 * their manager this month, Sales' member and a Finance person one praise each. Texts name the company's slug.
 */
@Component
public class AnalyticsTestData {

    private final PeopleAdministration people;
    private final RolloutPlanning planning;
    private final Feedback feedback;
    private final PraiseFeed praise;
    private final TransactionTemplate transactions;

    AnalyticsTestData(PeopleAdministration people, RolloutPlanning planning, Feedback feedback, PraiseFeed praise,
                      PlatformTransactionManager transactionManager) {
        this.people = people;
        this.planning = planning;
        this.feedback = feedback;
        this.praise = praise;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** @param finance Finance's department and its three people */
    public record Seeded(UUID pilotGroup, UUID finance, List<UUID> financePeople) {
    }

    public Seeded seed(Company company) {
        UUID finance = TenantScope.call(company.id(), () -> transactions.execute(status ->
                people.createDepartment(company.slug() + " Finance", null)));
        List<UUID> financePeople = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            financePeople.add(TenantScope.call(company.id(), () -> transactions.execute(status -> people.addPerson(
                    new NewPerson("Fin" + n, "Finance" + company.slug(), "fin" + n + "@" + company.slug() + ".test",
                            "Accountant", finance, company.ceo().id(), "Stockholm", null, LocalDate.of(2021, 3, 1),
                            null)))));
        }
        UUID group = signedIn(as(company, company.hrAdmin()), () -> {
            LocalDate today = TestTenants.today();
            planning.setPhases(List.of(new PhaseDates(RolloutPhase.PILOT, today.minusMonths(1), today.plusMonths(2))),
                    planning.plan().version());
            return planning.createGroup(new PilotGroupData("Analytics pilot of " + company.slug(), DepartmentKind.SALES,
                    Set.of(), Set.of(company.salesId()), Set.of(), Set.of(), Set.of()));
        });
        for (int i = 0; i < 3; i++) {
            int n = i;
            signedIn(as(company, company.manager()), () -> feedback.give(new NewFeedback(company.employee().id(),
                    "Growth " + n + " of " + company.slug(), null, null, null, false)));
        }
        signedIn(as(company, company.teamLead()), () -> praise.give(new NewPraise(company.member().id(),
                "Praise of " + company.slug())));
        signedIn(as(company, company.teamLead()), () -> praise.give(new NewPraise(financePeople.get(0),
                "Praise for finance of " + company.slug())));
        return new Seeded(group, finance, financePeople);
    }
}
