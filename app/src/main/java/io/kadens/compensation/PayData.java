package io.kadens.compensation;

import io.kadens.audit.AuditLog;
import io.kadens.compensation.PayImportReport.RowOutcome;
import io.kadens.people.AdminPersonRow;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleAdministration;
import io.kadens.people.PeopleFilter;
import io.kadens.people.PersonStatus;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay data: ranges per job level, salaries and compa-ratios. HR admins enter and import them. A salary is
 * readable by HR admins, by the manager chain above the person and (when the tenant turned it on) by the person
 * themselves; the checks here say "not yours to see" clearly, and the database policy of V174 holds the same rule
 * underneath, so a read that slipped past them would still return nothing.
 */
@Service
public class PayData {

    public static final int MAX_IMPORT_ROWS = 20_000;
    /** Salaries and range bounds up to this amount (numeric(14,2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final PayRepository repository;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final OrganisationStructure structure;
    private final PeopleAdministration administration;
    private final PayImport imports;

    PayData(PayRepository repository, OrgFacts org, OrganisationStructure structure, CurrentUser currentUser,
            AuditLog audit, PeopleAdministration administration, PayImport imports) {
        this.repository = repository;
        this.administration = administration;
        this.imports = imports;
        this.org = org;
        this.structure = structure;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ settings

    @Transactional(readOnly = true)
    public PaySettings settings() {
        requireMember();
        return repository.settings();
    }

    /** Whether people see their own salary in Kadens (off by default). */
    @Transactional
    public PaySettings changeSettings(boolean employeesSeeOwnPay, long expectedVersion) {
        requireHrAdmin();
        PaySettings before = repository.settings();
        if (!repository.saveSettings(employeesSeeOwnPay, expectedVersion)) {
            throw new ConcurrentEditException("pay-settings", "pay-settings");
        }
        audit.record("pay.settings.changed", "pay-settings", "pay-settings", before.employeesSeeOwnPay(),
                employeesSeeOwnPay);
        return repository.settings();
    }

    // ------------------------------------------------------------------ ranges

    /** Every range; any member of the tenant may read them (they say nothing about a person). */
    @Transactional(readOnly = true)
    public List<PayRange> ranges() {
        requireMember();
        return repository.ranges();
    }

    /** Sets the range of one job level; {@code expectedVersion} 0 creates it. */
    @Transactional
    public PayRange setRange(UUID jobLevelId, String currency, BigDecimal min, BigDecimal mid, BigDecimal max,
                             long expectedVersion) {
        requireHrAdmin();
        UUID familyId = familyOfLevel(jobLevelId)
                .orElseThrow(() -> InvalidInputException.of("jobLevelId", "compensation.range.unknown-level"));
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        var errors = new InvalidInputException.Collector();
        errors.check(code.matches("[A-Z]{3}"), "currency", "compensation.currency.invalid");
        errors.check(validAmount(min), "min", "compensation.amount.invalid");
        errors.check(validAmount(mid), "mid", "compensation.amount.invalid");
        errors.check(validAmount(max), "max", "compensation.amount.invalid");
        errors.throwIfAny();
        errors.check(min.compareTo(mid) <= 0 && mid.compareTo(max) <= 0, "mid", "compensation.range.order");
        errors.throwIfAny();
        PayRange range = new PayRange(familyId, jobLevelId, code, min, mid, max, expectedVersion);
        PayRange before = repository.rangesByLevel().get(jobLevelId);
        if (!repository.saveRange(range, expectedVersion)) {
            throw new ConcurrentEditException("pay-range", jobLevelId);
        }
        audit.record("pay.range.set", "job-level", jobLevelId.toString(), before, range);
        return repository.rangesByLevel().get(jobLevelId);
    }

    /**
     * Deletes a job level's range when nobody with a recorded salary holds the level (their compa-ratio rests on
     * it); refused with the number of such people otherwise. A stale version is a concurrent edit.
     */
    @Transactional
    public void deleteRange(UUID jobLevelId, long expectedVersion) {
        requireHrAdmin();
        PayRange range = repository.rangesByLevel().get(jobLevelId);
        if (range == null) {
            throw new ResourceNotFoundException("pay-range", jobLevelId);
        }
        int holders = rangeUsage().getOrDefault(jobLevelId, 0);
        if (holders > 0) {
            throw InvalidInputException.of("range", "compensation.range.in-use");
        }
        if (!repository.deleteRange(jobLevelId, expectedVersion)) {
            throw new ConcurrentEditException("pay-range", jobLevelId);
        }
        audit.record("pay.range.deleted", "job-level", jobLevelId.toString(), range, null);
    }

    /** By job level: how many people with a recorded salary hold it (HR admins; it counts salaries). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> rangeUsage() {
        requireHrAdmin();
        List<UUID> paid = repository.allSalaries().stream().map(PayRepository.SalaryRow::employeeId).toList();
        Map<UUID, Integer> usage = new HashMap<>();
        org.jobPositions(paid).values().stream().map(JobPosition::jobLevelId).filter(java.util.Objects::nonNull)
                .forEach(level -> usage.merge(level, 1, Integer::sum));
        return usage;
    }

    // ------------------------------------------------------------------ salaries

    /**
     * A person's pay, when the signed-in person may see it; empty when no salary is recorded. Anyone else is
     * refused (peers, reports, the person themselves unless the tenant allows it).
     */
    @Transactional(readOnly = true)
    public Optional<Pay> payOf(UUID personId) {
        requireMayRead(personId);
        return Optional.ofNullable(payOf(List.of(personId)).get(personId));
    }

    /**
     * The pay of those of these people the signed-in person may see, by person; the others are left out. One
     * query for the salaries, one for the positions.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Pay> payOf(Collection<UUID> personIds) {
        requireMember();
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PayRepository.SalaryRow> salaries = repository.salaries(personIds);
        Map<UUID, JobPosition> positions = org.jobPositions(salaries.keySet());
        Map<UUID, PayRange> ranges = repository.rangesByLevel();
        Map<UUID, Pay> pay = new LinkedHashMap<>();
        salaries.values().forEach(s -> pay.put(s.employeeId(), toPay(s, positions.get(s.employeeId()), ranges)));
        return pay;
    }

    /** Every salary the signed-in HR admin sees (all of them). */
    @Transactional(readOnly = true)
    public List<Pay> allPay() {
        requireHrAdmin();
        List<PayRepository.SalaryRow> rows = repository.allSalaries();
        Map<UUID, JobPosition> positions = org.jobPositions(rows.stream().map(PayRepository.SalaryRow::employeeId).toList());
        Map<UUID, PayRange> ranges = repository.rangesByLevel();
        return rows.stream().map(s -> toPay(s, positions.get(s.employeeId()), ranges)).toList();
    }

    /** Sets a person's salary; {@code expectedVersion} 0 records the first one. */
    @Transactional
    public Pay setSalary(UUID personId, BigDecimal salary, String currency, long expectedVersion) {
        return saveSalary(personId, salary, currency, null, expectedVersion);
    }

    /**
     * Sets a person's salary with the reason for the change (required, at most {@value #MAX_REASON} characters),
     * which the audit entry keeps beside the old and new salary; {@code expectedVersion} 0 records the first one.
     */
    @Transactional
    public Pay setSalary(UUID personId, BigDecimal salary, String currency, String reason, long expectedVersion) {
        String why = reason == null ? "" : reason.strip();
        requireHrAdmin();
        var errors = new InvalidInputException.Collector();
        errors.check(!why.isEmpty(), "reason", "compensation.salary.reason.required");
        errors.check(why.length() <= MAX_REASON, "reason", "compensation.salary.reason.too-long");
        errors.check(validAmount(salary), "salary", "compensation.amount.invalid");
        errors.check(currency != null && currency.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{3}"), "currency",
                "compensation.currency.invalid");
        errors.throwIfAny();
        return saveSalary(personId, salary, currency, why, expectedVersion);
    }

    public static final int MAX_REASON = 500;

    private Pay saveSalary(UUID personId, BigDecimal salary, String currency, String reason, long expectedVersion) {
        requireHrAdmin();
        org.person(personId).orElseThrow(() -> new ResourceNotFoundException("person", personId));
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        var errors = new InvalidInputException.Collector();
        errors.check(validAmount(salary), "salary", "compensation.amount.invalid");
        errors.check(code.matches("[A-Z]{3}"), "currency", "compensation.currency.invalid");
        errors.throwIfAny();
        Optional<PayRepository.SalaryRow> before = repository.salary(personId);
        if (!repository.saveSalary(personId, salary, code, expectedVersion)) {
            throw new ConcurrentEditException("pay", personId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("salary", salary);
        after.put("currency", code);
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record("pay.salary.set", "person", personId.toString(),
                before.map(b -> Map.of("salary", b.salary(), "currency", b.currency())).orElse(null), after);
        return payOf(List.of(personId)).get(personId);
    }

    /**
     * One page of HR's salary list: active people, in name order, filtered by department and by words matched
     * against name, email, title and location; each with their pay, or none yet. Two queries a page.
     */
    @Transactional(readOnly = true)
    public List<PayLine> payLines(String query, UUID departmentId, int offset, int limit) {
        requireHrAdmin();
        List<AdminPersonRow> people = administration.list(activeFilter(query, departmentId), offset, limit);
        Map<UUID, Pay> pay = payOf(people.stream().map(row -> row.person().id()).toList());
        return people.stream().map(AdminPersonRow::person)
                .map(p -> new PayLine(p.id(), p.fullName(), p.email(), p.departmentName(), p.jobFamilyName(),
                        p.jobLevelName(), pay.get(p.id())))
                .toList();
    }

    /** How many rows {@link #payLines} has for these filters. */
    @Transactional(readOnly = true)
    public int payLineCount(String query, UUID departmentId) {
        requireHrAdmin();
        return administration.count(activeFilter(query, departmentId));
    }

    private static PeopleFilter activeFilter(String query, UUID departmentId) {
        return new PeopleFilter(query == null || query.isBlank() ? null : query.strip(), departmentId, null, null,
                PersonStatus.ACTIVE, null);
    }

    /** The lower bounds of the compa-ratio buckets of {@link #compaDistribution()}: below 0.80, 0.80 to 0.85, ... */
    static final List<BigDecimal> BUCKET_BOUNDS = java.util.stream.IntStream.rangeClosed(16, 24)
            .mapToObj(i -> BigDecimal.valueOf(i * 5L, 2)).toList();

    /** How many salaries fall into each compa-ratio bucket of 0.05, below 0.80 and from 1.20 pooled (HR admins). */
    @Transactional(readOnly = true)
    public CompaDistribution compaDistribution() {
        List<Pay> all = allPay();
        int[] counts = new int[BUCKET_BOUNDS.size() + 1];
        int without = 0;
        for (Pay p : all) {
            if (p.compaRatio() == null) {
                without++;
                continue;
            }
            int bucket = 0;
            while (bucket < BUCKET_BOUNDS.size() && p.compaRatio().compareTo(BUCKET_BOUNDS.get(bucket)) >= 0) {
                bucket++;
            }
            counts[bucket]++;
        }
        List<CompaDistribution.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i <= BUCKET_BOUNDS.size(); i++) {
            buckets.add(new CompaDistribution.Bucket(i == 0 ? null : BUCKET_BOUNDS.get(i - 1),
                    i == BUCKET_BOUNDS.size() ? null : BUCKET_BOUNDS.get(i), counts[i]));
        }
        return new CompaDistribution(List.copyOf(buckets), without);
    }

    /**
     * The distribution as CSV (bucket, from, to, people; the bounds as plain decimals, empty where open), with a
     * last row for the salaries without a ratio. HR admins.
     */
    @Transactional(readOnly = true)
    public String compaDistributionCsv() {
        CompaDistribution distribution = compaDistribution();
        StringBuilder csv = new StringBuilder("bucket,from,to,people\n");
        for (CompaDistribution.Bucket b : distribution.buckets()) {
            String from = b.from() == null ? "" : b.from().toPlainString();
            String to = b.to() == null ? "" : b.to().toPlainString();
            String label = b.from() == null ? "<" + to : b.to() == null ? ">=" + from : from + "-" + to;
            csv.append(label).append(',').append(from).append(',').append(to).append(',').append(b.people())
                    .append('\n');
        }
        return csv.append("none,,,").append(distribution.withoutRatio()).append('\n').toString();
    }

    /** The columns a salary file has, for the import page's help and template. */
    public static String csvTemplate() {
        return "email,salary,currency\nsara.lind@example.com,52000,SEK\n";
    }

    /**
     * Imports salaries from CSV (columns email, salary, currency; a header line first): every row or none. A
     * report names each problem by line and column; with none, each row says whether it created or replaced a
     * salary.
     */
    @Transactional
    public PayImportReport importCsv(byte[] csv) {
        requireHrAdmin();
        PayImportPlan plan = imports.apply(PayImportPlan.Kind.SALARIES, csv, null, done -> { });
        return new PayImportReport(plan.rows(), plan.changes().stream()
                .map(c -> new RowOutcome(c.line(), c.subject(), c.action() == PayImportPlan.Action.CREATE)).toList(),
                plan.problems());
    }

    // ------------------------------------------------------------------ rules

    /** Whether the signed-in person may read this person's pay (the service's copy of the V174 policy). */
    @Transactional(readOnly = true)
    public boolean mayRead(UUID personId) {
        KadensUser me = requireMember();
        if (me.has(Role.HR_ADMIN)) {
            return true;
        }
        if (personId.equals(me.personId())) {
            return repository.settings().employeesSeeOwnPay();
        }
        return org.isAbove(me.personId(), personId);
    }

    private void requireMayRead(UUID personId) {
        if (!mayRead(personId)) {
            throw new AccessDeniedException("pay data is for HR admins and the manager chain above the person");
        }
    }

    private Pay toPay(PayRepository.SalaryRow s, JobPosition position, Map<UUID, PayRange> ranges) {
        PayRange range = position == null || position.jobLevelId() == null ? null : ranges.get(position.jobLevelId());
        return new Pay(s.employeeId(), s.salary(), s.currency(), range, Pay.compaRatio(s.salary(), s.currency(), range),
                s.version());
    }

    private Optional<UUID> familyOfLevel(UUID jobLevelId) {
        if (jobLevelId == null) {
            return Optional.empty();
        }
        return structure.jobFamilies().stream()
                .filter(f -> f.levels().stream().anyMatch(l -> l.id().equals(jobLevelId)))
                .map(io.kadens.people.JobFamily::id).findFirst();
    }

    static boolean validAmount(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.compareTo(MAX_AMOUNT) <= 0 && amount.scale() <= 2;
    }

    private KadensUser requireMember() {
        KadensUser me = currentUser.require();
        if (me.isOperator()) {
            throw new AccessDeniedException("pay data belongs to the organisation");
        }
        return me;
    }

    private KadensUser requireHrAdmin() {
        KadensUser me = requireMember();
        if (!me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage pay data");
        }
        return me;
    }
}
