package io.kadens.compensation;

import io.kadens.audit.AuditLog;
import io.kadens.people.OrgDepartment;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.ReviewCycles;
import io.kadens.reviews.ReviewOutcomes;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compensation cycles as HR admins set them up: a cycle over a review cycle, a budget per department (an amount or
 * a percentage of the department's payroll) and the merit matrix. Everyone of the tenant may read cycles, budgets
 * and the matrix (managers see them beside their proposals); only HR admins change them.
 */
@Service
public class CompensationCycles {

    public static final int MAX_NAME = 120;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CompensationRepository repository;
    private final PayRepository pay;
    private final ReviewCycles reviewCycles;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CompensationCycles(CompensationRepository repository, PayRepository pay, ReviewCycles reviewCycles, OrgFacts org,
                       CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.pay = pay;
        this.reviewCycles = reviewCycles;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CompensationCycle> cycles() {
        requireMember();
        return repository.cycles();
    }

    @Transactional(readOnly = true)
    public Optional<CompensationCycle> cycle(UUID id) {
        requireMember();
        return repository.cycle(id);
    }

    /** Opens a cycle over a review cycle; its final ratings feed the merit matrix. */
    @Transactional
    public CompensationCycle create(String name, UUID reviewCycleId, LocalDate effectiveDate, String currency) {
        requireHrAdmin();
        String trimmed = name == null ? "" : name.strip();
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        var errors = new InvalidInputException.Collector();
        errors.check(!trimmed.isEmpty() && trimmed.length() <= MAX_NAME, "name", "compensation.cycle.name");
        errors.check(reviewCycleId != null && reviewCycles.cycle(reviewCycleId).isPresent(), "reviewCycleId",
                "compensation.cycle.review-cycle");
        errors.check(effectiveDate != null, "effectiveDate", "compensation.cycle.effective-date");
        errors.check(code.matches("[A-Z]{3}"), "currency", "compensation.currency.invalid");
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        repository.insertCycle(id, trimmed, reviewCycleId, effectiveDate, code);
        audit.record("compensation.cycle.created", "compensation-cycle", id.toString(), null,
                Map.of("name", trimmed, "reviewCycleId", reviewCycleId));
        return repository.cycle(id).orElseThrow();
    }

    /** Closes a cycle: nothing more is proposed or approved in it. */
    @Transactional
    public CompensationCycle close(UUID id, long expectedVersion) {
        requireHrAdmin();
        requireCycle(id);
        if (!repository.touchCycle(id, expectedVersion, CompensationCycle.Status.CLOSED)) {
            throw new ConcurrentEditException("compensation-cycle", id);
        }
        audit.record("compensation.cycle.closed", "compensation-cycle", id.toString(), null, null);
        return repository.cycle(id).orElseThrow();
    }

    // ------------------------------------------------------------------ merit matrix

    @Transactional(readOnly = true)
    public List<MeritCell> matrix(UUID cycleId) {
        requireMember();
        requireCycle(cycleId);
        return repository.matrix(cycleId);
    }

    /**
     * Replaces the whole matrix. {@code expectedCycleVersion} is the cycle's version the editor read: the matrix
     * is versioned with its cycle, so two HR admins editing it at once do not silently mix their cells.
     */
    @Transactional
    public List<MeritCell> setMatrix(UUID cycleId, Collection<MeritCell> cells, long expectedCycleVersion) {
        requireHrAdmin();
        CompensationCycle cycle = requireOpen(cycleId);
        var errors = new InvalidInputException.Collector();
        Set<String> seen = new HashSet<>();
        for (MeritCell cell : cells) {
            errors.check(cell.band() != null && cell.rating() >= 1 && cell.rating() <= ReviewOutcomes.MAX_RATING
                    && seen.add(cell.rating() + "/" + cell.band()), "cells", "compensation.matrix.cell");
            errors.check(cell.percent() != null && cell.percent().signum() >= 0
                    && cell.percent().compareTo(HUNDRED) <= 0 && cell.percent().scale() <= 2, "cells",
                    "compensation.matrix.percent");
        }
        errors.throwIfAny();
        List<MeritCell> before = repository.matrix(cycleId);
        if (!repository.touchCycle(cycleId, expectedCycleVersion, null)) {
            throw new ConcurrentEditException("compensation-cycle", cycle.id());
        }
        repository.replaceMatrix(cycleId, cells);
        audit.record("compensation.matrix.set", "compensation-cycle", cycleId.toString(), before, cells);
        return repository.matrix(cycleId);
    }

    /** The matrix's guideline for a rating and band; null when either is unknown or the cell is empty. */
    static BigDecimal guideline(List<MeritCell> matrix, Integer rating, CompaBand band) {
        if (rating == null || band == null) {
            return null;
        }
        return matrix.stream().filter(c -> c.rating() == rating && c.band() == band).map(MeritCell::percent)
                .findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ budgets

    /** Every department's budget in the cycle, with what is used and left, in department name order. */
    @Transactional(readOnly = true)
    public List<DepartmentBudget> budgets(UUID cycleId) {
        requireMember();
        requireCycle(cycleId);
        List<DepartmentBudget> budgets = repository.budgets(cycleId);
        Map<UUID, OrgDepartment> departments = org.departments(budgets.stream().map(DepartmentBudget::departmentId).toList());
        return budgets.stream()
                .map(b -> new DepartmentBudget(b.departmentId(), departments.containsKey(b.departmentId())
                        ? departments.get(b.departmentId()).name() : null, b.kind(), b.percent(), b.amount(),
                        b.used(), b.version()))
                .sorted(Comparator.comparing((DepartmentBudget b) -> String.valueOf(b.departmentName())))
                .toList();
    }

    /**
     * Sets a department's budget: {@code AMOUNT} takes {@code value} as money in the cycle's currency,
     * {@code PERCENT} as a percentage of the department's payroll now (its active direct members' salaries in the
     * cycle's currency), which is stored as the amount. {@code expectedVersion} 0 creates it.
     */
    @Transactional
    public DepartmentBudget setBudget(UUID cycleId, UUID departmentId, DepartmentBudget.Kind kind, BigDecimal value,
                                      long expectedVersion) {
        requireHrAdmin();
        CompensationCycle cycle = requireOpen(cycleId);
        var errors = new InvalidInputException.Collector();
        errors.check(departmentId != null && org.department(departmentId).isPresent(), "departmentId",
                "compensation.budget.department");
        errors.check(kind != null, "kind", "compensation.budget.kind");
        errors.check(value != null && value.signum() >= 0 && value.scale() <= 2
                && value.compareTo(kind == DepartmentBudget.Kind.PERCENT ? HUNDRED : PayData.MAX_AMOUNT) <= 0,
                "value", "compensation.budget.value");
        errors.throwIfAny();
        BigDecimal amount = value;
        BigDecimal percent = null;
        if (kind == DepartmentBudget.Kind.PERCENT) {
            percent = value;
            amount = payroll(departmentId, cycle.currency()).multiply(value).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
        if (!repository.saveBudget(cycleId, departmentId, kind, percent, amount, expectedVersion)) {
            throw new ConcurrentEditException("compensation-budget", departmentId);
        }
        audit.record("compensation.budget.set", "compensation-cycle", cycleId.toString(), null,
                Map.of("departmentId", departmentId, "kind", kind.name(), "amount", amount));
        return budgets(cycleId).stream().filter(b -> b.departmentId().equals(departmentId)).findFirst().orElseThrow();
    }

    /** The salaries of the department's active direct members in this currency, as the HR admin sees them (all). */
    private BigDecimal payroll(UUID departmentId, String currency) {
        List<UUID> members = org.activeMembersOf(Set.of(departmentId), Set.of(), Set.of()).stream()
                .map(OrgPerson::id).toList();
        return pay.salaries(members).values().stream().filter(s -> s.currency().equals(currency))
                .map(PayRepository.SalaryRow::salary).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ------------------------------------------------------------------ rules

    CompensationCycle requireCycle(UUID id) {
        return repository.cycle(id).orElseThrow(() -> new ResourceNotFoundException("compensation-cycle", id));
    }

    CompensationCycle requireOpen(UUID id) {
        CompensationCycle cycle = requireCycle(id);
        if (cycle.status() != CompensationCycle.Status.OPEN) {
            throw InvalidInputException.of("cycle", "compensation.cycle.closed");
        }
        return cycle;
    }

    private KadensUser requireMember() {
        KadensUser me = currentUser.require();
        if (me.isOperator()) {
            throw new AccessDeniedException("compensation belongs to the organisation");
        }
        return me;
    }

    private void requireHrAdmin() {
        if (!requireMember().has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins set up compensation cycles");
        }
    }
}
