package io.kadens.compensation;

import static io.kadens.db.Tables.COMPENSATION_PROPOSAL;

import io.kadens.audit.AuditLog;
import io.kadens.competencies.Assessments;
import io.kadens.competencies.CareerPaths;
import io.kadens.competencies.CareerStep;
import io.kadens.competencies.SkillProfile;
import io.kadens.people.JobFamily;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.ReviewOutcome;
import io.kadens.reviews.ReviewOutcomes;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises and promotion nominations in a compensation cycle. A manager proposes for the people below them, with
 * the merit matrix's guideline, the department's budget and the target level's expectations beside; the proposal
 * then goes up the manager chain (to the head of the person's department) and to HR, each step approving or
 * returning it with a comment, every step audited and recorded. HR admins export the approved changes for payroll.
 * The pay_chain policy of V175 holds underneath: nobody outside the chain above the person and HR reads a proposal.
 */
@Service
public class CompensationProposals {

    /** A raise this many percentage points away from the guideline is outside it. */
    static final BigDecimal GUIDELINE_TOLERANCE = BigDecimal.ONE;
    public static final int MAX_COMMENT = 4000;

    private final CompensationRepository repository;
    private final CompensationCycles cycles;
    private final PayRepository pay;
    private final ReviewOutcomes outcomes;
    private final CareerPaths careerPaths;
    private final Assessments assessments;
    private final OrganisationStructure structure;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CompensationProposals(CompensationRepository repository, CompensationCycles cycles, PayRepository pay,
                          ReviewOutcomes outcomes, CareerPaths careerPaths, Assessments assessments,
                          OrganisationStructure structure, OrgFacts org, CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.cycles = cycles;
        this.pay = pay;
        this.outcomes = outcomes;
        this.careerPaths = careerPaths;
        this.assessments = assessments;
        this.structure = structure;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ reading

    /**
     * The signed-in manager's worksheet: one line per active direct report, with or without a proposal, in name
     * order. Empty for someone without reports.
     */
    @Transactional(readOnly = true)
    public List<Proposal> worksheet(UUID cycleId) {
        KadensUser me = requireMember();
        CompensationCycle cycle = cycles.requireCycle(cycleId);
        return lines(cycle, org.directReports(me.personId()));
    }

    /** Every saved proposal of the cycle (HR admin), in name order. */
    @Transactional(readOnly = true)
    public List<Proposal> proposals(UUID cycleId) {
        requireHrAdmin();
        CompensationCycle cycle = cycles.requireCycle(cycleId);
        return lines(cycle, repository.proposals(cycleId, DSL.noCondition()).stream()
                .map(CompensationRepository.ProposalRow::employeeId).toList());
    }

    /** One person's line, for the chain above them and HR admins. */
    @Transactional(readOnly = true)
    public Proposal proposal(UUID cycleId, UUID employeeId) {
        requireAbove(requireMember(), employeeId);
        return lines(cycles.requireCycle(cycleId), List.of(employeeId)).getFirst();
    }

    /** What waits for the signed-in person: proposals at their step, and for an HR admin those with HR. */
    @Transactional(readOnly = true)
    public List<Proposal> awaitingMe() {
        KadensUser me = requireMember();
        Map<UUID, List<UUID>> byCycle = new HashMap<>();
        repository.awaiting(me.personId()).forEach(r ->
                byCycle.computeIfAbsent(r.cycleId(), k -> new ArrayList<>()).add(r.employeeId()));
        if (me.has(Role.HR_ADMIN)) {
            for (CompensationCycle cycle : repository.cycles()) {
                repository.proposals(cycle.id(), COMPENSATION_PROPOSAL.STATUS
                                .eq(ProposalStatus.WITH_HR.name()))
                        .forEach(r -> byCycle.computeIfAbsent(r.cycleId(), k -> new ArrayList<>()).add(r.employeeId()));
            }
        }
        List<Proposal> waiting = new ArrayList<>();
        byCycle.forEach((cycleId, people) -> waiting.addAll(lines(cycles.requireCycle(cycleId), people)));
        return waiting;
    }

    /** The steps a proposal went through, oldest first, with names. */
    @Transactional(readOnly = true)
    public List<Decision> decisions(UUID cycleId, UUID employeeId) {
        requireAbove(requireMember(), employeeId);
        List<Decision> decisions = repository.decisions(cycleId, employeeId);
        Map<UUID, String> names = org.names(decisions.stream().map(Decision::decidedBy).toList());
        return decisions.stream().map(d -> new Decision(d.id(), d.decidedBy(), names.get(d.decidedBy()), d.kind(),
                d.comment(), d.decidedAt())).toList();
    }

    /**
     * A promotion nomination checked against the target level: the expectations of that level (from the career
     * path), the person's latest assessed proficiencies and their final rating. The target must be a step out of
     * the person's level (the next level of the family, or a lateral move HR set up).
     */
    @Transactional(readOnly = true)
    public PromotionCheck promotionCheck(UUID cycleId, UUID employeeId, UUID targetLevelId) {
        requireAbove(requireMember(), employeeId);
        CompensationCycle cycle = cycles.requireCycle(cycleId);
        UUID fromLevel = levelOf(employeeId);
        CareerStep step = stepTo(fromLevel, targetLevelId);
        Map<UUID, Integer> current = new HashMap<>();
        SkillProfile profile = assessments.profile(employeeId);
        profile.rows().forEach(r -> {
            if (r.current() != null) {
                current.put(r.competencyId(), r.current());
            }
        });
        List<PromotionCheck.Expectation> expectations = step.deltas().stream().filter(d -> d.to() != null)
                .map(d -> new PromotionCheck.Expectation(d.competencyId(), d.name(), d.to(), current.get(d.competencyId())))
                .toList();
        return new PromotionCheck(employeeId, fromLevel, targetLevelId, step.toLevelName(),
                finalRatings(cycle).get(employeeId), expectations,
                expectations.stream().filter(e -> !e.met()).toList());
    }

    /** The levels a person may be nominated for: the steps out of their level (empty without a level). */
    @Transactional(readOnly = true)
    public List<CareerStep> promotionTargets(UUID employeeId) {
        requireAbove(requireMember(), employeeId);
        UUID level = org.jobPositions(List.of(employeeId)).getOrDefault(employeeId, new JobPosition(null, null))
                .jobLevelId();
        return level == null ? List.of() : careerPaths.stepsFrom(level);
    }

    // ------------------------------------------------------------------ proposing

    /**
     * Saves the proposal for a person below the signed-in manager (or by an HR admin): a new salary, a target
     * level, or both, with a justification. What the proposer sees now (salary, rating, compa-ratio, guideline) is
     * kept with it. Changes the department's budget used by the change of the raise. {@code expectedVersion} 0
     * starts the proposal; a proposal on its way up cannot be changed until it is returned.
     */
    @Transactional
    public Proposal save(UUID cycleId, UUID employeeId, BigDecimal newSalary, UUID targetLevelId, String justification,
                         long expectedVersion) {
        KadensUser me = requireMember();
        requireAbove(me, employeeId);
        CompensationCycle cycle = cycles.requireOpen(cycleId);
        OrgPerson person = org.person(employeeId).orElseThrow(() -> new ResourceNotFoundException("person", employeeId));
        Optional<CompensationRepository.ProposalRow> stored = repository.proposal(cycleId, employeeId);
        if (stored.isPresent() && !stored.get().status().editable()) {
            throw InvalidInputException.of("status", "compensation.proposal.not-editable");
        }
        Optional<PayRepository.SalaryRow> salary = pay.salary(employeeId);
        String text = justification == null || justification.isBlank() ? null : justification.strip();
        var errors = new InvalidInputException.Collector();
        errors.check(newSalary != null || targetLevelId != null, "newSalary", "compensation.proposal.empty");
        errors.check(newSalary == null || PayData.validAmount(newSalary), "newSalary", "compensation.amount.invalid");
        errors.check(newSalary == null || salary.isPresent(), "newSalary", "compensation.proposal.no-salary");
        errors.check(newSalary == null || salary.isEmpty() || salary.get().currency().equals(cycle.currency()),
                "newSalary", "compensation.proposal.currency");
        errors.check(text == null || text.length() <= MAX_COMMENT, "justification", "compensation.comment.length");
        errors.throwIfAny();
        UUID fromLevel = levelOf(employeeId);
        if (targetLevelId != null) {
            stepTo(fromLevel, targetLevelId);
        }
        Pay current = salary.map(s -> toPay(s, fromLevel)).orElse(null);
        BigDecimal compa = current == null ? null : current.compaRatio();
        Integer rating = finalRatings(cycle).get(employeeId);
        BigDecimal guideline = CompensationCycles.guideline(repository.matrix(cycleId), rating, CompaBand.of(compa));
        var row = new CompensationRepository.ProposalRow(cycleId, employeeId, person.departmentId(), me.personId(),
                current == null ? null : current.salary(), current == null ? null : current.currency(), newSalary,
                rating, compa, guideline, fromLevel, targetLevelId, text, ProposalStatus.DRAFT, null, expectedVersion);
        if (!repository.saveProposal(row, expectedVersion)) {
            throw new ConcurrentEditException("compensation-proposal", employeeId);
        }
        BigDecimal before = stored.map(CompensationProposals::raiseOf).orElse(BigDecimal.ZERO);
        if (stored.isPresent() && stored.get().departmentId() != null
                && !stored.get().departmentId().equals(person.departmentId())) {
            repository.addToUsed(cycleId, stored.get().departmentId(), before.negate());
            before = BigDecimal.ZERO;
        }
        repository.addToUsed(cycleId, person.departmentId(), raiseOf(row).subtract(before));
        audit.record("compensation.proposal.saved", "person", employeeId.toString(),
                stored.map(CompensationProposals::auditView).orElse(null), auditView(row));
        return lines(cycle, List.of(employeeId)).getFirst();
    }

    /** Sends a saved proposal up: to the next manager above the proposer, or to HR. */
    @Transactional
    public Proposal submit(UUID cycleId, UUID employeeId, long expectedVersion) {
        KadensUser me = requireMember();
        requireAbove(me, employeeId);
        CompensationCycle cycle = cycles.requireOpen(cycleId);
        CompensationRepository.ProposalRow row = repository.proposal(cycleId, employeeId)
                .orElseThrow(() -> new ResourceNotFoundException("compensation-proposal", employeeId));
        if (!row.status().editable()) {
            throw InvalidInputException.of("status", "compensation.proposal.not-editable");
        }
        UUID next = nextApprover(employeeId, row.departmentId(), me.personId());
        sendTo(row, next, expectedVersion);
        repository.insertDecision(cycleId, employeeId, me.personId(), Decision.Kind.SUBMITTED, null);
        audit.record("compensation.proposal.submitted", "person", employeeId.toString(), null,
                Map.of("cycleId", cycleId, "nextApprover", String.valueOf(next)));
        return lines(cycle, List.of(employeeId)).getFirst();
    }

    /** Approves the step that waits for the signed-in person: the proposal moves to the next manager, or HR, or is approved. */
    @Transactional
    public Proposal approve(UUID cycleId, UUID employeeId, String comment, long expectedVersion) {
        KadensUser me = requireMember();
        CompensationCycle cycle = cycles.requireOpen(cycleId);
        CompensationRepository.ProposalRow row = requireMyStep(me, cycleId, employeeId);
        String text = requireComment(comment, false);
        if (row.status() == ProposalStatus.WITH_HR) {
            move(row, ProposalStatus.APPROVED, expectedVersion);
        } else {
            sendTo(row, nextApprover(employeeId, row.departmentId(), me.personId()), expectedVersion);
        }
        repository.insertDecision(cycleId, employeeId, me.personId(), Decision.Kind.APPROVED, text);
        audit.record("compensation.proposal.approved", "person", employeeId.toString(), row.status().name(),
                Map.of("cycleId", cycleId, "comment", String.valueOf(text)));
        return lines(cycle, List.of(employeeId)).getFirst();
    }

    /** Returns the proposal at the signed-in person's step to its writer, with a comment saying why. */
    @Transactional
    public Proposal returnToProposer(UUID cycleId, UUID employeeId, String comment, long expectedVersion) {
        KadensUser me = requireMember();
        CompensationCycle cycle = cycles.requireOpen(cycleId);
        CompensationRepository.ProposalRow row = requireMyStep(me, cycleId, employeeId);
        String text = requireComment(comment, true);
        move(row, ProposalStatus.RETURNED, expectedVersion);
        repository.insertDecision(cycleId, employeeId, me.personId(), Decision.Kind.RETURNED, text);
        audit.record("compensation.proposal.returned", "person", employeeId.toString(), row.status().name(),
                Map.of("cycleId", cycleId, "comment", text));
        return lines(cycle, List.of(employeeId)).getFirst();
    }

    // ------------------------------------------------------------------ payroll export

    /**
     * The approved changes of a cycle as CSV for payroll (HR admin): person id, email, old and new salary,
     * currency, effective date and the level of a promotion. Amounts with a dot and two decimals, whatever the
     * reader's locale, because payroll systems read them.
     */
    @Transactional
    public String payrollCsv(UUID cycleId) {
        requireHrAdmin();
        CompensationCycle cycle = cycles.requireCycle(cycleId);
        List<CompensationRepository.ProposalRow> approved = repository.proposals(cycleId,
                COMPENSATION_PROPOSAL.STATUS.eq(ProposalStatus.APPROVED.name()));
        Map<UUID, OrgPerson> people = org.people(approved.stream().map(CompensationRepository.ProposalRow::employeeId).toList());
        Map<UUID, String> levelNames = levelNames();
        StringBuilder csv = new StringBuilder("person_id,email,old_salary,new_salary,currency,effective_date,promotion_to_level\n");
        approved.stream().sorted(Comparator.comparing(r -> people.containsKey(r.employeeId())
                        ? people.get(r.employeeId()).email() : r.employeeId().toString()))
                .forEach(r -> csv.append(r.employeeId()).append(',')
                        .append(csvCell(people.containsKey(r.employeeId()) ? people.get(r.employeeId()).email() : ""))
                        .append(',').append(r.currentSalary() == null ? "" : r.currentSalary().setScale(2).toPlainString())
                        .append(',').append(r.newSalary() == null ? "" : r.newSalary().setScale(2).toPlainString())
                        .append(',').append(r.currency() == null ? "" : r.currency())
                        .append(',').append(cycle.effectiveDate())
                        .append(',').append(r.targetLevelId() == null ? "" : csvCell(levelNames.get(r.targetLevelId())))
                        .append('\n'));
        audit.record("compensation.payroll.exported", "compensation-cycle", cycleId.toString(), null,
                Map.of("rows", approved.size()));
        return csv.toString();
    }

    /** Quotes a cell when it needs it, and defuses spreadsheet formulas. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    // ------------------------------------------------------------------ lines

    private List<Proposal> lines(CompensationCycle cycle, Collection<UUID> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>(employeeIds);
        Map<UUID, OrgPerson> people = org.people(ids);
        Map<UUID, CompensationRepository.ProposalRow> stored = new HashMap<>();
        repository.proposals(cycle.id(), ids).forEach(r -> stored.put(r.employeeId(), r));
        Map<UUID, PayRepository.SalaryRow> salaries = pay.salaries(ids);
        Map<UUID, JobPosition> positions = org.jobPositions(ids);
        Map<UUID, PayRange> ranges = pay.rangesByLevel();
        Map<UUID, Integer> ratings = finalRatings(cycle);
        List<MeritCell> matrix = repository.matrix(cycle.id());
        Map<UUID, DepartmentBudget> budgets = new HashMap<>();
        repository.budgets(cycle.id()).forEach(b -> budgets.put(b.departmentId(), b));
        List<Proposal> lines = new ArrayList<>();
        for (UUID id : ids) {
            OrgPerson person = people.get(id);
            if (person == null) {
                continue;
            }
            CompensationRepository.ProposalRow row = stored.get(id);
            ProposalStatus status = row == null ? ProposalStatus.NONE : row.status();
            BigDecimal salary;
            String currency;
            BigDecimal compa;
            Integer rating;
            UUID fromLevel;
            if (status.editable()) {
                // still being written: what is true now
                PayRepository.SalaryRow s = salaries.get(id);
                JobPosition position = positions.get(id);
                fromLevel = position == null ? null : position.jobLevelId();
                PayRange range = fromLevel == null ? null : ranges.get(fromLevel);
                salary = s == null ? null : s.salary();
                currency = s == null ? null : s.currency();
                compa = s == null ? null : Pay.compaRatio(s.salary(), s.currency(), range);
                rating = ratings.get(id);
            } else {
                // on its way or decided: what the proposer saw
                salary = row.currentSalary();
                currency = row.currency();
                compa = row.compaRatio();
                rating = row.finalRating();
                fromLevel = row.fromLevelId();
            }
            CompaBand band = CompaBand.of(compa);
            BigDecimal guideline = status.editable() ? CompensationCycles.guideline(matrix, rating, band)
                    : row.guidelinePercent();
            BigDecimal newSalary = row == null ? null : row.newSalary();
            BigDecimal raise = Proposal.raisePercent(salary, newSalary);
            UUID department = row != null && row.departmentId() != null ? row.departmentId() : person.departmentId();
            List<ProposalWarning> warnings = new ArrayList<>();
            if (rating == null) {
                warnings.add(ProposalWarning.NO_FINAL_RATING);
            }
            if (compa == null) {
                warnings.add(ProposalWarning.NO_COMPA_RATIO);
            }
            if (raise != null && guideline != null && raise.subtract(guideline).abs().compareTo(GUIDELINE_TOLERANCE) > 0) {
                warnings.add(ProposalWarning.OUTSIDE_GUIDELINE);
            }
            DepartmentBudget budget = budgets.get(department);
            if (newSalary != null && budget != null && budget.overspent()) {
                warnings.add(ProposalWarning.OVER_BUDGET);
            }
            lines.add(new Proposal(cycle.id(), id, person.fullName(), department, salary, currency, compa, band, rating,
                    guideline, newSalary, raise, fromLevel, row == null ? null : row.targetLevelId(),
                    row == null ? null : row.justification(), status, row == null ? null : row.proposedBy(),
                    row == null ? null : row.stepApproverId(), List.copyOf(warnings), row == null ? 0 : row.version()));
        }
        lines.sort(Comparator.comparing(Proposal::employeeName).thenComparing(Proposal::employeeId));
        return lines;
    }

    // ------------------------------------------------------------------ the way up

    /**
     * Who approves after {@code after}: the next manager above them in the person's chain, unless {@code after} is a
     * head of the person's department or the top (then HR, null). Someone outside the chain (an HR admin proposing)
     * hands straight to HR.
     */
    private UUID nextApprover(UUID employeeId, UUID departmentId, UUID after) {
        List<UUID> chain = org.managerChain(employeeId);
        int index = chain.indexOf(after);
        if (index < 0 || index + 1 >= chain.size()) {
            return null;
        }
        if (departmentId != null && org.headsOf(departmentId).contains(after)) {
            return null;
        }
        return chain.get(index + 1);
    }

    private void sendTo(CompensationRepository.ProposalRow row, UUID nextApprover, long expectedVersion) {
        ProposalStatus status = nextApprover == null ? ProposalStatus.WITH_HR : ProposalStatus.IN_APPROVAL;
        write(withStatus(row, status, nextApprover), expectedVersion);
    }

    private void move(CompensationRepository.ProposalRow row, ProposalStatus status, long expectedVersion) {
        write(withStatus(row, status, null), expectedVersion);
    }

    private void write(CompensationRepository.ProposalRow row, long expectedVersion) {
        if (!repository.saveProposal(row, expectedVersion)) {
            throw new ConcurrentEditException("compensation-proposal", row.employeeId());
        }
    }

    private static CompensationRepository.ProposalRow withStatus(CompensationRepository.ProposalRow r,
                                                                  ProposalStatus status, UUID approver) {
        return new CompensationRepository.ProposalRow(r.cycleId(), r.employeeId(), r.departmentId(), r.proposedBy(),
                r.currentSalary(), r.currency(), r.newSalary(), r.finalRating(), r.compaRatio(), r.guidelinePercent(),
                r.fromLevelId(), r.targetLevelId(), r.justification(), status, approver, r.version());
    }

    private CompensationRepository.ProposalRow requireMyStep(KadensUser me, UUID cycleId, UUID employeeId) {
        requireAbove(me, employeeId);
        CompensationRepository.ProposalRow row = repository.proposal(cycleId, employeeId)
                .orElseThrow(() -> new ResourceNotFoundException("compensation-proposal", employeeId));
        boolean mine = row.status() == ProposalStatus.IN_APPROVAL && me.personId().equals(row.stepApproverId())
                || row.status() == ProposalStatus.WITH_HR && me.has(Role.HR_ADMIN);
        if (!mine) {
            if (row.status() == ProposalStatus.IN_APPROVAL || row.status() == ProposalStatus.WITH_HR) {
                throw new AccessDeniedException("this step of the proposal waits for someone else");
            }
            throw InvalidInputException.of("status", "compensation.proposal.not-awaiting");
        }
        return row;
    }

    private static String requireComment(String comment, boolean required) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        var errors = new InvalidInputException.Collector();
        errors.check(!required || text != null, "comment", "compensation.comment.required");
        errors.check(text == null || text.length() <= MAX_COMMENT, "comment", "compensation.comment.length");
        errors.throwIfAny();
        return text;
    }

    // ------------------------------------------------------------------ facts

    private Map<UUID, Integer> finalRatings(CompensationCycle cycle) {
        Map<UUID, Integer> ratings = new HashMap<>();
        for (ReviewOutcome outcome : outcomes.outcomes(cycle.reviewCycleId())) {
            if (outcome.finalRating() != null) {
                ratings.put(outcome.employeeId(), outcome.finalRating());
            }
        }
        return ratings;
    }

    private UUID levelOf(UUID employeeId) {
        JobPosition position = org.jobPositions(List.of(employeeId)).get(employeeId);
        return position == null ? null : position.jobLevelId();
    }

    private CareerStep stepTo(UUID fromLevel, UUID targetLevelId) {
        if (fromLevel == null) {
            throw InvalidInputException.of("targetLevelId", "compensation.promotion.no-level");
        }
        return careerPaths.stepsFrom(fromLevel).stream().filter(s -> s.toLevelId().equals(targetLevelId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("targetLevelId", "compensation.promotion.not-a-step"));
    }

    private Pay toPay(PayRepository.SalaryRow s, UUID level) {
        PayRange range = level == null ? null : pay.rangesByLevel().get(level);
        return new Pay(s.employeeId(), s.salary(), s.currency(), range, Pay.compaRatio(s.salary(), s.currency(), range),
                s.version());
    }

    private Map<UUID, String> levelNames() {
        Map<UUID, String> names = new HashMap<>();
        for (JobFamily family : structure.jobFamilies()) {
            family.levels().forEach(l -> names.put(l.id(), family.name() + " " + l.name()));
        }
        return names;
    }

    private static BigDecimal raiseOf(CompensationRepository.ProposalRow row) {
        return row.newSalary() == null || row.currentSalary() == null ? BigDecimal.ZERO
                : row.newSalary().subtract(row.currentSalary());
    }

    private static Map<String, Object> auditView(CompensationRepository.ProposalRow row) {
        Map<String, Object> view = new HashMap<>();
        view.put("newSalary", row.newSalary());
        view.put("targetLevelId", row.targetLevelId());
        view.put("status", row.status().name());
        return view;
    }

    // ------------------------------------------------------------------ access

    private KadensUser requireMember() {
        KadensUser me = currentUser.require();
        if (me.isOperator()) {
            throw new AccessDeniedException("compensation belongs to the organisation");
        }
        return me;
    }

    private void requireHrAdmin() {
        if (!requireMember().has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins see every proposal and export them");
        }
    }

    /** HR admins and the chain above the person; anyone else is told the person is not theirs to propose for. */
    private void requireAbove(KadensUser me, UUID employeeId) {
        if (employeeId == null || !(me.has(Role.HR_ADMIN) || org.isAbove(me.personId(), employeeId))) {
            throw new AccessDeniedException("pay proposals are for HR admins and the manager chain above the person");
        }
    }
}
