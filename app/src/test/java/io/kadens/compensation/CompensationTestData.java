package io.kadens.compensation;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pay data of a test company: a job family "Family of &lt;slug&gt;" with two levels, everyone on the lower one, a
 * range of 40,000–50,000–60,000 SEK on it, and a salary for everyone (the employee earns 45,000, so their
 * compa-ratio is 0.9). For the pay tests, the isolation suite and the role matrix.
 */
@Component
public class CompensationTestData {

    public static final BigDecimal EMPLOYEE_SALARY = new BigDecimal("45000.00");

    private final PayData pay;
    private final CompensationCycles cycles;
    private final CompensationProposals proposals;
    private final io.kadens.reviews.ReviewsTestData reviews;
    private final OrganisationStructure structure;
    private final DSLContext db;
    private final TransactionTemplate transactions;

    CompensationTestData(PayData pay, CompensationCycles cycles, CompensationProposals proposals,
                         io.kadens.reviews.ReviewsTestData reviews, OrganisationStructure structure, DSLContext db,
                         PlatformTransactionManager transactionManager) {
        this.pay = pay;
        this.cycles = cycles;
        this.proposals = proposals;
        this.reviews = reviews;
        this.structure = structure;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public record Seeded(UUID jobFamilyId, UUID lowerLevelId, UUID upperLevelId) {
    }

    public Seeded seed(Company company) {
        return signedIn(as(company, company.hrAdmin()), () -> {
            UUID family = structure.createJobFamily("Family of " + company.slug(), List.of("Associate", "Senior"));
            List<JobFamily.JobLevel> levels = structure.jobFamilies().stream().filter(f -> f.id().equals(family))
                    .findFirst().orElseThrow().levels();
            UUID lower = levels.get(0).id();
            UUID upper = levels.get(1).id();
            TenantScope.run(company.id(), () -> transactions.executeWithoutResult(status ->
                    db.update(EMPLOYEE).set(EMPLOYEE.JOB_FAMILY_ID, family).set(EMPLOYEE.JOB_LEVEL_ID, lower).execute()));
            pay.setRange(lower, "SEK", new BigDecimal("40000"), new BigDecimal("50000"), new BigDecimal("60000"), 0);
            pay.setRange(upper, "SEK", new BigDecimal("55000"), new BigDecimal("65000"), new BigDecimal("75000"), 0);
            int step = 0;
            for (Person person : List.of(company.ceo(), company.hrAdmin(), company.manager(), company.teamLead(),
                    company.member(), company.outsider())) {
                pay.setSalary(person.id(), new BigDecimal(48000 + 1000 * step++), "SEK", 0);
            }
            pay.setSalary(company.employee().id(), EMPLOYEE_SALARY, "SEK", 0);
            return new Seeded(family, lower, upper);
        });
    }

    /** Pay data, and a compensation cycle named after the slug with a Sales budget and the manager's proposal for the employee. */
    public record SeededCycle(Seeded pay, UUID reviewCycleId, UUID cycleId) {
    }

    public SeededCycle seedCycle(Company company) {
        Seeded seeded = seed(company);
        UUID reviewCycle = reviews.seed(company).cycle();
        CompensationCycle cycle = signedIn(as(company, company.hrAdmin()), () -> {
            CompensationCycle created = cycles.create("Raises of " + company.slug(), reviewCycle,
                    java.time.LocalDate.of(2027, 4, 1), "SEK");
            cycles.setBudget(created.id(), company.salesId(), DepartmentBudget.Kind.AMOUNT, new BigDecimal("5000"), 0);
            return created;
        });
        signedIn(as(company, company.manager()), () -> proposals.save(cycle.id(), company.employee().id(),
                new BigDecimal("46000"), null, "Proposal of " + company.slug(), 0));
        return new SeededCycle(seeded, reviewCycle, cycle.id());
    }
}
