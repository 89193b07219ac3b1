package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.testing.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input against the whole REST API, generated from its OpenAPI document: every operation gets
 * malformed, oversized, wrong-typed and missing-field bodies, path ids that are not UUIDs and huge query
 * parameters, as an employee, a manager, an HR admin, the operator and nobody signed in. Whatever the
 * answer (400, 401, 403, 404, 405, 409, 413, 415, 422, or a success where the input happened to be
 * acceptable), it is never a server error, never carries a stack trace or SQL, and a refused request never
 * leaves a write behind: the row counts of every table are compared before and after each refused request.
 *
 * <p>The cases come from a seeded random generator (the seed is printed), bounded per operation, so a run
 * takes a few minutes at most and a failure can be repeated with {@code -Dkadens.fuzz.seed=…}.
 */
@KadensSpringTest
class RestApiFuzzTest {

    /** Body cases per operation and role beyond the fixed ones; path and query cases are bounded too. */
    private static final int BODY_CASES = 5;
    private static final int OVERSIZED = 70_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What must never appear in an answer: stack frames, exception class names, SQL and database errors. */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("\\b(java|jakarta|org|io|tools|com)\\.[\\w.]+(Exception|Error)\\b"),
            Pattern.compile("(?i)\\b(PSQLException|SQLSTATE|jooq|org\\.postgresql|syntax error at|violates (not-null|check|foreign key|unique) constraint)"),
            Pattern.compile("(?i)\\bselect\\b[^\"]{0,200}\\bfrom\\b[^\"]{0,200}\\bwhere\\b"),
            Pattern.compile("(?i)\\binsert into\\b|\\bupdate [a-z_]+ set\\b|\\bdelete from\\b"));

    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    /** Its own MockMvc: the shared one prints every request of a failing test, thousands here. */
    private MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    io.kadens.feedback.FeedbackTestData feedbackData;
    @Autowired
    io.kadens.goals.GoalsTestData goalsData;
    @Autowired
    io.kadens.oneonones.OneOnOneTestData oneOnOneData;

    record Operation(HttpMethod method, String path, JsonNode spec) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Caller(String name, Authentication authentication) {
    }

    private Random random;
    private JsonNode components;
    private List<UUID> knownIds;
    private Company company;
    private Connection owner;
    private PreparedStatement countStatement;
    private PreparedStatement snapshotStatement;
    /** The row counts last taken, and the snapshot (which transactions are visible) they were taken in. */
    private String lastCounts;
    private String countedIn = "";
    private int countsTaken;
    private int tried;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>() {
        @Override
        public boolean add(String failure) {
            System.out.println("REST fuzz failure: " + failure);
            return super.add(failure);
        }
    };

    @Test
    void noOperationAnswersBadInputWithAServerErrorLeakedInternalsOrAPartialWrite() throws Exception {
        long seed = Long.getLong("kadens.fuzz.seed", 20261205L);
        random = new Random(seed);
        var builder = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity());
        // the application's other servlet filters too, as the shared MockMvc has them
        context.getBeansOfType(jakarta.servlet.Filter.class).forEach((name, filter) -> {
            if (!name.equals("springSecurityFilterChain")) {
                builder.addFilters(filter);
            }
        });
        mvc = builder.build();
        company = tenants.create("fuzz");
        var feedback = feedbackData.seed(company);
        var goals = goalsData.seed(company);
        var oneOnOne = oneOnOneData.seed(company);
        knownIds = new ArrayList<>(List.of(company.employee().id(), company.manager().id(), company.hrAdmin().id(),
                company.teamLead().id(), feedback.feedbackItem(), feedback.anonymousItem(), feedback.request(),
                feedback.praise(), feedback.unmaskRequest(), goals.goal(), goals.cycle(), goals.keyResult(),
                oneOnOne.pair(), oneOnOne.meeting(), oneOnOne.checkIn(), company.salesId()));
        // (not the tenant's own id: the operator suspending the fuzz tenant would end every later case early)
        owner = TestDatabase.get().openAsOwner();
        try (Statement bind = owner.createStatement()) {
            bind.execute("select set_config('app.tenant_id', '" + company.id() + "', false)");
        }
        // prepared once: planning 150 sub-selects on every request took longer than the request itself
        countStatement = owner.prepareStatement(countQuery());
        snapshotStatement = owner.prepareStatement("select pg_current_snapshot()::text");
        try {
            fuzz(seed);
        } finally {
            owner.close();
        }
    }

    private void fuzz(long seed) throws Exception {

        JsonNode document = JSON.readTree(mvc.perform(get("/api/openapi.json")
                        .with(authentication(TestTenants.as(company, company.employee()))))
                .andReturn().getResponse().getContentAsString());
        components = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase(Locale.ROOT)),
                            path.getKey(), method.getValue()));
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);

        List<Caller> callers = List.of(
                new Caller("employee", TestTenants.as(company, company.employee())),
                new Caller("manager", TestTenants.as(company, company.manager())),
                new Caller("HR admin", TestTenants.as(company, company.hrAdmin())),
                new Caller("operator", TestTenants.operator()),
                new Caller("nobody", null));
        long started = System.nanoTime();
        for (Operation operation : operations) {
            for (Caller caller : callers) {
                // nobody signed in and the operator are refused early: fewer cases say as much
                int bodyCases = caller.authentication() == null ? 1 : caller.name().equals("operator") ? 2 : BODY_CASES;
                for (Case fuzz : cases(operation, bodyCases)) {
                    send(operation, caller, fuzz);
                }
            }
        }
        System.out.printf("REST fuzz: %d requests to %d operations as %d callers in %d s (seed %d; row counts taken"
                        + " %d times); statuses %s%n", tried, operations.size(), callers.size(),
                (System.nanoTime() - started) / 1_000_000_000L, seed, countsTaken, statuses);
        assertThat(failures).as("requests answered with a server error, leaked internals or a partial write")
                .isEmpty();
    }

    // ------------------------------------------------------------------ cases

    /** One request: a path (parameters filled in), a query string, a content type and a body. */
    record Case(String label, String uri, String contentType, String body) {
    }

    private List<Case> cases(Operation operation, int bodyCases) {
        List<Case> cases = new ArrayList<>();
        Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        List<JsonNode> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode resolved = resolve(parameter);
            switch (resolved.path("in").asString()) {
                case "path" -> pathParameters.put(resolved.path("name").asString(), resolve(resolved.path("schema")));
                case "query" -> queryParameters.add(resolved);
                default -> {
                }
            }
        }
        JsonNode bodySchema = bodySchema(operation.spec());
        boolean hasBody = bodySchema != null;
        String validPath = fill(operation.path(), pathParameters, null);
        String validBody = hasBody ? JSON.writeValueAsString(sample(bodySchema, 0)) : null;
        String json = MediaType.APPLICATION_JSON_VALUE;

        // path ids that are not what they should be
        for (String bad : List.of("not-a-uuid", "%27%20OR%201%3D1--", "x".repeat(3000),
                "00000000-0000-0000-0000-00000000000g")) {
            if (!pathParameters.isEmpty()) {
                cases.add(new Case("path " + abbreviate(bad), fill(operation.path(), pathParameters, bad),
                        hasBody ? json : null, validBody));
            }
            if (bodyCases <= 2) {
                break;
            }
        }
        // huge and wrong-typed query parameters
        for (JsonNode parameter : queryParameters) {
            String name = parameter.path("name").asString();
            for (String bad : List.of("9".repeat(40), "-1", "x".repeat(20_000) + "%00")) {
                cases.add(new Case("query " + name + "=" + abbreviate(bad), validPath + "?" + name + "="
                        + (bad.endsWith("%00") ? encode(bad.substring(0, bad.length() - 3)) + "%00" : encode(bad)),
                        hasBody ? json : null, validBody));
                if (bodyCases <= 2) {
                    break;
                }
            }
        }
        if (queryParameters.isEmpty() && bodyCases > 2) {
            cases.add(new Case("unknown huge query", validPath + "?q=" + "y".repeat(20_000), hasBody ? json : null,
                    validBody));
        }
        if (!hasBody) {
            cases.add(new Case("plain", validPath, null, null));
            cases.add(new Case("unexpected body", validPath, json, "{\"unexpected\": [1, 2, {\"deep\": null}]}"));
            return bodyCases <= 2 ? cases.subList(0, Math.min(cases.size(), bodyCases + 1)) : cases;
        }
        // bodies: malformed, of the wrong type, empty, missing fields, wrong content type
        List<Case> bodies = new ArrayList<>(List.of(
                new Case("malformed json", validPath, json, "{\"a\": "),
                new Case("array body", validPath, json, "[]"),
                new Case("null body", validPath, json, "null"),
                new Case("string body", validPath, json, "\"text\""),
                new Case("empty object", validPath, json, "{}"),
                new Case("empty body", validPath, json, ""),
                new Case("text/plain body", validPath, MediaType.TEXT_PLAIN_VALUE, validBody),
                new Case("deeply nested", validPath, json, "[".repeat(5000) + "]".repeat(5000)),
                new Case("sampled body", validPath, json, validBody)));
        // per property: a wrong type, an oversized value, the property missing
        JsonNode object = objectSchema(bodySchema);
        if (object != null) {
            for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
                JsonNode schema = resolve(property.getValue());
                ObjectNode wrong = (ObjectNode) sample(bodySchema, 0);
                wrong.set(property.getKey(), wrongTyped(schema));
                bodies.add(new Case("wrong type of " + property.getKey(), validPath, json,
                        JSON.writeValueAsString(wrong)));
                ObjectNode oversized = (ObjectNode) sample(bodySchema, 0);
                oversized.set(property.getKey(), oversized(schema));
                bodies.add(new Case("oversized " + property.getKey(), validPath, json,
                        JSON.writeValueAsString(oversized)));
                ObjectNode missing = (ObjectNode) sample(bodySchema, 0);
                missing.remove(property.getKey());
                bodies.add(new Case("missing " + property.getKey(), validPath, json, JSON.writeValueAsString(missing)));
                ObjectNode nulled = (ObjectNode) sample(bodySchema, 0);
                nulled.putNull(property.getKey());
                bodies.add(new Case("null " + property.getKey(), validPath, json, JSON.writeValueAsString(nulled)));
            }
        }
        // the first few always (the structural ones), then a bounded random choice of the rest
        List<Case> chosen = new ArrayList<>(bodies.subList(0, Math.min(bodyCases, 3)));
        List<Case> rest = new ArrayList<>(bodies.subList(Math.min(bodyCases, 3), bodies.size()));
        java.util.Collections.shuffle(rest, random);
        int more = bodyCases <= 2 ? 0 : Math.min(rest.size(), bodyCases + 3);
        chosen.addAll(rest.subList(0, more));
        if (bodyCases <= 2) {
            return List.of(chosen.getFirst());
        }
        cases.addAll(chosen);
        return cases;
    }

    private String fill(String path, Map<String, JsonNode> parameters, String bad) {
        String filled = path;
        for (Map.Entry<String, JsonNode> parameter : parameters.entrySet()) {
            String value = bad != null ? bad : encode(sampleText(parameter.getValue()));
            filled = filled.replace("{" + parameter.getKey() + "}", value);
        }
        return filled;
    }

    private String sampleText(JsonNode schema) {
        JsonNode value = sample(schema, 0);
        return value.isString() ? value.asString() : value.toString();
    }

    // ------------------------------------------------------------------ schemas

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asString();
            String[] parts = ref.substring(2).split("/");
            JsonNode target = components.path(parts[parts.length - 1]);
            if (ref.startsWith("#/components/parameters/")) {
                return current;
            }
            current = target;
        }
        return current;
    }

    private JsonNode bodySchema(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        for (Map.Entry<String, JsonNode> type : content.properties()) {
            if (type.getKey().contains("json")) {
                return resolve(type.getValue().path("schema"));
            }
        }
        return null;
    }

    private JsonNode objectSchema(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        return resolved.has("properties") ? resolved : null;
    }

    /** A plausible value for a schema: the shape it asks for, ids from the fuzz tenant or random. */
    private JsonNode sample(JsonNode schemaNode, int depth) {
        JsonNode schema = resolve(schemaNode);
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return sample((schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf")).get(0), depth + 1);
        }
        if (schema.has("allOf")) {
            return sample(schema.path("allOf").get(0), depth + 1);
        }
        String type = type(schema);
        String format = schema.path("format").asString();
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), sample(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(random.nextInt(5));
            case "number" -> NODES.numberNode(random.nextInt(100) / 10.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> switch (format) {
                case "uuid" -> NODES.stringNode(random.nextInt(3) == 0 ? UUID.randomUUID().toString()
                        : knownIds.get(random.nextInt(knownIds.size())).toString());
                case "date" -> NODES.stringNode("2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                case "date-time" -> NODES.stringNode("2027-03-1" + random.nextInt(10) + "T10:00:00Z");
                case "email" -> NODES.stringNode("fuzz" + random.nextInt(1000) + "@fuzz.test");
                default -> NODES.stringNode("Fuzz text " + random.nextInt(1000));
            };
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private JsonNode wrongTyped(JsonNode schema) {
        return switch (type(schema)) {
            case "string" -> random.nextBoolean() ? NODES.objectNode().put("nested", 1) : NODES.numberNode(12345);
            case "integer", "number" -> random.nextBoolean() ? NODES.stringNode("not a number")
                    : NODES.numberNode(new java.math.BigDecimal("1e400"));
            case "boolean" -> NODES.stringNode("maybe");
            case "array" -> NODES.stringNode("not a list");
            default -> NODES.arrayNode().add(1);
        };
    }

    private JsonNode oversized(JsonNode schema) {
        return switch (type(schema)) {
            case "integer" -> NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
            case "number" -> NODES.numberNode(random.nextBoolean() ? Double.MAX_VALUE : -Double.MAX_VALUE);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < 2000; i++) {
                    array.add(sample(schema.path("items"), 3));
                }
                yield array;
            }
            case "object", "boolean" -> NODES.stringNode("x".repeat(OVERSIZED));
            default -> NODES.stringNode("\u00e5\u00e4\u00f6 \ud83d\ude00 '\";-- ".repeat(OVERSIZED / 16));
        };
    }

    // ------------------------------------------------------------------ sending and checking

    private void send(Operation operation, Caller caller, Case fuzz) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(operation.method(), URI.create(fuzz.uri()))
                .with(csrf()).accept(MediaType.APPLICATION_JSON, MediaType.valueOf("application/problem+json"));
        if (caller.authentication() != null) {
            request = request.with(authentication(caller.authentication()));
        }
        if (fuzz.contentType() != null) {
            request = request.contentType(fuzz.contentType());
        }
        if (fuzz.body() != null) {
            request = request.content(fuzz.body().getBytes(StandardCharsets.UTF_8));
        }
        String before = counts();
        String where = operation + " as " + caller.name() + " with " + fuzz.label();
        tried++;
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception unhandled) {
            // MockMvc rethrows what no handler answered: a real server would answer 500
            statuses.merge(500, 1, Integer::sum);
            failures.add(where + ": unhandled " + rootCause(unhandled));
            return;
        }
        int status = response.getStatus();
        statuses.merge(status, 1, Integer::sum);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            failures.add(where + ": " + status + " " + abbreviate(body));
        }
        for (Pattern internal : INTERNALS) {
            if (status >= 400 && internal.matcher(body).find()) {
                failures.add(where + ": " + status + " leaks internals: " + abbreviate(body));
                break;
            }
        }
        String after = counts();
        if (status >= 300 && !before.equals(after)) {
            failures.add(where + ": refused with " + status + " but rows changed: " + changed(before, after));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + abbreviate(String.valueOf(cause.getMessage()));
    }

    /**
     * Row counts of every table (the fuzz tenant's rows of the tenant-owned ones, the global ones whole).
     * They are counted again only when the database's snapshot has changed since the last count: the same
     * snapshot (xmin, xmax and the transactions in progress) sees exactly the same committed rows, and only a
     * transaction that writes is given an id and so changes it. Most refused requests write nothing anywhere,
     * so most requests need no count at all.
     */
    private String counts() throws Exception {
        String snapshot;
        try (ResultSet rows = snapshotStatement.executeQuery()) {
            rows.next();
            snapshot = rows.getString(1);
        }
        if (snapshot.equals(countedIn)) {
            return lastCounts;
        }
        // read before counting: a write that lands in between is counted now and again next time
        countedIn = snapshot;
        countsTaken++;
        try (ResultSet rows = countStatement.executeQuery()) {
            rows.next();
            lastCounts = rows.getString(1);
        }
        return lastCounts;
    }

    private String countQuery() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("select c.relname from pg_class c join pg_namespace n"
                     + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')"
                     + " and c.relname not in ('flyway_schema_history', 'sign_in_throttle') order by 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        // "t=n,u=m,...": joined with || because a function such as concat_ws takes at most 100 arguments
        List<String> parts = new ArrayList<>();
        for (String table : tables) {
            parts.add("'" + table + "=' || (select count(*) from \"" + table + "\")");
        }
        return "select " + String.join(" || ',' || ", parts);
    }

    private static String changed(String before, String after) {
        List<String> differences = new ArrayList<>();
        Iterator<String> a = List.of(before.split(",")).iterator();
        Iterator<String> b = List.of(after.split(",")).iterator();
        while (a.hasNext() && b.hasNext()) {
            String x = a.next();
            String y = b.next();
            if (!x.equals(y)) {
                differences.add(x + " -> " + y);
            }
        }
        return String.join("; ", differences);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
