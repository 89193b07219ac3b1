package io.kadens.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks every row of an upload against itself and against the tenant's current people, and
 * works out what applying it would do. Pure: reads nothing but its arguments, so the apply can
 * run it again on fresh data inside its transaction.
 *
 * <p>Rules: an empty cell leaves the person's value as it is (a partial export wipes nothing);
 * departments named in the file that do not exist yet are created; a manager is named by email,
 * of someone in the file or already in the tenant.
 */
final class ImportPlan {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/MM/dd"),
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** A person as the tenant has them now. */
    record Existing(UUID id, String email, String givenName, String familyName, String jobTitle, UUID departmentId,
                    UUID managerId, String location, String phone, LocalDate startDate, String preferredLocale,
                    String status, UUID teamId, UUID jobFamilyId, UUID jobLevelId, String employmentType) {
    }

    /** A team as the import looks it up: by name within its department. */
    record TeamRef(UUID id, UUID departmentId, String name) {
    }

    /** The tenant's people and departments (department names lower-cased) at validation time. */
    record Snapshot(List<Existing> people, Map<String, UUID> departmentsByName, List<TeamRef> teams,
                    Map<String, UUID> jobFamiliesByName, Map<UUID, Map<String, UUID>> levelsByFamily) {
    }

    /** One valid row, merged with what the person already has: the values to write. */
    record Planned(int line, UUID existingId, String email, String givenName, String familyName, String jobTitle,
                   String departmentName, UUID departmentId, String managerEmail, UUID existingManagerId,
                   String location, String phone, LocalDate startDate, String preferredLocale, String status,
                   UUID teamId, UUID jobFamilyId, UUID jobLevelId, String employmentType, boolean changed) {
    }

    private final ImportReport report;
    private final List<Planned> people;

    private ImportPlan(ImportReport report, List<Planned> people) {
        this.report = report;
        this.people = people;
    }

    ImportReport report() {
        return report;
    }

    List<Planned> people() {
        return people;
    }

    static ImportPlan of(CsvUpload upload, ColumnMapping mapping, Snapshot snapshot) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Existing> existingByEmail = new HashMap<>();
        Map<UUID, Existing> existingById = new HashMap<>();
        for (Existing person : snapshot.people()) {
            existingByEmail.put(person.email(), person);
            existingById.put(person.id(), person);
        }
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        Map<Integer, Row> rows = new LinkedHashMap<>();
        for (CsvUpload.Row raw : upload.rows()) {
            Row row = parse(raw, mapping, problems);
            if (row.email == null) {
                continue;
            }
            Integer first = firstLineOfEmail.putIfAbsent(row.email, raw.line());
            if (first != null) {
                problems.add(new ImportProblem(raw.line(), ImportField.EMAIL, "people-import.problem.email-duplicate",
                        String.valueOf(first)));
                continue;
            }
            rows.put(raw.line(), row);
        }

        // Managers: by email, of someone in the file or in the tenant.
        for (Row row : rows.values()) {
            if (row.managerEmail != null && !firstLineOfEmail.containsKey(row.managerEmail)
                    && !existingByEmail.containsKey(row.managerEmail)) {
                problems.add(new ImportProblem(row.line, ImportField.MANAGER_EMAIL,
                        "people-import.problem.manager-unknown", row.managerEmail));
                row.managerUnknown = true;
            }
        }
        reportCycles(rows, existingByEmail, existingById, problems);

        Set<String> badLines = new java.util.HashSet<>();
        problems.forEach(problem -> badLines.add(String.valueOf(problem.line())));
        Set<String> departmentsToCreate = new LinkedHashSet<>();
        List<Planned> planned = new ArrayList<>();
        int toCreate = 0;
        int toUpdate = 0;
        int unchanged = 0;
        for (Row row : rows.values()) {
            if (badLines.contains(String.valueOf(row.line))) {
                continue;
            }
            Existing existing = existingByEmail.get(row.email);
            UUID departmentId = null;
            String departmentName = null;
            if (row.department != null) {
                departmentId = snapshot.departmentsByName().get(row.department.toLowerCase(Locale.ROOT));
                if (departmentId == null) {
                    departmentName = row.department;
                    departmentsToCreate.add(canonical(departmentsToCreate, row.department));
                    departmentName = canonical(departmentsToCreate, row.department);
                }
            } else if (existing != null) {
                departmentId = existing.departmentId();
            }
            if (!resolveReferences(row, existing, departmentId, departmentName, snapshot, problems)) {
                continue;
            }
            Planned person = merge(row, existing, departmentId, departmentName, existingById);
            planned.add(person);
            if (existing == null) {
                toCreate++;
            } else if (person.changed()) {
                toUpdate++;
            } else {
                unchanged++;
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        if (!problems.isEmpty()) {
            return new ImportPlan(new ImportReport(upload.rows().size(), 0, 0, 0, List.copyOf(departmentsToCreate),
                    problems), List.of());
        }
        return new ImportPlan(new ImportReport(upload.rows().size(), toCreate, toUpdate, unchanged,
                List.copyOf(departmentsToCreate), problems), planned);
    }

    /** Finds team, job family and level by name; false (with a problem) when one is unknown. */
    private static boolean resolveReferences(Row row, Existing existing, UUID departmentId, String newDepartment,
                                             Snapshot snapshot, List<ImportProblem> problems) {
        boolean ok = true;
        if (row.jobFamily != null) {
            row.jobFamilyId = snapshot.jobFamiliesByName().get(row.jobFamily.toLowerCase(Locale.ROOT));
            if (row.jobFamilyId == null) {
                problems.add(new ImportProblem(row.line, ImportField.JOB_FAMILY, "people-import.problem.job-family-unknown",
                        row.jobFamily));
                ok = false;
            }
        }
        if (row.jobLevel != null && ok) {
            UUID family = row.jobFamilyId != null ? row.jobFamilyId : existing == null ? null : existing.jobFamilyId();
            row.jobLevelId = family == null ? null
                    : snapshot.levelsByFamily().getOrDefault(family, Map.of()).get(row.jobLevel.toLowerCase(Locale.ROOT));
            if (row.jobLevelId == null) {
                problems.add(new ImportProblem(row.line, ImportField.JOB_LEVEL, "people-import.problem.job-level-unknown",
                        row.jobLevel));
                ok = false;
            }
            row.jobFamilyId = family;
        }
        if (row.team != null) {
            List<TeamRef> named = snapshot.teams().stream().filter(t -> t.name().equalsIgnoreCase(row.team)).toList();
            TeamRef team = newDepartment != null ? null
                    : departmentId != null ? named.stream().filter(t -> t.departmentId().equals(departmentId))
                            .findFirst().orElse(null)
                    : named.size() == 1 ? named.getFirst() : null;
            if (team == null) {
                problems.add(new ImportProblem(row.line, ImportField.TEAM, "people-import.problem.team-unknown", row.team));
                ok = false;
            } else {
                row.teamId = team.id();
            }
        }
        return ok;
    }

    /** The spelling of a new department's first mention, so "Sales" and "sales" make one department. */
    private static String canonical(Set<String> names, String name) {
        return names.stream().filter(existing -> existing.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    private static Planned merge(Row row, Existing existing, UUID departmentId, String newDepartment,
                                 Map<UUID, Existing> existingById) {
        if (existing == null) {
            return new Planned(row.line, null, row.email, row.givenName, row.familyName, row.jobTitle, newDepartment,
                    departmentId, row.managerEmail, null, row.location, row.phone, row.startDate, row.locale,
                    row.status == null ? "ACTIVE" : row.status, row.teamId, row.jobFamilyId, row.jobLevelId,
                    row.employmentType, true);
        }
        String managerEmail = row.managerEmail;
        if (managerEmail == null && existing.managerId() != null && existingById.containsKey(existing.managerId())) {
            managerEmail = existingById.get(existing.managerId()).email();
        }
        Planned merged = new Planned(row.line, existing.id(), row.email,
                or(row.givenName, existing.givenName()), or(row.familyName, existing.familyName()),
                or(row.jobTitle, existing.jobTitle()), newDepartment, departmentId, managerEmail, existing.managerId(),
                or(row.location, existing.location()), or(row.phone, existing.phone()),
                or(row.startDate, existing.startDate()), or(row.locale, existing.preferredLocale()),
                or(row.status, existing.status()), or(row.teamId, existing.teamId()),
                or(row.jobFamilyId, existing.jobFamilyId()),
                row.jobFamilyId != null && !row.jobFamilyId.equals(existing.jobFamilyId()) && row.jobLevelId == null
                        ? null : or(row.jobLevelId, existing.jobLevelId()),
                or(row.employmentType, existing.employmentType()), false);
        String currentManagerEmail = existing.managerId() == null || !existingById.containsKey(existing.managerId())
                ? null : existingById.get(existing.managerId()).email();
        boolean changed = newDepartment != null
                || !java.util.Objects.equals(merged.givenName(), existing.givenName())
                || !java.util.Objects.equals(merged.familyName(), existing.familyName())
                || !java.util.Objects.equals(merged.jobTitle(), existing.jobTitle())
                || !java.util.Objects.equals(merged.departmentId(), existing.departmentId())
                || !java.util.Objects.equals(merged.managerEmail(), currentManagerEmail)
                || !java.util.Objects.equals(merged.location(), existing.location())
                || !java.util.Objects.equals(merged.phone(), existing.phone())
                || !java.util.Objects.equals(merged.startDate(), existing.startDate())
                || !java.util.Objects.equals(merged.preferredLocale(), existing.preferredLocale())
                || !java.util.Objects.equals(merged.status(), existing.status())
                || !java.util.Objects.equals(merged.teamId(), existing.teamId())
                || !java.util.Objects.equals(merged.jobFamilyId(), existing.jobFamilyId())
                || !java.util.Objects.equals(merged.jobLevelId(), existing.jobLevelId())
                || !java.util.Objects.equals(merged.employmentType(), existing.employmentType());
        return new Planned(merged.line(), merged.existingId(), merged.email(), merged.givenName(), merged.familyName(),
                merged.jobTitle(), merged.departmentName(), merged.departmentId(), merged.managerEmail(),
                merged.existingManagerId(), merged.location(), merged.phone(), merged.startDate(),
                merged.preferredLocale(), merged.status(), merged.teamId(), merged.jobFamilyId(), merged.jobLevelId(),
                merged.employmentType(), changed);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Every row whose person would sit on a reporting-line cycle once the file is applied: the file's
     * manager links replace the tenant's for the people in it; everyone else keeps theirs.
     */
    private static void reportCycles(Map<Integer, Row> rows, Map<String, Existing> existingByEmail,
                                     Map<UUID, Existing> existingById, List<ImportProblem> problems) {
        Map<String, String> managerOf = new HashMap<>();
        for (Existing person : existingByEmail.values()) {
            Existing manager = person.managerId() == null ? null : existingById.get(person.managerId());
            if (manager != null) {
                managerOf.put(person.email(), manager.email());
            }
        }
        Map<String, Integer> lineOf = new HashMap<>();
        for (Row row : rows.values()) {
            lineOf.put(row.email, row.line);
            if (row.managerEmail != null && !row.managerUnknown) {
                managerOf.put(row.email, row.managerEmail);
            }
        }
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        Set<String> onCycle = new LinkedHashSet<>();
        Map<String, String> cycleText = new HashMap<>();
        for (String start : lineOf.keySet()) {
            List<String> path = new ArrayList<>();
            String current = start;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                path.add(current);
                current = managerOf.get(current);
            }
            if (current != null && state.get(current) == 1) {
                List<String> cycle = path.subList(path.indexOf(current), path.size());
                String text = String.join(" → ", cycle) + " → " + current;
                for (String member : cycle) {
                    onCycle.add(member);
                    cycleText.put(member, text);
                }
            }
            path.forEach(email -> state.put(email, 2));
        }
        for (String email : onCycle) {
            Integer line = lineOf.get(email);
            if (line != null) {
                problems.add(new ImportProblem(line, ImportField.MANAGER_EMAIL, "people-import.problem.manager-cycle",
                        cycleText.get(email)));
            }
        }
    }

    /** A row's cells as values: null where the cell is empty or the column unmapped. */
    private static final class Row {
        int line;
        String email;
        String givenName;
        String familyName;
        String jobTitle;
        String department;
        String managerEmail;
        boolean managerUnknown;
        String location;
        String phone;
        LocalDate startDate;
        String locale;
        String status;
        String team;
        UUID teamId;
        String jobFamily;
        UUID jobFamilyId;
        String jobLevel;
        UUID jobLevelId;
        String employmentType;
    }

    private static Row parse(CsvUpload.Row raw, ColumnMapping mapping, List<ImportProblem> problems) {
        Row row = new Row();
        row.line = raw.line();
        String email = cell(raw, mapping, ImportField.EMAIL);
        if (email == null) {
            problems.add(new ImportProblem(raw.line(), ImportField.EMAIL, "people-import.problem.email-missing", ""));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new ImportProblem(raw.line(), ImportField.EMAIL, "people-import.problem.email-invalid", email));
        } else {
            row.email = email.toLowerCase(Locale.ROOT);
        }
        String given = cell(raw, mapping, ImportField.GIVEN_NAME);
        String family = cell(raw, mapping, ImportField.FAMILY_NAME);
        String full = cell(raw, mapping, ImportField.FULL_NAME);
        if ((given == null || family == null) && full != null) {
            String[] split = splitFullName(full);
            given = given != null ? given : split[0];
            family = family != null ? family : split[1];
        }
        boolean nameMapped = mapping.column(ImportField.FULL_NAME).isPresent()
                || mapping.column(ImportField.GIVEN_NAME).isPresent() || mapping.column(ImportField.FAMILY_NAME).isPresent();
        if (nameMapped && (given == null || family == null)) {
            problems.add(new ImportProblem(raw.line(), full != null || given != null || family != null
                    ? ImportField.FAMILY_NAME : ImportField.FULL_NAME, "people-import.problem.name-missing",
                    full == null ? "" : full));
        }
        row.givenName = given;
        row.familyName = family;
        row.jobTitle = cell(raw, mapping, ImportField.JOB_TITLE);
        row.department = cell(raw, mapping, ImportField.DEPARTMENT);
        String manager = cell(raw, mapping, ImportField.MANAGER_EMAIL);
        if (manager != null) {
            if (!EMAIL.matcher(manager).matches()) {
                problems.add(new ImportProblem(raw.line(), ImportField.MANAGER_EMAIL,
                        "people-import.problem.manager-email-invalid", manager));
            } else if (manager.equalsIgnoreCase(email)) {
                problems.add(new ImportProblem(raw.line(), ImportField.MANAGER_EMAIL,
                        "people-import.problem.manager-cycle", email + " → " + email));
            } else {
                row.managerEmail = manager.toLowerCase(Locale.ROOT);
            }
        }
        row.location = cell(raw, mapping, ImportField.LOCATION);
        row.phone = cell(raw, mapping, ImportField.PHONE);
        String date = cell(raw, mapping, ImportField.START_DATE);
        if (date != null) {
            row.startDate = parseDate(date).orElse(null);
            if (row.startDate == null) {
                problems.add(new ImportProblem(raw.line(), ImportField.START_DATE, "people-import.problem.date-invalid",
                        date));
            }
        }
        String language = cell(raw, mapping, ImportField.PREFERRED_LANGUAGE);
        if (language != null) {
            row.locale = language(language);
            if (row.locale == null) {
                problems.add(new ImportProblem(raw.line(), ImportField.PREFERRED_LANGUAGE,
                        "people-import.problem.language-invalid", language));
            }
        }
        String status = cell(raw, mapping, ImportField.STATUS);
        if (status != null) {
            row.status = status(status);
            if (row.status == null) {
                problems.add(new ImportProblem(raw.line(), ImportField.STATUS, "people-import.problem.status-invalid",
                        status));
            }
        }
        row.team = cell(raw, mapping, ImportField.TEAM);
        row.jobFamily = cell(raw, mapping, ImportField.JOB_FAMILY);
        row.jobLevel = cell(raw, mapping, ImportField.JOB_LEVEL);
        String type = cell(raw, mapping, ImportField.EMPLOYMENT_TYPE);
        if (type != null) {
            row.employmentType = employmentType(type);
            if (row.employmentType == null) {
                problems.add(new ImportProblem(raw.line(), ImportField.EMPLOYMENT_TYPE,
                        "people-import.problem.employment-type-invalid", type));
            }
        }
        return row;
    }

    private static String employmentType(String text) {
        return switch (ImportField.normalise(text)) {
            case "permanent", "tillsvidare", "tillsvidareanstalld", "fast", "fastanstalld" -> "PERMANENT";
            case "fixedterm", "temporary", "visstid", "visstidsanstalld", "tidsbegransad" -> "FIXED_TERM";
            case "contractor", "consultant", "konsult", "uppdragstagare" -> "CONTRACTOR";
            case "intern", "praktikant", "trainee" -> "INTERN";
            default -> null;
        };
    }

    private static String cell(CsvUpload.Row raw, ColumnMapping mapping, ImportField field) {
        return mapping.column(field).map(raw::value).map(String::trim).filter(value -> !value.isEmpty()).orElse(null);
    }

    /** "Anna Maria Lindqvist" → Anna Maria / Lindqvist; "Lindqvist, Anna" → Anna / Lindqvist. */
    static String[] splitFullName(String full) {
        int comma = full.indexOf(',');
        if (comma > 0) {
            String family = full.substring(0, comma).trim();
            String given = full.substring(comma + 1).trim();
            return new String[] {given.isEmpty() ? null : given, family.isEmpty() ? null : family};
        }
        String trimmed = full.trim();
        int space = trimmed.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {trimmed, null};
        }
        return new String[] {trimmed.substring(0, space).trim(), trimmed.substring(space + 1).trim()};
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private static String language(String text) {
        return switch (ImportField.normalise(text)) {
            case "en", "eng", "english", "engelska", "enus", "engb" -> "en";
            case "sv", "swe", "swedish", "svenska", "svse" -> "sv";
            default -> null;
        };
    }

    private static String status(String text) {
        return switch (ImportField.normalise(text)) {
            case "active", "aktiv", "employed", "anstalld", "yes", "ja", "true", "1" -> "ACTIVE";
            case "inactive", "inaktiv", "terminated", "left", "slutat", "avslutad", "no", "nej", "false", "0" -> "INACTIVE";
            default -> null;
        };
    }
}
