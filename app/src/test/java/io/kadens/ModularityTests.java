package io.kadens;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The rules of the feature packages (see docs/decisions/2026-12-05-module-map-and-table-ownership.md).
 *
 * <ol>
 * <li>Spring Modulith: features talk only through each other's root-package APIs, without cycles.</li>
 * <li>Each module's allowed dependencies are stated here, in {@link #ALLOWED}; a new arrow between
 * modules is a decision, made by adding it to that list in review.</li>
 * <li>One owner per table: a jOOQ table or record class of {@code io.kadens.db} is used only by the
 * package that owns the table ({@link #OWNED_TABLES}), save the named {@link #EXCEPTIONS}. Other
 * features ask the owner's API (for the people tables: {@code io.kadens.people.OrgFacts}).</li>
 * </ol>
 *
 * The generated jOOQ package itself is left out of the Modulith model: it would be a module whose
 * sub-packages every repository "violates". The ownership rule below is what checks its use.
 */
class ModularityTests {

    private final ApplicationModules modules =
            ApplicationModules.of(KadensApplication.class, resideInAPackage("io.kadens.db.."));

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.kadens");

    // ------------------------------------------------------------------ which tables each package owns

    /**
     * The owner of every table: the feature whose migration creates it. {@code V1__foundation} predates
     * the feature packages, so its tables are assigned here by meaning: the registry to
     * {@code organisation}, sign-in to {@code security}, the people and their stored roles to {@code people}.
     */
    static final Map<String, Set<String>> OWNED_TABLES = Map.ofEntries(
            entry("organisation", Set.of("tenant")),
            entry("security", Set.of("operator_account", "sign_in_throttle", "user_account")),
            entry("people", Set.of("employee", "department", "user_role", "team", "job_family", "job_level",
                    "employee_photo")),
            entry("audit", Set.of("audit_entry")),
            entry("settings", Set.of("tenant_settings")),
            entry("invitations", Set.of("invitation")),
            entry("scim", Set.of("scim_token", "scim_identity")),
            entry("privacy", Set.of("person_erasure")),
            // knowledge_text_search is V142's table-valued function, which jOOQ generates as a table class
            entry("knowledge", Set.of("knowledge_chunk", "knowledge_text_search")),
            entry("content", Set.of("content_document", "content_indexing_job")),
            entry("learning", Set.of("training_item", "training_assignment", "training_progress", "training_item_competency")),
            entry("apitokens", Set.of("api_token", "api_token_policy")),
            entry("goals", Set.of("goal_settings", "goal_cycle", "goal", "goal_contributor", "key_result", "milestone",
                    "goal_check_in", "goal_comment", "goal_roll_up_version", "goal_analytics_figure")),
            entry("oneonones", Set.of("one_on_one_pair", "one_on_one_meeting", "agenda_item", "action_item",
                    "private_note", "check_in_question", "check_in", "check_in_answer", "one_on_one_adherence_figure")),
            entry("feedback", Set.of("feedback_settings", "feedback_request", "feedback_request_recipient", "feedback",
                    "feedback_author", "feedback_reply", "praise", "praise_reaction", "feedback_report", "feedback_unmask_request")),
            entry("notifications", Set.of("notification", "notification_kind", "notification_delivery", "slack_connection", "slack_person",
                    "dev_inbox_mail")),
            entry("platform", Set.of("event_publication", "scheduled_tasks")),
            entry("nextsteps", Set.of("home_visit")),
            entry("rollout", Set.of("rollout_plan", "rollout_phase", "rollout_milestone", "pilot_group",
                    "pilot_group_member", "pilot_group_champion")),
            entry("reviews", Set.of("review_template", "review_template_version", "review_cycle", "review_cycle_phase",
                    "review_cycle_selection", "review_participant", "review", "review_outcome", "review_nomination")),
            entry("competencies", Set.of("competency_settings", "competency", "competency_expectation", "assessment",
                    "assessment_rating", "career_move", "target_role")),
            entry("surveys", Set.of("survey", "survey_question", "survey_invitee", "survey_answer", "survey_schedule")),
            entry("development", Set.of("development_plan", "development_objective", "development_milestone",
                    "development_action", "development_comment", "development_change", "mentor_offer")),
            entry("announcements", Set.of("announcement", "announcement_recipient")),
            entry("calibration", Set.of("calibration_guideline", "calibration_session", "calibration_session_calibrator",
                    "calibration_session_person", "calibration_preview", "calibration_move")),
            entry("compensation", Set.of("pay_setting", "pay_range", "employee_pay", "compensation_cycle",
                    "compensation_budget", "merit_guideline", "compensation_proposal", "compensation_decision")));

    /** A package that may use some of another package's tables, and why. Keep this list short. */
    record TableException(String user, Set<String> tables, String reason) {
    }

    static final List<TableException> EXCEPTIONS = List.of(
            new TableException("security", Set.of("employee", "user_role"),
                    "sign-in and the principal read the person and their stored roles, and Accounts.grant stores a"
                            + " role: security sits below people (people depends on security), so it cannot ask OrgFacts"),
            new TableException("privacy", Set.of("employee", "department", "team", "employee_photo", "user_account",
                    "user_role", "scim_identity"),
                    "the GDPR export reads, and the erasure pseudonymises or deletes, every personal-data row of the"
                            + " people, sign-in and SCIM tables in one transaction"),
            new TableException("scim", Set.of("employee", "department"),
                    "SCIM Users and Groups are the protocol's view of employee and department rows: filters compile to"
                            + " conditions on their columns and provisioning writes them"),
            new TableException("operator", Set.of("operator_account"),
                    "the one-time operator bootstrap creates the first operator account and its single-use setup"
                            + " token before anyone can sign in; security reads the account at sign-in only"),
            new TableException("imports", Set.of("employee", "department", "team", "job_family", "job_level"),
                    "the people import is the people feature's bulk writer: it validates the whole file against a"
                            + " snapshot and writes thousands of rows in batches in one transaction"),
            new TableException("tenantarchive", Set.of("tenant"),
                    "the per-tenant export and import copy a whole tenant as the porter role, the registry row"
                            + " first; every other table it reads and writes is found in the catalogue, not named")
    );

    // ------------------------------------------------------------------ allowed dependencies of each module

    /**
     * Each module with the modules it may use. {@code db} (generated jOOQ), {@code tenants}, {@code platform}
     * and {@code frontend} are open to all and left out; {@code demo} seeds through every feature's API.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("ai", Set.of()),
            entry("organisation", Set.of()),
            entry("mail", Set.of()),
            entry("security", Set.of("organisation")),
            entry("audit", Set.of("organisation", "security")),
            entry("settings", Set.of("ai", "audit", "organisation", "security")),
            entry("knowledge", Set.of("ai", "people", "security", "settings")),
            entry("people", Set.of("ai", "audit", "security", "settings")),
            entry("privacy", Set.of("audit", "people", "security")),
            entry("imports", Set.of("audit", "security")),
            entry("scim", Set.of("audit", "organisation", "people", "security", "settings")),
            entry("apitokens", Set.of("audit", "organisation", "people", "privacy", "security", "settings")),
            entry("invitations", Set.of("audit", "mail", "organisation", "people", "privacy", "security", "settings")),
            entry("content", Set.of("ai", "audit", "people", "privacy", "security", "organisation")),
            entry("learning", Set.of("ai", "audit", "people", "privacy", "security", "competencies", "settings")),
            entry("goals", Set.of("ai", "audit", "people", "privacy", "security", "settings")),
            entry("oneonones", Set.of("audit", "people", "privacy", "security", "settings")),
            entry("feedback", Set.of("ai", "audit", "goals", "people", "privacy", "security", "settings", "competencies")),
            entry("feedbacksummary", Set.of("ai", "feedback", "organisation", "people", "security", "settings",
                    "competencies")),
            entry("notifications", Set.of("audit", "feedback", "goals", "mail", "oneonones", "organisation", "people",
                    "privacy", "security", "settings")),
            entry("operator", Set.of("ai", "audit", "invitations", "organisation", "people", "security")),
            entry("shell", Set.of("nextsteps", "people", "rollout", "security")),
            entry("demo", Set.of("apitokens", "content", "feedback", "goals", "learning", "oneonones", "organisation",
                    "people", "competencies", "reviews", "rollout", "security", "surveys", "analytics",
                    "development", "calibration", "compensation")),
            entry("nextsteps", Set.of("privacy", "security", "settings")),
            entry("rollout", Set.of("audit", "people", "security", "settings")),
            entry("reviews", Set.of("audit", "notifications", "organisation", "people", "security", "settings", "goals",
                    "feedback", "development", "ai", "nextsteps", "oneonones", "feedbacksummary")),
            entry("competencies", Set.of("ai", "audit", "oneonones", "people", "security", "content", "goals", "settings")),
            entry("surveys", Set.of("ai", "audit", "notifications", "organisation", "people", "rollout", "security", "settings")),
            entry("analytics", Set.of("competencies", "feedback", "goals", "learning", "oneonones", "people", "development",
                    "reviews", "rollout", "security", "settings", "surveys", "organisation")),
            entry("development", Set.of("ai", "audit", "competencies", "goals", "learning", "notifications", "oneonones",
                    "organisation", "people", "security", "feedbacksummary", "settings")),
            entry("learningdrafts", Set.of("ai", "competencies", "learning", "security")),
            entry("announcements", Set.of("audit", "notifications", "people", "privacy", "rollout", "security",
                    "settings")),
            entry("calibration", Set.of("audit", "people", "reviews", "security", "settings")),
            entry("compensation", Set.of("audit", "competencies", "organisation", "people", "privacy", "reviews",
                    "security", "settings")),
            // Per-tenant export and import: the operator check only; the tables come from the catalogue.
            entry("tenantarchive", Set.of("security")));

    /**
     * Contracts every feature may implement, like {@code privacy}'s exporter and eraser: the home page's
     * {@code NextStepsSource}. A feature depending on one adds to it; the contract's own dependencies are
     * still checked through {@link #ALLOWED}.
     */
    private static final Set<String> CONTRACTS = Set.of("nextsteps", "privacy");

    private static final Set<String> OPEN_TO_ALL = Set.of("db", "tenants", "platform", "frontend");

    @Test
    void featurePackagesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesAreTheFeaturePackages() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("people", "security", "organisation", "operator", "shell", "demo", "platform", "tenants");
    }

    @Test
    void everyModuleDependsOnlyOnWhatItIsAllowedTo() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (JavaClass source : MAIN_CLASSES) {
            Optional<String> from = moduleOf(source);
            if (from.isEmpty() || OPEN_TO_ALL.contains(from.get())) {
                continue;
            }
            source.getDirectDependenciesFromSelf().forEach(dependency -> moduleOf(dependency.getTargetClass())
                    .filter(to -> !to.equals(from.get()) && !OPEN_TO_ALL.contains(to) && !CONTRACTS.contains(to))
                    .ifPresent(to -> found.computeIfAbsent(from.get() + " -> " + to, k -> new TreeSet<>())
                            .add(dependency.getDescription())));
        }
        // The scan sees the arrows that exist (a check that cannot pass on an empty scan).
        assertThat(found).containsKeys("shell -> people", "feedback -> people", "people -> security");
        Map<String, Set<String>> unexpected = new TreeMap<>(found);
        unexpected.keySet().removeIf(arrow -> {
            String[] ends = arrow.split(" -> ");
            return ALLOWED.getOrDefault(ends[0], Set.of()).contains(ends[1]);
        });
        assertThat(unexpected)
                .as("dependencies not in ModularityTests.ALLOWED (add them there if they are intended):%n%s",
                        describe(unexpected))
                .isEmpty();
    }

    @Test
    void everyTableHasOneOwnerAndEveryGeneratedTableClassIsKnown() {
        List<String> all = OWNED_TABLES.values().stream().flatMap(Set::stream).toList();
        assertThat(all).doesNotHaveDuplicates();
        Set<String> generated = MAIN_CLASSES.stream()
                .filter(c -> c.getPackageName().equals("io.kadens.db.tables"))
                .filter(c -> c.getEnclosingClass().isEmpty())
                .map(ModularityTests::tableOf).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(generated).as("generated jOOQ tables").isNotEmpty();
        assertThat(all).as("tables with an owner in ModularityTests.OWNED_TABLES").containsExactlyInAnyOrderElementsOf(generated);
        EXCEPTIONS.forEach(exception -> assertThat(all).containsAll(exception.tables()));
    }

    @Test
    void aTableIsUsedOnlyByItsOwnerOrANamedException() {
        Map<String, Set<String>> uses = foreignTableUses();
        Map<String, Set<String>> violations = new TreeMap<>();
        uses.forEach((use, examples) -> {
            String[] parts = use.split(" uses ");
            if (!mayUse(parts[0], parts[1])) {
                violations.put(use + " (owned by " + ownerOf(parts[1]) + ")", examples);
            }
        });
        assertThat(violations)
                .as("tables used outside their owner; ask the owner's API instead:%n%s", describe(violations))
                .isEmpty();
    }

    @Test
    void everyNamedExceptionIsStillNeeded() {
        Set<String> uses = foreignTableUses().keySet();
        List<String> stale = new ArrayList<>();
        EXCEPTIONS.forEach(exception -> exception.tables().stream()
                .map(table -> exception.user() + " uses " + table)
                .filter(use -> !uses.contains(use))
                .forEach(stale::add));
        assertThat(stale).as("exceptions no longer needed: delete them from ModularityTests.EXCEPTIONS").isEmpty();
    }

    /**
     * Raw SQL in Java text ({@code db.fetch("... FROM employee ...")}) escapes the class-level rule, so the
     * main sources are read too: a FROM, JOIN, INTO or UPDATE naming another module's table counts as a use.
     */
    @Test
    void rawSqlNamesOnlyOwnTablesOrNamedExceptions() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java/io/kadens");
        assertThat(sources).isDirectory();
        java.util.regex.Pattern sql = java.util.regex.Pattern.compile(
                "(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");
        Map<String, Set<String>> violations = new TreeMap<>();
        try (var files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = sources.relativize(file).getName(0).toString();
                // Comments are prose ("read from the tenant"), not SQL.
                String code = java.nio.file.Files.readString(file)
                        .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                var matcher = sql.matcher(code);
                while (matcher.find()) {
                    String table = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (!ownerOf(table).equals("nobody") && !mayUse(module, table)) {
                        violations.computeIfAbsent(module + " uses " + table + " (owned by " + ownerOf(table) + ")",
                                k -> new TreeSet<>()).add(file.getFileName() + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(violations).as("raw SQL on another module's tables:%n%s", describe(violations)).isEmpty();
    }

    /** "module uses table" for every table a module uses that it does not own, with examples. */
    private static Map<String, Set<String>> foreignTableUses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass source : MAIN_CLASSES) {
            Optional<String> user = moduleOf(source);
            if (user.isEmpty() || user.get().equals("db")) {
                continue;
            }
            source.getDirectDependenciesFromSelf().forEach(dependency -> tableOf(dependency.getTargetClass())
                    .filter(table -> !user.get().equals(ownerOf(table)))
                    .ifPresent(table -> uses.computeIfAbsent(user.get() + " uses " + table, k -> new TreeSet<>())
                            .add(dependency.getDescription())));
            // Tables.EMPLOYEE and the like are static fields of io.kadens.db.Tables.
            source.getFieldAccessesFromSelf().stream()
                    .filter(access -> access.getTargetOwner().getName().equals("io.kadens.db.Tables"))
                    .forEach(access -> {
                        String table = access.getTarget().getName().toLowerCase(java.util.Locale.ROOT);
                        if (!user.get().equals(ownerOf(table))) {
                            uses.computeIfAbsent(user.get() + " uses " + table, k -> new TreeSet<>())
                                    .add(access.getDescription());
                        }
                    });
        }
        return uses;
    }

    private static boolean mayUse(String user, String table) {
        return user.equals(ownerOf(table))
                || EXCEPTIONS.stream().anyMatch(e -> e.user().equals(user) && e.tables().contains(table));
    }

    private static String ownerOf(String table) {
        return OWNED_TABLES.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey)
                .findFirst().orElse("nobody");
    }

    /** The top-level package under io.kadens, which is the module. */
    private static Optional<String> moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("io.kadens.")) {
            return Optional.empty();
        }
        String rest = name.substring("io.kadens.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The table a generated table or record class stands for: {@code EmployeePhotoRecord} is {@code employee_photo}. */
    private static Optional<String> tableOf(JavaClass type) {
        if (type.getEnclosingClass().isPresent()) {
            return tableOf(type.getEnclosingClass().get());
        }
        String simple = type.getSimpleName();
        if (type.getPackageName().equals("io.kadens.db.tables.records") && simple.endsWith("Record")) {
            simple = simple.substring(0, simple.length() - "Record".length());
        } else if (!type.getPackageName().equals("io.kadens.db.tables")) {
            return Optional.empty();
        }
        return simple.isEmpty() ? Optional.empty() : Optional.of(simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
    }

    private static String describe(Map<String, Set<String>> found) {
        List<String> lines = new ArrayList<>();
        found.forEach((key, examples) -> {
            lines.add(key);
            examples.stream().limit(3).forEach(example -> lines.add("    " + example));
        });
        return String.join(System.lineSeparator(), lines);
    }
}
