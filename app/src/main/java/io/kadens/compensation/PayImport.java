package io.kadens.compensation;

import io.kadens.audit.AuditLog;
import io.kadens.compensation.PayImportPlan.Action;
import io.kadens.compensation.PayImportPlan.Amounts;
import io.kadens.compensation.PayImportPlan.Change;
import io.kadens.compensation.PayImportPlan.Kind;
import io.kadens.compensation.PayImportReport.Problem;
import io.kadens.people.JobFamily;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay files for HR admins: salaries (email, salary, currency) or ranges (job_family, job_level, currency, min, mid,
 * max). {@link #preview} says what each row would change without writing; {@link #apply} writes every row or none,
 * and refuses when what it would change is no longer what the preview showed (someone saved a salary or range in
 * between), so HR confirms exactly what they saw.
 */
@Service
public class PayImport {

    /** How many written rows between two progress reports. */
    static final int PROGRESS_EVERY = 100;

    private final PayRepository repository;
    private final OrgFacts org;
    private final OrganisationStructure structure;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PayImport(PayRepository repository, OrgFacts org, OrganisationStructure structure, CurrentUser currentUser,
              AuditLog audit) {
        this.repository = repository;
        this.org = org;
        this.structure = structure;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** An example file of each kind, for the page's download. */
    public static String template(Kind kind) {
        return switch (kind) {
            case SALARIES -> PayData.csvTemplate();
            case RANGES -> "job_family,job_level,currency,min,mid,max\nSales,Account Executive,SEK,40000,50000,60000\n";
        };
    }

    /** What the file would change, row by row, or its problems; writes nothing. */
    @Transactional(readOnly = true)
    public PayImportPlan preview(Kind kind, byte[] csv) {
        requireHrAdmin();
        return plan(kind, csv).plan();
    }

    /**
     * Writes every row of the file, or none when it has problems (the plan then says which). Rows that change
     * nothing are not written.
     *
     * @param previewed the preview HR confirmed, or null to write whatever the file says now
     * @param progress  told the share written so far, 0 to 1
     * @throws ConcurrentEditException when the file would now change something else than {@code previewed} showed
     */
    @Transactional
    public PayImportPlan apply(Kind kind, byte[] csv, PayImportPlan previewed, DoubleConsumer progress) {
        requireHrAdmin();
        Planned planned = plan(kind, csv);
        PayImportPlan plan = planned.plan();
        if (!plan.valid()) {
            return plan;
        }
        if (previewed != null && (previewed.kind() != kind || !previewed.changes().equals(plan.changes()))) {
            throw new ConcurrentEditException("pay-import", kind);
        }
        List<Change> changes = plan.changes();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).action() != Action.UNCHANGED) {
                planned.writes().get(i).run();
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept((double) (i + 1) / changes.size());
            }
        }
        progress.accept(1.0);
        audit.record(kind == Kind.SALARIES ? "pay.salaries.imported" : "pay.ranges.imported", "pay", "import", null,
                Map.of("rows", plan.rows(), "created", plan.count(Action.CREATE), "updated", plan.count(Action.UPDATE),
                        "unchanged", plan.count(Action.UNCHANGED)));
        return plan;
    }

    // ------------------------------------------------------------------ planning

    /** A plan and, for each of its changes, the write that makes it. */
    private record Planned(PayImportPlan plan, List<Runnable> writes) {
    }

    private record Line(int number, Function<String, String> cell) {
    }

    private Planned plan(Kind kind, byte[] csv) {
        List<Problem> problems = new ArrayList<>();
        List<String> columns = kind == Kind.SALARIES ? List.of("email", "salary", "currency")
                : List.of("job_family", "job_level", "currency", "min", "mid", "max");
        List<Line> lines = read(csv, columns, problems);
        List<Change> changes = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        if (problems.isEmpty()) {
            if (kind == Kind.SALARIES) {
                planSalaries(lines, problems, changes, writes);
            } else {
                planRanges(lines, problems, changes, writes);
            }
        }
        if (!problems.isEmpty()) {
            return new Planned(new PayImportPlan(kind, lines.size(), List.of(), List.copyOf(problems)), List.of());
        }
        return new Planned(new PayImportPlan(kind, lines.size(), List.copyOf(changes), List.of()), writes);
    }

    private List<Line> read(byte[] csv, List<String> columns, List<Problem> problems) {
        List<Line> lines = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            problems.add(new Problem(1, "", "compensation.import.empty", ""));
            return lines;
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            for (String required : columns) {
                if (!header.containsKey(required)) {
                    problems.add(new Problem(1, required, "compensation.import.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                return lines;
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (lines.size() >= PayData.MAX_IMPORT_ROWS) {
                    problems.add(new Problem(line, "", "compensation.import.too-many-rows",
                            String.valueOf(PayData.MAX_IMPORT_ROWS)));
                    break;
                }
                lines.add(new Line(line, column -> {
                    Integer index = header.get(column);
                    return index == null || index >= record.size() ? "" : record.get(index).strip();
                }));
            }
        } catch (IOException | RuntimeException broken) {
            problems.add(new Problem(1, "", "compensation.import.unreadable", String.valueOf(broken.getMessage())));
            return lines;
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "", "compensation.import.no-rows", ""));
        }
        return lines;
    }

    private void planSalaries(List<Line> lines, List<Problem> problems, List<Change> changes, List<Runnable> writes) {
        record Parsed(int line, String email, UUID personId, BigDecimal salary, String currency) {
        }
        List<Parsed> rows = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Line line : lines) {
            int before = problems.size();
            String email = line.cell().apply("email").toLowerCase(Locale.ROOT);
            Optional<OrgPerson> person = email.isEmpty() ? Optional.empty() : org.personByEmail(email);
            if (person.isEmpty()) {
                problems.add(new Problem(line.number(), "email", "compensation.import.unknown-person", email));
            }
            BigDecimal salary = amount(line.cell().apply("salary"));
            if (!PayData.validAmount(salary)) {
                problems.add(new Problem(line.number(), "salary", "compensation.import.bad-salary",
                        line.cell().apply("salary")));
            }
            String currency = currency(line, problems);
            if (problems.size() == before) {
                UUID personId = person.orElseThrow().id();
                if (!seen.add(personId)) {
                    problems.add(new Problem(line.number(), "email", "compensation.import.duplicate", email));
                } else {
                    rows.add(new Parsed(line.number(), email, personId, salary, currency));
                }
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<UUID, PayRepository.SalaryRow> existing = repository.salaries(rows.stream().map(Parsed::personId).toList());
        for (Parsed row : rows) {
            PayRepository.SalaryRow now = existing.get(row.personId());
            Amounts after = new Amounts(row.currency(), List.of(row.salary()));
            Amounts before = now == null ? null : new Amounts(now.currency(), List.of(now.salary()));
            Action action = now == null ? Action.CREATE : same(before, after) ? Action.UNCHANGED : Action.UPDATE;
            changes.add(new Change(row.line(), row.personId(), row.email(), action, before, after,
                    now == null ? 0 : now.version()));
            writes.add(() -> repository.upsertSalary(row.personId(), row.salary(), row.currency()));
        }
    }

    private void planRanges(List<Line> lines, List<Problem> problems, List<Change> changes, List<Runnable> writes) {
        Map<String, JobFamily> families = new HashMap<>();
        structure.jobFamilies().forEach(f -> families.putIfAbsent(f.name().strip().toLowerCase(Locale.ROOT), f));
        Map<UUID, PayRange> existing = repository.rangesByLevel();
        Set<UUID> seen = new HashSet<>();
        List<Change> planned = new ArrayList<>();
        List<Runnable> plannedWrites = new ArrayList<>();
        for (Line line : lines) {
            int before = problems.size();
            String familyName = line.cell().apply("job_family");
            String levelName = line.cell().apply("job_level");
            JobFamily family = families.get(familyName.toLowerCase(Locale.ROOT));
            JobFamily.JobLevel level = null;
            if (family == null) {
                problems.add(new Problem(line.number(), "job_family", "compensation.import.unknown-family", familyName));
            } else {
                level = family.levels().stream().filter(l -> l.name().strip().equalsIgnoreCase(levelName))
                        .findFirst().orElse(null);
                if (level == null) {
                    problems.add(new Problem(line.number(), "job_level", "compensation.import.unknown-level",
                            levelName));
                }
            }
            String currency = currency(line, problems);
            Map<String, BigDecimal> bounds = new HashMap<>();
            for (String column : List.of("min", "mid", "max")) {
                BigDecimal value = amount(line.cell().apply(column));
                if (!PayData.validAmount(value)) {
                    problems.add(new Problem(line.number(), column, "compensation.import.bad-amount",
                            line.cell().apply(column)));
                } else {
                    bounds.put(column, value);
                }
            }
            if (bounds.size() == 3 && !(bounds.get("min").compareTo(bounds.get("mid")) <= 0
                    && bounds.get("mid").compareTo(bounds.get("max")) <= 0)) {
                problems.add(new Problem(line.number(), "mid", "compensation.import.range-order", line.cell().apply("mid")));
            }
            if (problems.size() > before) {
                continue;
            }
            String subject = family.name() + " / " + level.name();
            if (!seen.add(level.id())) {
                problems.add(new Problem(line.number(), "job_level", "compensation.import.duplicate", subject));
                continue;
            }
            PayRange range = new PayRange(family.id(), level.id(), currency, bounds.get("min"), bounds.get("mid"),
                    bounds.get("max"), 0);
            PayRange now = existing.get(level.id());
            Amounts after = new Amounts(currency, List.of(range.min(), range.mid(), range.max()));
            Amounts was = now == null ? null : new Amounts(now.currency(), List.of(now.min(), now.mid(), now.max()));
            Action action = now == null ? Action.CREATE : same(was, after) ? Action.UNCHANGED : Action.UPDATE;
            planned.add(new Change(line.number(), level.id(), subject, action, was, after,
                    now == null ? 0 : now.version()));
            plannedWrites.add(() -> repository.upsertRange(range));
        }
        changes.addAll(planned);
        writes.addAll(plannedWrites);
    }

    private static String currency(Line line, List<Problem> problems) {
        String currency = line.cell().apply("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new Problem(line.number(), "currency", "compensation.import.bad-currency",
                    line.cell().apply("currency")));
        }
        return currency;
    }

    /** An amount as a file may write it: "41 000", "41_000" or "41000.50"; null when it is none. */
    static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.replaceAll("[\\s\u00A0\u202F_]", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean same(Amounts a, Amounts b) {
        if (a == null || b == null || !a.currency().equals(b.currency()) || a.figures().size() != b.figures().size()) {
            return false;
        }
        for (int i = 0; i < a.figures().size(); i++) {
            if (a.figures().get(i).compareTo(b.figures().get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private void requireHrAdmin() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || !me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage pay data");
        }
    }
}
