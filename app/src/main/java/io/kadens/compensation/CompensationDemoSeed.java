package io.kadens.compensation;

import io.kadens.people.Department;
import io.kadens.people.JobFamily;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrganisationStructure;
import io.kadens.reviews.ReviewsDemoSeed;
import io.kadens.settings.TenantSettingsService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acme's pay data and a compensation cycle over its closed semi-annual review cycle: a range per job level, a
 * salary for everyone, a merit matrix and a budget of 3 % of payroll per department. Works before any final rating
 * exists (the guideline then waits for one), and fills a database seeded earlier: ranges and salaries are added
 * where missing, the cycle once. Salaries answer only to an HR admin (V174), so the seed acts as Acme's first HR
 * admin for its one transaction.
 */
@Component
public class CompensationDemoSeed {

    static final BigDecimal BUDGET_PERCENT = new BigDecimal("3.00");
    /** Guideline raise in percent per final rating 1..5 in the middle band; one point more below, one less above. */
    static final BigDecimal[] MID_GUIDELINE = {BigDecimal.ZERO, new BigDecimal("1.50"), new BigDecimal("2.50"),
            new BigDecimal("3.50"), new BigDecimal("4.50")};

    private final PayRepository pay;
    private final CompensationRepository repository;
    private final OrgFacts org;
    private final OrganisationStructure structure;
    private final ReviewsDemoSeed reviews;
    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final TenantSettingsService settings;
    private final Clock clock;

    CompensationDemoSeed(PayRepository pay, CompensationRepository repository, OrgFacts org,
                         OrganisationStructure structure, ReviewsDemoSeed reviews, DSLContext db,
                         PlatformTransactionManager transactionManager, TenantSettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.pay = pay;
        this.repository = repository;
        this.org = org;
        this.structure = structure;
        this.reviews = reviews;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds the bound tenant ("acme" only) where its pay data or cycle is missing; true when it added something. */
    public boolean seedIfMissing(String slug) {
        if (!"acme".equals(slug)) {
            return false;
        }
        Optional<UUID> closedReviewCycle = reviews.closedCycle(io.kadens.reviews.CycleKind.SEMI_ANNUAL);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<UUID> hrAdmin = org.hrAdmins().stream().sorted().findFirst();
            if (hrAdmin.isEmpty()) {
                return false;
            }
            db.execute("select set_config('app.person_id', {0}, true)", DSL.val(hrAdmin.get().toString()));
            boolean added = seedRanges() | seedSalaries();
            if (closedReviewCycle.isPresent() && repository.cycles().isEmpty()) {
                seedCycle(closedReviewCycle.get());
                added = true;
            }
            return added;
        }));
    }

    private boolean seedRanges() {
        Map<UUID, PayRange> existing = pay.rangesByLevel();
        boolean added = false;
        for (JobFamily family : structure.jobFamilies()) {
            for (int rung = 0; rung < family.levels().size(); rung++) {
                UUID level = family.levels().get(rung).id();
                if (existing.containsKey(level)) {
                    continue;
                }
                BigDecimal min = BigDecimal.valueOf(32_000L + 7_000L * rung);
                BigDecimal mid = round(min.multiply(new BigDecimal("1.2")));
                BigDecimal max = round(min.multiply(new BigDecimal("1.4")));
                pay.saveRange(new PayRange(family.id(), level, "SEK", min, mid, max, 0), 0);
                added = true;
            }
        }
        return added;
    }

    private boolean seedSalaries() {
        Set<UUID> everyone = new HashSet<>();
        org.activeReportingLines().forEach(line -> {
            everyone.add(line.managerId());
            everyone.add(line.reportId());
        });
        Set<UUID> paid = pay.salaries(everyone).keySet();
        Map<UUID, JobPosition> positions = org.jobPositions(everyone);
        Map<UUID, PayRange> ranges = pay.rangesByLevel();
        UUID sara = org.personNamed("Sara", "Nilsson").map(OrgPerson::id).orElse(null);
        boolean added = false;
        for (UUID person : everyone.stream().sorted().toList()) {
            if (paid.contains(person)) {
                continue;
            }
            JobPosition position = positions.get(person);
            PayRange range = position == null || position.jobLevelId() == null ? null : ranges.get(position.jobLevelId());
            BigDecimal mid = range == null ? new BigDecimal("45000") : range.mid();
            // Sara sits just below the midpoint (middle band); the others spread over 0.85 to 1.14
            BigDecimal factor = person.equals(sara) ? new BigDecimal("0.96")
                    : new BigDecimal("0.85").add(BigDecimal.valueOf(Math.floorMod(person.hashCode(), 30), 2));
            pay.saveSalary(person, round(mid.multiply(factor)), "SEK", 0);
            added = true;
        }
        return added;
    }

    private void seedCycle(UUID reviewCycle) {
        UUID id = UUID.randomUUID();
        // Counted from the organisation's day on the application's clock, not the server's: on the last evening of a
        // month the server's day can still be in the month before, and the cycle would take effect a month early.
        LocalDate effective = settings.todayAt(clock).plusMonths(2).withDayOfMonth(1);
        repository.insertCycle(id, "Löneöversyn " + effective.getYear(), reviewCycle, effective, "SEK");
        List<MeritCell> cells = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            BigDecimal mid = MID_GUIDELINE[rating - 1];
            cells.add(new MeritCell(rating, CompaBand.LOW, mid.add(BigDecimal.ONE)));
            cells.add(new MeritCell(rating, CompaBand.MID, mid));
            cells.add(new MeritCell(rating, CompaBand.HIGH, mid.subtract(BigDecimal.ONE).max(BigDecimal.ZERO)));
        }
        repository.replaceMatrix(id, cells);
        for (Department department : structure.departments()) {
            List<UUID> members = org.activeMembersOf(Set.of(department.id()), Set.of(), Set.of()).stream()
                    .map(OrgPerson::id).toList();
            BigDecimal payroll = pay.salaries(members).values().stream().map(PayRepository.SalaryRow::salary)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            repository.saveBudget(id, department.id(), DepartmentBudget.Kind.PERCENT, BUDGET_PERCENT,
                    payroll.multiply(BUDGET_PERCENT).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), 0);
        }
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(100));
    }
}
