package io.kadens.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.platform.KadensTranslations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The audit log shows every action and subject type in the reader's language ({@code audit.action.<code>},
 * {@code audit.subject.<type>}), so every code the main code can record needs its text in English and Swedish,
 * and a text no code can record any more is stale. The codes are found by scanning {@code src/main/java} for
 * the calls that write an entry: a literal (or a choice between literals, or a string constant of the file) is
 * read directly; an action passed through a parameter or built at run time must be registered below, so a new
 * such call site cannot slip past.
 */
class AuditActionKeysTest {

    /**
     * The types whose methods write an entry, each method with the position of its action; the subject type is
     * the next argument. PeopleAuditTrail passes its callers' actions and subject types on to AuditLog unchanged,
     * so its callers are scanned and its own calls are not.
     */
    private static final Map<String, Map<String, Integer>> RECORDERS = Map.of(
            "AuditLog", Map.of("record", 0, "recordAs", 1),
            "PeopleAuditTrail", Map.of("record", 0, "recordAs", 1, "recordCreation", 0));

    /**
     * An action handed to the recorder as {@code parameter}, the {@code argument}-th parameter (from 0) of the
     * file's own {@code method}: the calls of that method in the file give the actions.
     */
    record Forwarded(String file, String parameter, String method, int argument) {
    }

    /** An action built at run time from other parts: {@code values} are all it can be, for the stated reason. */
    record Built(String file, String expression, String reason, List<String> values) {
    }

    static final List<Forwarded> FORWARDED = List.of(
            new Forwarded("CalibrationSessions.java", "action", "changeStatus", 4),
            new Forwarded("Invitations.java", "action", "audit", 1),
            new Forwarded("OperatorConsole.java", "action", "changeStatus", 2),
            new Forwarded("PeopleAdministration.java", "action", "record", 1),
            new Forwarded("ReviewCycles.java", "action", "move", 4),
            new Forwarded("ScimUsers.java", "action", "save", 2));

    static final List<Built> BUILT = List.of(
            new Built("SurveySchedules.java", "\"survey_schedule.\" + (active ? \"resumed\" : \"stopped\")",
                    "a schedule is resumed or stopped", List.of("survey_schedule.resumed", "survey_schedule.stopped")),
            new Built("Surveys.java", "\"survey.\" + status.name().toLowerCase(java.util.Locale.ROOT)",
                    "Surveys.changeStatus is called to open and to close a survey; none goes back to DRAFT",
                    List.of("survey.open", "survey.closed")));

    private static final Pattern RECEIVER = Pattern.compile("\\b(" + String.join("|", RECORDERS.keySet())
            + ")\\s+(\\w+)\\s*[;,)=]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CHOICE = Pattern.compile("[^\"]+\\?\\s*(\"[^\"]*\")\\s*:\\s*(\"[^\"]*\")");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    /** What the scan found: each action and subject type with the file that records it first. */
    private static final Map<String, String> ACTIONS = new TreeMap<>();
    private static final Map<String, String> SUBJECT_TYPES = new TreeMap<>();
    private static final Set<String> UNEXPLAINED = new TreeSet<>();
    private static final Set<Object> REGISTRATIONS_USED = new HashSet<>();
    private static final KadensTranslations TRANSLATIONS = new KadensTranslations();
    private static final Map<String, Locale> LANGUAGES =
            Map.of("en", KadensTranslations.ENGLISH, "sv", KadensTranslations.SWEDISH);

    @BeforeAll
    static void scanTheMainCode() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                scan(source.getFileName().toString(), Files.readString(source));
            }
        }
    }

    @Test
    void theScanFindsEveryKindOfCallSite() {
        assertThat(ACTIONS).containsKeys(
                "rollout.group.created",          // a literal
                "competency.archived",            // a choice between literals
                "scim.user.manager_changed",      // a constant of the file
                "review.cycle.paused",            // through a parameter of a private method
                "department.created",             // through PeopleAuditTrail
                "survey.closed");                 // built at run time
        assertThat(SUBJECT_TYPES).containsKeys("review_cycle", "api-token", "team");
        assertThat(UNEXPLAINED).as("actions or subject types passed through a variable or built at run time, "
                + "registered neither in FORWARDED nor in BUILT").isEmpty();
        List<Object> registered = new ArrayList<>(FORWARDED);
        registered.addAll(BUILT);
        assertThat(registered).as("registrations no call site needs any more").allMatch(REGISTRATIONS_USED::contains);
    }

    @Test
    void everyRecordedActionHasItsTextInEnglishAndSwedish() {
        assertThat(missing("audit.action.", ACTIONS)).as("actions recorded without audit.action.* text").isEmpty();
    }

    @Test
    void everyRecordedSubjectTypeHasItsTextInEnglishAndSwedish() {
        assertThat(missing("audit.subject.", SUBJECT_TYPES)).as("subject types recorded without audit.subject.* text")
                .isEmpty();
    }

    @Test
    void everyFamilyOfActionsIsOfferedWithItsText() {
        Set<String> families = new TreeSet<>();
        ACTIONS.keySet().forEach(action -> families.add(action.substring(0, action.indexOf('.') + 1)));
        assertThat(new TreeSet<>(AuditTexts.FAMILIES)).as("the filter's families").isEqualTo(families);
        Map<String, String> byFamily = new TreeMap<>();
        families.forEach(f -> byFamily.put(f.substring(0, f.length() - 1), "the filter"));
        assertThat(missing("audit.family.", byFamily)).as("families without audit.family.* text").isEmpty();
    }

    @Test
    void noTextOutlivesTheCodeThatRecordedIt() throws IOException {
        Set<String> stale = new TreeSet<>();
        for (String key : englishKeys()) {
            if (key.startsWith("audit.action.") && !ACTIONS.containsKey(key.substring("audit.action.".length()))
                    || key.startsWith("audit.subject.")
                    && !SUBJECT_TYPES.containsKey(key.substring("audit.subject.".length()))
                    || key.startsWith("audit.family.")
                    && !AuditTexts.FAMILIES.contains(key.substring("audit.family.".length()) + ".")) {
                stale.add(key);
            }
        }
        assertThat(stale).as("texts of actions, subject types or families no code records").isEmpty();
    }

    private static Set<String> missing(String prefix, Map<String, String> codes) {
        Set<String> missing = new TreeSet<>();
        codes.forEach((code, file) -> LANGUAGES.forEach((language, locale) -> {
            if (TRANSLATIONS.find(prefix + code, locale).isEmpty()) {
                missing.add(prefix + code + " (" + language + ", " + file + ")");
            }
        }));
        return missing;
    }

    /** Every key of the English bundles (TranslationBundlesTest keeps the Swedish ones the same). */
    private static Set<String> englishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:vaadin-i18n/*.properties")) {
            if (!bundle.getFilename().endsWith("_sv.properties")) {
                Properties texts = new Properties();
                try (InputStream in = bundle.getInputStream()) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                keys.addAll(texts.stringPropertyNames());
            }
        }
        return keys;
    }

    // ------------------------------------------------------------------ the scan

    private static void scan(String file, String code) {
        Map<String, String> receivers = new LinkedHashMap<>();
        Matcher declared = RECEIVER.matcher(code);
        while (declared.find()) {
            receivers.put(declared.group(2), declared.group(1));
        }
        boolean passesOn = !file.equals("AuditLog.java") && RECORDERS.containsKey(file.replace(".java", ""));
        receivers.forEach((receiver, type) -> {
            Matcher call = Pattern.compile("\\b" + receiver + "\\.(\\w+)\\(").matcher(code);
            while (call.find()) {
                Integer position = RECORDERS.get(type).get(call.group(1));
                if (position == null || passesOn) {
                    continue;
                }
                List<String> arguments = arguments(code, call.end());
                for (String action : values(file, code, arguments.get(position))) {
                    ACTIONS.putIfAbsent(action, file);
                }
                for (String subjectType : values(file, code, arguments.get(position + 1))) {
                    SUBJECT_TYPES.putIfAbsent(subjectType, file);
                }
            }
        });
    }

    /** The codes an argument can be; an unexplained argument is noted and gives none. */
    private static List<String> values(String file, String code, String argument) {
        String expression = argument.replaceAll("\\s+", " ").strip();
        if (LITERAL.matcher(expression).matches()) {
            return List.of(expression.substring(1, expression.length() - 1));
        }
        Matcher choice = CHOICE.matcher(expression);
        if (choice.matches()) {
            return List.of(unquote(choice.group(1)), unquote(choice.group(2)));
        }
        if (IDENTIFIER.matcher(expression).matches()) {
            Matcher constant = Pattern.compile("static final String " + expression + "\\s*=\\s*(\"[^\"]*\")\\s*;")
                    .matcher(code);
            if (constant.find()) {
                return List.of(unquote(constant.group(1)));
            }
            for (Forwarded forwarded : FORWARDED) {
                if (forwarded.file().equals(file) && forwarded.parameter().equals(expression)) {
                    REGISTRATIONS_USED.add(forwarded);
                    return forwardedValues(forwarded, code);
                }
            }
        }
        for (Built built : BUILT) {
            if (built.file().equals(file) && built.expression().equals(expression)) {
                REGISTRATIONS_USED.add(built);
                assertThat(built.reason()).isNotBlank();
                return built.values();
            }
        }
        UNEXPLAINED.add(expression + " in " + file);
        return List.of();
    }

    /** The literal each call of the forwarding method passes in the forwarded parameter's place. */
    private static List<String> forwardedValues(Forwarded forwarded, String code) {
        List<String> values = new ArrayList<>();
        boolean declared = false;
        Matcher call = Pattern.compile("(?<![\\w.])" + forwarded.method() + "\\(").matcher(code);
        while (call.find()) {
            String argument = arguments(code, call.end()).get(forwarded.argument()).replaceAll("\\s+", " ").strip();
            if (argument.matches("\\w+ " + forwarded.parameter())) {
                declared = true;
            } else if (LITERAL.matcher(argument).matches()) {
                values.add(unquote(argument));
            } else {
                UNEXPLAINED.add(argument + " passed to " + forwarded.method() + " in " + forwarded.file());
            }
        }
        assertThat(declared).as("%s declares %s as parameter %d", forwarded.method(), forwarded.parameter(),
                forwarded.argument()).isTrue();
        return values;
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code start}. */
    private static List<String> arguments(String code, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(code, i, end + 1);
                i = end;
                continue;
            }
            if (depth == 0 && (c == ',' || c == ')')) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                if (c == ')') {
                    return arguments;
                }
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            current.append(c);
        }
        throw new IllegalStateException("unclosed call at " + start);
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }
}
