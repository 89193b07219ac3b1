package io.kadens.compensation;

import io.kadens.audit.AuditLog;
import io.kadens.compensation.PayImportReport.Problem;
import io.kadens.compensation.PayImportReport.RowOutcome;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

    PayData(PayRepository repository, OrgFacts org, OrganisationStructure structure, CurrentUser currentUser,
            AuditLog audit) {
        this.repository = repository;
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
        audit.record("pay.salary.set", "person", personId.toString(),
                before.map(b -> Map.of("salary", b.salary(), "currency", b.currency())).orElse(null),
                Map.of("salary", salary, "currency", code));
        return payOf(List.of(personId)).get(personId);
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
        List<Problem> problems = new ArrayList<>();
        List<ParsedRow> rows = parse(csv, problems);
        if (!problems.isEmpty()) {
            return new PayImportReport(rows.size(), List.of(), List.copyOf(problems));
        }
        Set<UUID> existing = repository.salaries(rows.stream().map(ParsedRow::personId).toList()).keySet();
        List<RowOutcome> written = new ArrayList<>();
        for (ParsedRow row : rows) {
            repository.upsertSalary(row.personId(), row.salary(), row.currency());
            written.add(new RowOutcome(row.line(), row.email(), !existing.contains(row.personId())));
        }
        audit.record("pay.salaries.imported", "pay", "import", null, Map.of("rows", rows.size()));
        return new PayImportReport(rows.size(), List.copyOf(written), List.of());
    }

    private record ParsedRow(int line, String email, UUID personId, BigDecimal salary, String currency) {
    }

    private List<ParsedRow> parse(byte[] csv, List<Problem> problems) {
        List<ParsedRow> rows = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            problems.add(new Problem(1, "", "compensation.import.empty", ""));
            return rows;
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            for (String required : List.of("email", "salary", "currency")) {
                if (!header.containsKey(required)) {
                    problems.add(new Problem(1, required, "compensation.import.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                return rows;
            }
            Set<UUID> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    problems.add(new Problem(line, "", "compensation.import.too-many-rows",
                            String.valueOf(MAX_IMPORT_ROWS)));
                    break;
                }
                java.util.function.Function<String, String> cell = column -> {
                    Integer index = header.get(column);
                    return index == null || index >= record.size() ? "" : record.get(index).strip();
                };
                ParsedRow row = parseRow(line, cell, problems);
                if (row != null && !seen.add(row.personId())) {
                    problems.add(new Problem(line, "email", "compensation.import.duplicate", row.email()));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException broken) {
            problems.add(new Problem(1, "", "compensation.import.unreadable", String.valueOf(broken.getMessage())));
            return rows;
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "", "compensation.import.no-rows", ""));
        }
        return rows;
    }

    private ParsedRow parseRow(int line, java.util.function.Function<String, String> cell, List<Problem> problems) {
        int before = problems.size();
        String email = cell.apply("email").toLowerCase(Locale.ROOT);
        Optional<OrgPerson> person = email.isEmpty() ? Optional.empty() : org.personByEmail(email);
        if (person.isEmpty()) {
            problems.add(new Problem(line, "email", "compensation.import.unknown-person", email));
        }
        BigDecimal salary = null;
        try {
            salary = new BigDecimal(cell.apply("salary").replace(" ", "").replace("_", ""));
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (!validAmount(salary)) {
            problems.add(new Problem(line, "salary", "compensation.import.bad-salary", cell.apply("salary")));
        }
        String currency = cell.apply("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new Problem(line, "currency", "compensation.import.bad-currency", cell.apply("currency")));
        }
        return problems.size() > before ? null
                : new ParsedRow(line, email, person.orElseThrow().id(), salary, currency);
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
