package io.kadens.competencies;

import io.kadens.audit.AuditLog;
import io.kadens.competencies.CompetencyImportReport.Action;
import io.kadens.competencies.CompetencyImportReport.Problem;
import io.kadens.competencies.CompetencyImportReport.RowOutcome;
import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The tenant's competency framework: its proficiency scale (4 or 5 levels), the competencies with a
 * behavioural indicator per level, grouped as core/values, leadership or functional for one job family,
 * and the matrix of expected proficiency per job level. Everyone in the tenant reads it; HR admins keep it
 * (by hand or by CSV import, all rows or none), audited, with optimistic locking. A competency that ratings
 * refer to is archived, never deleted.
 */
@Service
@Transactional
public class CompetencyFrameworks {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_INDICATOR = 1000;
    static final int MAX_IMPORT_ROWS = 1_000;
    static final List<String> CSV_COLUMNS = List.of("name", "description", "group", "job_family",
            "indicator_1", "indicator_2", "indicator_3", "indicator_4", "indicator_5");

    private final FrameworkRepository repository;
    private final OrganisationStructure structure;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CompetencyLeftovers references;

    CompetencyFrameworks(FrameworkRepository repository, OrganisationStructure structure, CurrentUser currentUser,
                         AuditLog audit, CompetencyLeftovers references) {
        this.repository = repository;
        this.structure = structure;
        this.currentUser = currentUser;
        this.audit = audit;
        this.references = references;
    }

    // ------------------------------------------------------------------ reading

    /** The number of proficiency levels (4 or 5) and the version to send back when changing it. */
    public record Scale(int levels, long version) {
    }

    @Transactional(readOnly = true)
    public Scale scale() {
        requireTenantUser();
        FrameworkRepository.Scale scale = repository.scale();
        return new Scale(scale.max(), scale.version());
    }

    /** Active competencies, or all of them with the archived ones, by group and name. */
    @Transactional(readOnly = true)
    public List<Competency> competencies(boolean includeArchived) {
        requireTenantUser();
        return repository.competencies(includeArchived, null);
    }

    /** These competencies (archived ones too); unknown ids are left out. One query. */
    @Transactional(readOnly = true)
    public Map<UUID, Competency> competencies(java.util.Collection<UUID> ids) {
        requireTenantUser();
        Map<UUID, Competency> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            repository.competencies(true, Set.copyOf(ids)).forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    /**
     * Every competency (archived ones too) by its lower-case name: how feedback and training items link a value
     * written as text to the competency it names.
     */
    @Transactional(readOnly = true)
    public Map<String, Competency> byLowerName() {
        requireTenantUser();
        return repository.byLowerName();
    }

    @Transactional(readOnly = true)
    public Optional<Competency> competency(UUID id) {
        requireTenantUser();
        return repository.competency(id);
    }

    /** The job families (with their ladders) whose levels the matrix covers, from the people feature. */
    @Transactional(readOnly = true)
    public List<JobFamily> jobFamilies() {
        return structure.jobFamilies();
    }

    /** Expectations of every level of one family, or of all families when {@code jobFamilyId} is null. */
    @Transactional(readOnly = true)
    public List<Expectation> expectations(UUID jobFamilyId) {
        requireTenantUser();
        return repository.expectations(jobFamilyId);
    }

    /** What one job level is expected to show, by competency; active competencies only. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> expectationsOfLevel(UUID jobLevelId) {
        requireTenantUser();
        Set<UUID> active = new HashSet<>();
        repository.competencies(false, null).forEach(c -> active.add(c.id()));
        Map<UUID, Integer> expected = new LinkedHashMap<>();
        repository.expectationsOfLevel(jobLevelId).stream().filter(e -> active.contains(e.competencyId()))
                .forEach(e -> expected.put(e.competencyId(), e.level()));
        return expected;
    }

    /**
     * Whether a competency applies to a job family: core and leadership ones to every family, a
     * functional one to its own.
     */
    public static boolean appliesTo(Competency competency, UUID jobFamilyId) {
        return competency.data().group() != CompetencyGroup.FUNCTIONAL
                || competency.data().jobFamilyId().equals(jobFamilyId);
    }

    // ------------------------------------------------------------------ the scale

    /** Sets the scale; a smaller one is refused while a level above it is expected, rated or described. */
    public Scale changeScale(int levels, long expectedVersion) {
        requireAdministrator();
        if (levels != 4 && levels != 5) {
            throw InvalidInputException.of("levels", "competencies.scale.invalid");
        }
        FrameworkRepository.Scale before = repository.scale();
        if (levels < before.max() && repository.highestLevelInUse() > levels) {
            throw InvalidInputException.of("levels", "competencies.scale.in-use");
        }
        if (!repository.saveScale(levels, expectedVersion)) {
            throw new ConcurrentEditException("competency_settings", "scale");
        }
        audit.record("competency.scale.changed", "competency_settings", "scale", before.max(), levels);
        FrameworkRepository.Scale after = repository.scale();
        return new Scale(after.max(), after.version());
    }

    // ------------------------------------------------------------------ competencies

    public UUID create(CompetencyData data) {
        requireAdministrator();
        CompetencyData cleaned = validated(null, data, repository.scale().max(), familyIds());
        UUID id = UUID.randomUUID();
        repository.insert(id, cleaned);
        audit.record("competency.created", "competency", id.toString(), null, cleaned);
        return id;
    }

    /** Saves a competency; another person's save in between fails with a concurrent edit. Returns the new version. */
    public long update(UUID id, CompetencyData data, long expectedVersion) {
        requireAdministrator();
        Competency before = existing(id);
        CompetencyData cleaned = validated(id, data, repository.scale().max(), familyIds());
        dropExpectationsOfOtherFamilies(id, cleaned);
        if (!repository.update(id, expectedVersion, cleaned)) {
            throw new ConcurrentEditException("competency", id);
        }
        if (!before.name().equals(cleaned.name())) {
            references.renamed(id, cleaned.name());
        }
        audit.record("competency.updated", "competency", id.toString(), before.data(), cleaned);
        return expectedVersion + 1;
    }

    /** Expectations of other families no longer apply to a competency that became functional for one family. */
    private void dropExpectationsOfOtherFamilies(UUID id, CompetencyData data) {
        if (data.group() != CompetencyGroup.FUNCTIONAL) {
            return;
        }
        repository.expectations(null).stream()
                .filter(e -> e.competencyId().equals(id) && !e.jobFamilyId().equals(data.jobFamilyId()))
                .forEach(e -> repository.saveExpectation(id, e.jobFamilyId(), e.jobLevelId(), null));
    }

    /** Archives (or restores) a competency: archived ones are kept for history but take no new ratings. */
    public void archive(UUID id, boolean archived, long expectedVersion) {
        requireAdministrator();
        Competency before = existing(id);
        if (!repository.setArchived(id, expectedVersion, archived)) {
            throw new ConcurrentEditException("competency", id);
        }
        audit.record(archived ? "competency.archived" : "competency.restored", "competency", id.toString(),
                before.archived(), archived);
    }

    /** Deletes a competency nobody was rated on; one with ratings is archived instead. */
    public RemovalOutcome remove(UUID id, long expectedVersion) {
        requireAdministrator();
        Competency before = existing(id);
        // Ratings, feedback and training items that name it are history (their foreign keys do not cascade).
        if (repository.hasHistory(id) || references.referred(id)) {
            if (!before.archived()) {
                archive(id, true, expectedVersion);
            } else if (before.version() != expectedVersion) {
                throw new ConcurrentEditException("competency", id);
            }
            return RemovalOutcome.ARCHIVED;
        }
        if (!repository.delete(id, expectedVersion)) {
            throw new ConcurrentEditException("competency", id);
        }
        audit.record("competency.deleted", "competency", id.toString(), before.data(), null);
        return RemovalOutcome.DELETED;
    }

    // ------------------------------------------------------------------ expectations

    /**
     * Sets (or with {@code level} null clears) what a job level is expected to show in a competency. The
     * expectations belong to the competency, so the competency's version guards the edit; returns the new one.
     */
    public long setExpectation(UUID competencyId, UUID jobLevelId, Integer level, long expectedVersion) {
        requireAdministrator();
        Competency competency = existing(competencyId);
        UUID familyId = jobFamilies().stream()
                .filter(f -> f.levels().stream().anyMatch(l -> l.id().equals(jobLevelId)))
                .map(JobFamily::id).findFirst()
                .orElseThrow(() -> InvalidInputException.of("jobLevelId", "competencies.expectation.level.unknown"));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(!competency.archived(), "competencyId", "competencies.archived");
        errors.check(appliesTo(competency, familyId), "jobLevelId", "competencies.expectation.other-family");
        errors.check(level == null || level >= 1 && level <= repository.scale().max(), "level",
                "competencies.expectation.level.invalid");
        errors.throwIfAny();
        if (!repository.update(competencyId, expectedVersion, competency.data())) {
            throw new ConcurrentEditException("competency", competencyId);
        }
        repository.saveExpectation(competencyId, familyId, jobLevelId, level);
        audit.record("competency.expectation.set", "competency", competencyId.toString(), null,
                Map.of("jobLevelId", jobLevelId, "level", level == null ? "none" : level));
        return expectedVersion + 1;
    }

    // ------------------------------------------------------------------ CSV import

    /** A file with the header and one example row, for HR to fill in. */
    public static String csvTemplate() {
        return String.join(",", CSV_COLUMNS) + "\n"
                + "Communication,Shares information clearly,core,,Listens,Explains,Adapts,Persuades,Shapes the culture\n";
    }

    /**
     * Imports competencies: all rows or none. A row whose name matches an existing competency (ignoring case)
     * updates it; others are created. The report names every row's outcome, or every problem by line and column.
     */
    public CompetencyImportReport importCsv(byte[] csv) {
        requireAdministrator();
        int scale = repository.scale().max();
        Map<String, UUID> families = new HashMap<>();
        jobFamilies().forEach(f -> families.put(f.name().toLowerCase(Locale.ROOT), f.id()));
        Map<String, Competency> existing = repository.byLowerName();
        List<Problem> problems = new ArrayList<>();
        List<ParsedRow> rows = parse(csv, scale, families, problems);
        if (!problems.isEmpty()) {
            return new CompetencyImportReport(rows.size(), List.of(), List.copyOf(problems));
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ParsedRow row : rows) {
            Competency match = existing.get(row.data().name().toLowerCase(Locale.ROOT));
            if (match == null) {
                repository.insert(UUID.randomUUID(), row.data());
                outcomes.add(new RowOutcome(row.line(), row.data().name(), Action.CREATED));
            } else {
                dropExpectationsOfOtherFamilies(match.id(), row.data());
                if (!repository.update(match.id(), match.version(), row.data())) {
                    throw new ConcurrentEditException("competency", match.id());
                }
                if (!match.name().equals(row.data().name())) {
                    references.renamed(match.id(), row.data().name());
                }
                outcomes.add(new RowOutcome(row.line(), row.data().name(), Action.UPDATED));
            }
        }
        audit.record("competency.framework.imported", "competency", "framework", null,
                Map.of("rows", rows.size()));
        return new CompetencyImportReport(rows.size(), List.copyOf(outcomes), List.of());
    }

    private record ParsedRow(int line, CompetencyData data) {
    }

    private List<ParsedRow> parse(byte[] csv, int scale, Map<String, UUID> families, List<Problem> problems) {
        List<ParsedRow> rows = new ArrayList<>();
        if (csv == null || csv.length == 0) {
            problems.add(new Problem(1, "", "competencies.import.empty", ""));
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
            for (String required : List.of("name", "group")) {
                if (!header.containsKey(required)) {
                    problems.add(new Problem(1, required, "competencies.import.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                return rows;
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    problems.add(new Problem(line, "", "competencies.import.too-many-rows", String.valueOf(MAX_IMPORT_ROWS)));
                    break;
                }
                java.util.function.Function<String, String> cell = column -> {
                    Integer index = header.get(column);
                    return index == null || index >= record.size() ? "" : record.get(index).strip();
                };
                ParsedRow row = parseRow(line, cell, scale, families, problems);
                if (row != null && !seen.add(row.data().name().toLowerCase(Locale.ROOT))) {
                    problems.add(new Problem(line, "name", "competencies.import.duplicate-name", row.data().name()));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException broken) {
            problems.add(new Problem(1, "", "competencies.import.unreadable", String.valueOf(broken.getMessage())));
            return rows;
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "", "competencies.import.no-rows", ""));
        }
        return rows;
    }

    private ParsedRow parseRow(int line, java.util.function.Function<String, String> cell, int scale,
                               Map<String, UUID> families, List<Problem> problems) {
        int before = problems.size();
        CompetencyGroup group = switch (cell.apply("group").toLowerCase(Locale.ROOT)) {
            case "core", "values", "core/values", "kärna", "värderingar" -> CompetencyGroup.CORE;
            case "leadership", "ledarskap" -> CompetencyGroup.LEADERSHIP;
            case "functional", "funktionell" -> CompetencyGroup.FUNCTIONAL;
            default -> null;
        };
        if (group == null) {
            problems.add(new Problem(line, "group", "competencies.import.bad-group", cell.apply("group")));
        }
        UUID familyId = null;
        String familyName = cell.apply("job_family");
        if (!familyName.isEmpty()) {
            familyId = families.get(familyName.toLowerCase(Locale.ROOT));
            if (familyId == null) {
                problems.add(new Problem(line, "job_family", "competencies.import.unknown-family", familyName));
            }
        }
        List<String> indicators = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            indicators.add(cell.apply("indicator_" + level));
        }
        CompetencyData data = new CompetencyData(cell.apply("name"), cell.apply("description"), group,
                familyId, indicators);
        if (problems.size() > before) {
            return null;
        }
        try {
            return new ParsedRow(line, validated(null, data, scale, new HashSet<>(families.values()), false));
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((field, key) -> problems.add(new Problem(line, csvColumn(field), key,
                    csvValue(field, data))));
            return null;
        }
    }

    private static String csvColumn(String field) {
        return switch (field) {
            case "jobFamilyId" -> "job_family";
            case "indicators" -> "indicator_5";
            default -> field;
        };
    }

    private static String csvValue(String field, CompetencyData data) {
        return switch (field) {
            case "name" -> data.name();
            case "description" -> data.description().length() > 40 ? data.description().substring(0, 40) + "…" : data.description();
            default -> "";
        };
    }

    // ------------------------------------------------------------------ validation

    /**
     * What would refuse creating this competency, by field (empty when it would be stored), without storing it
     * or throwing: a document import checks every proposal before creating any.
     */
    Map<String, String> problemsOf(CompetencyData data) {
        try {
            validated(null, data, repository.scale().max(), familyIds());
            return Map.of();
        } catch (InvalidInputException refused) {
            return refused.fieldErrors();
        }
    }

    private Set<UUID> familyIds() {
        Set<UUID> ids = new HashSet<>();
        jobFamilies().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private CompetencyData validated(UUID id, CompetencyData data, int scale, Set<UUID> familyIds) {
        return validated(id, data, scale, familyIds, true);
    }

    /** Trims the texts and drops blank trailing indicators; refuses what the framework cannot hold. */
    private CompetencyData validated(UUID id, CompetencyData data, int scale, Set<UUID> familyIds, boolean checkName) {
        if (data == null) {
            throw InvalidInputException.of("name", "competencies.name.required");
        }
        String name = data.name() == null ? "" : data.name().strip();
        String description = data.description() == null ? "" : data.description().strip();
        List<String> indicators = new ArrayList<>(data.indicators().stream().map(String::strip).toList());
        while (!indicators.isEmpty() && indicators.getLast().isEmpty()) {
            indicators.removeLast();
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(!name.isEmpty(), "name", "competencies.name.required");
        errors.check(name.length() <= MAX_NAME, "name", "competencies.name.too-long");
        errors.check(!checkName || name.isEmpty() || !repository.nameTaken(name, id), "name", "competencies.name.taken");
        errors.check(description.length() <= MAX_DESCRIPTION, "description", "competencies.description.too-long");
        errors.check(data.group() != null, "group", "competencies.group.required");
        if (data.group() == CompetencyGroup.FUNCTIONAL) {
            errors.check(data.jobFamilyId() != null && familyIds.contains(data.jobFamilyId()), "jobFamilyId",
                    "competencies.family.required");
        } else if (data.group() != null) {
            errors.check(data.jobFamilyId() == null, "jobFamilyId", "competencies.family.not-functional");
        }
        errors.check(indicators.size() <= scale, "indicators", "competencies.indicators.beyond-scale");
        errors.check(indicators.stream().allMatch(text -> text.length() <= MAX_INDICATOR), "indicators",
                "competencies.indicators.too-long");
        errors.throwIfAny();
        return new CompetencyData(name, description, data.group(), data.jobFamilyId(), indicators);
    }

    private Competency existing(UUID id) {
        return repository.competency(id).orElseThrow(() -> new ResourceNotFoundException("competency", id));
    }

    // ------------------------------------------------------------------ access

    private void requireTenantUser() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator sees no tenant's competency framework");
        }
    }

    private void requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return; // system work: demo seeding
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins keep the competency framework");
        }
    }
}
