package io.kadens.scale;


import io.kadens.support.TestDatabaseInitializer;
import io.kadens.support.TestMailInitializer;
import io.kadens.support.TestOperationsInitializer;
import io.kadens.support.TestSlackInitializer;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Many concurrent Vaadin sessions walking the main pages, spoken to in Vaadin's own client protocol over
 * {@code java.net.http} (docs/decisions/2026-12-06-ui-load-tool.md). Each virtual user is one browser: it
 * loads the sign-in page (the HTML, then the {@code v-r=init} request that creates the UI and answers its
 * first UIDL), types organisation, email and password and clicks "sign in" in one UIDL request, loads the
 * home page in a new UI as the browser does after the redirect (closing the sign-in UI with the unload
 * beacon), and then walks by router navigation ({@code ui-navigate} on the UI's node, as a side-navigation
 * link does): my goals, one goal, feedback with a click on its "given" tab, 1:1s, the people directory and
 * home again, with a think time between pages, until the run ends. Every answer is checked: HTTP 200, no
 * {@code appError}, no expired session, no resynchronisation, and the page's own element id present.
 *
 * <p>Prints the server round-trip p50/p95/p99 per step and overall, the errors, per step what the server spent
 * ({@link ServerCostPerStep}: time inside the servlet chain, CPU, allocation, answer bytes), the heap per session (used
 * heap after a full GC with every session alive, minus the same before they started, divided by the number
 * of sessions; the server runs in this JVM), the serialized size of one session's attributes, a class
 * histogram of the heap, and the machine's load. Asserts nothing. Run with {@code -Pbench
 * -Dtest=UiLoadBenchmark} and {@code -Dkadens.bench.sessions} (default 200), {@code kadens.bench.seconds}
 * (measured walking after the ramp, default 60), {@code kadens.bench.rampSeconds} (default 30) and
 * {@code kadens.bench.thinkMillis} (mean think time between pages, default 3000, uniform ±50 %).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailInitializer.class,
        TestSlackInitializer.class, TestOperationsInitializer.class})
@Import({UiLoadBenchmark.LiveSessions.class, ServerCostPerStep.class, DemoSignIns.class})
class UiLoadBenchmark {

    /** Set for the personas before the run, so that the figures depend on no other test's passwords. */
    static final String PASSWORD = "ui-load-benchmark-walks-the-pages";
    /** The demo personas (DemoCompanies): an employee, a manager and an HR admin per company. */
    static final List<String[]> PERSONAS = List.of(
            new String[] {"acme", "sara.nilsson@acme.example"},
            new String[] {"acme", "erik.johansson@acme.example"},
            new String[] {"acme", "anna.lindqvist@acme.example"},
            new String[] {"acme", "oskar.lund@acme.example"},
            new String[] {"globex", "emma.brooks@globex.example"},
            new String[] {"globex", "james.carter@globex.example"},
            new String[] {"globex", "olivia.hayes@globex.example"});
    static final Pattern GOAL_LINK = Pattern.compile("goals/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    DemoSignIns demoSignIns;

    /** Every live HTTP session of the server, to measure one (registered as a servlet listener by Spring Boot). */
    @TestConfiguration
    static class LiveSessions {
        static final Set<HttpSession> SESSIONS = ConcurrentHashMap.newKeySet();

        @Bean
        HttpSessionListener liveSessionsListener() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    SESSIONS.add(event.getSession());
                }

                @Override
                public void sessionDestroyed(HttpSessionEvent event) {
                    SESSIONS.remove(event.getSession());
                }
            };
        }
    }

    /** What one walk's steps are called in the figures, in walking order. */
    static final List<String> STEPS = List.of("login: index.html", "login: init", "login: first navigation",
            "sign-in click", "home: index.html", "home: init", "home: first navigation", "my goals", "goal detail",
            "feedback", "feedback: tab click", "1:1s", "people", "home");

    final Map<String, Recorder> recorders = new LinkedHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    final AtomicLong walks = new AtomicLong();
    final AtomicLong goalDetailSkipped = new AtomicLong();
    volatile boolean recording;

    @Test
    void concurrentSessionsWalkTheMainPages() throws Exception {
        int sessions = Integer.getInteger("kadens.bench.sessions", 200);
        Duration duration = Duration.ofSeconds(Integer.getInteger("kadens.bench.seconds", 60));
        Duration ramp = Duration.ofSeconds(Integer.getInteger("kadens.bench.rampSeconds", 30));
        int think = Integer.getInteger("kadens.bench.thinkMillis", 3000);
        boolean dump = Boolean.getBoolean("kadens.bench.dump");
        demoSignIns.prepare(PERSONAS);
        for (String step : STEPS) {
            recorders.put(step, new Recorder(3));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(4)).build();

        // Warm-up: a few sessions walk once each (classes loaded, caches filled); they stay alive in both heap readings.
        int warmUp = Math.min(5, PERSONAS.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < warmUp; i++) {
                int index = i;
                pool.submit(() -> walk(http, PERSONAS.get(index), System.nanoTime(), 200, dump && index == 0));
            }
        }
        long heapBefore = usedHeapAfterGc();
        int sessionsBefore = LiveSessions.SESSIONS.size();
        System.out.printf("[bench] warm-up: %d sessions, errors %s; used heap after GC %.1f MB; load %s%n", warmUp,
                errors, heapBefore / 1e6, ScaleDataGenerator.load());
        errors.clear();
        firstErrors.clear();
        recorders.values().forEach(Recorder::reset);
        ServerCostPerStep.reset();
        walks.set(0);
        goalDetailSkipped.set(0);
        recording = true;

        long started = System.nanoTime();
        long until = started + ramp.toNanos() + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < sessions; s++) {
                String[] persona = PERSONAS.get(s % PERSONAS.size());
                long startAt = started + ramp.toNanos() * s / sessions;
                pool.submit(() -> {
                    sleepUntil(startAt);
                    walk(http, persona, until, think, false);
                });
            }
            pool.shutdown();
            pool.awaitTermination(ramp.toSeconds() + duration.toSeconds() + 300, TimeUnit.SECONDS);
        }
        recording = false;
        double seconds = (System.nanoTime() - started) / 1e9;
        String load = ScaleDataGenerator.load();
        long heapAfter = usedHeapAfterGc();
        int sessionsAfter = LiveSessions.SESSIONS.size();

        System.out.printf("%n[bench] UI load: %d sessions over %d demo personas, ramp %d s, %.0f s in all, think time %d ms"
                        + " (+-50 %%), %d walks done (7 UIDL round trips each, after a sign-in of 7 requests); load %s%n", sessions,
                PERSONAS.size(), ramp.toSeconds(), seconds, think, walks.get(), load);
        Histogram all = new Histogram(3);
        Histogram walking = new Histogram(3);
        long allErrors = 0;
        for (var entry : recorders.entrySet()) {
            Histogram histogram = entry.getValue().getIntervalHistogram();
            long failed = errors.getOrDefault(entry.getKey(), new AtomicLong()).get();
            print(entry.getKey(), histogram, failed);
            all.add(histogram);
            if (STEPS.indexOf(entry.getKey()) >= STEPS.indexOf("my goals")) {
                walking.add(histogram);
            }
            allErrors += failed;
        }
        print("WALK (navigations and click)", walking, -1);
        print("ALL (target p95 <= 100 ms)", all, allErrors);
        printServerCosts();
        System.out.printf("[bench]   goal detail skipped %,d times (the persona owns no goal)%n", goalDetailSkipped.get());
        firstErrors.forEach((step, error) -> System.out.printf("[bench]   first error in %s: %s%n", step, error));
        double perSession = (heapAfter - heapBefore) / (double) Math.max(1, sessionsAfter - sessionsBefore);
        System.out.printf("[bench] heap: %.1f MB used before, %.1f MB with the sessions alive; %d -> %d live HTTP sessions;"
                        + " %.0f kB per session (target <= 1024 kB)%n", heapBefore / 1e6, heapAfter / 1e6, sessionsBefore,
                sessionsAfter, perSession / 1024);
        printSerializedSession();
        printClassHistogram(Integer.getInteger("kadens.bench.histogramLines", 30));
    }

    private static void print(String label, Histogram histogram, long errors) {
        System.out.printf("[bench]   %-30s n=%,7d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%s%n", label,
                histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e6,
                histogram.getValueAtPercentile(95) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                histogram.getMaxValue() / 1e6, errors < 0 ? "" : "  errors " + errors);
    }

    /**
     * Per step, what the server spent inside its servlet chain (wall time, without the wait for a connector thread),
     * the request thread's CPU time and allocation, and the answer's size: which page costs what, and how much of a
     * step's latency is queueing for the CPU.
     */
    private static void printServerCosts() {
        System.out.println("[bench] server side per step (inside the servlet chain; CPU and allocation of the request's thread):");
        for (String step : STEPS) {
            ServerCostPerStep.Step cost = ServerCostPerStep.STEPS.get(step);
            long n = cost == null ? 0 : cost.requests().sum();
            if (n == 0) {
                continue;
            }
            Histogram wall = cost.wallNanos().getIntervalHistogram();
            System.out.printf("[bench]   %-30s n=%,7d  wall p50 %7.1f ms  p95 %7.1f ms  CPU %6.1f ms  alloc %6.1f MB"
                            + "  answer %,9d bytes%n", step, n, wall.getValueAtPercentile(50) / 1e6,
                    wall.getValueAtPercentile(95) / 1e6, cost.cpuNanos().sum() / 1e6 / n,
                    cost.allocatedBytes().sum() / 1e6 / n, cost.answerBytes().sum() / n);
        }
    }

    /** One browser: signs in, then walks the main pages until {@code until}; the session stays alive afterwards. */
    private void walk(HttpClient http, String[] persona, long until, int think, boolean dump) {
        Browser browser = new Browser(http, dump);
        try {
            browser.load("login", "login", "\"organisation\"");
            browser.signIn(persona[0], persona[1]);
            browser.unload();
            browser.load("", "home", "\"my-manager\"");
            do {
                pause(think);
                String goals = browser.navigate("goals", "my goals", "\"goals-content\"");
                Matcher goal = GOAL_LINK.matcher(goals);
                pause(think);
                if (goal.find()) {
                    browser.navigate("goals/" + goal.group(1), "goal detail", "\"goal-heading\"");
                } else {
                    // Personas who own no goal in the demo data have no goal to open: skipped, not a server error.
                    goalDetailSkipped.incrementAndGet();
                }
                pause(think);
                browser.navigate("feedback", "feedback", "\"feedback-tabs\"");
                pause(think);
                browser.click("feedback-tab-given", "feedback: tab click");
                pause(think);
                browser.navigate("one-on-ones", "1:1s", "\"oneonones-");
                pause(think);
                browser.navigate("people", "people", "\"people-grid\"");
                pause(think);
                browser.navigate("", "home", "\"my-manager\"");
                walks.incrementAndGet();
            } while (System.nanoTime() < until);
        } catch (StepFailed failed) {
            // Counted where it happened; this browser stops, as a person would reload and start again.
        } catch (Exception e) {
            failed("walk", e.toString());
        }
    }

    void failed(String step, String why) {
        errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        firstErrors.putIfAbsent(step, why.length() > 400 ? why.substring(0, 400) + "..." : why);
    }

    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    /** The client side of one browser tab in Vaadin's protocol: cookies, the UI's id, CSRF token and message ids. */
    final class Browser {
        final HttpClient http;
        final boolean dump;
        String cookie;
        int uiId = -1;
        String csrf;
        int syncId;
        int clientId;
        final Map<String, Integer> nodes = new HashMap<>();
        final Map<Integer, List<String>> listeners = new HashMap<>();

        Browser(HttpClient http, boolean dump) {
            this.http = http;
            this.dump = dump;
        }

        String base() {
            return "http://localhost:" + port + "/";
        }

        /**
         * A full page load: the HTML page, the init request that creates a UI and answers its first UIDL, and the
         * client's first router navigation to the page's route, which renders the view.
         */
        void load(String location, String page, String expected) throws Exception {
            String htmlStep = page + ": index.html";
            String initStep = page + ": init";
            HttpResponse<String> html = send(htmlStep, HttpRequest.newBuilder(URI.create(base() + location)).GET()
                    .header("Accept", "text/html"));
            check(htmlStep, html, "<html", false);
            HttpResponse<String> init = send(initStep, HttpRequest.newBuilder(URI.create(base() + "?v-r=init&location="
                    + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=")).GET()
                    .header("Accept", "application/json"));
            check(initStep, init, "\"Vaadin-Security-Key\"", false);
            JsonNode json = JSON.readTree(init.body());
            JsonNode uidl = json.findValue("uidl");
            if (uidl != null && uidl.isString()) {
                uidl = JSON.readTree(uidl.asString());
            }
            JsonNode ui = json.findValue("v-uiId");
            if (uidl == null || ui == null) {
                throw fail(initStep, "no uidl or v-uiId in the init answer");
            }
            uiId = ui.asInt();
            csrf = uidl.findValue("Vaadin-Security-Key").asString();
            syncId = uidl.path("syncId").asInt(0);
            clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : 0;
            nodes.clear();
            listeners.clear();
            learn(uidl);
            navigate(location, page + ": first navigation", expected, "");
        }

        /** Types the sign-in form's fields and clicks "sign in", in one request as the client batches them. */
        void signIn(String organisation, String email) throws Exception {
            ArrayNode rpc = JSON.createArrayNode();
            // As the browser does when a field loses focus: the new value, then the field's change event.
            for (String[] field : List.of(new String[] {"organisation", organisation}, new String[] {"email", email},
                    new String[] {"password", PASSWORD})) {
                rpc.add(sync(field[0], field[1]));
                rpc.add(domEvent(field[0], "change"));
            }
            rpc.add(clickEvent("sign-in"));
            String answer;
            try {
                answer = uidl("sign-in click", rpc, "_self");
            } catch (StepFailed failed) {
                failed("sign-in click (nodes)", "organisation node " + nodes.get("organisation") + ", listeners "
                        + listeners.get(nodes.get("organisation")) + "; sign-in node " + nodes.get("sign-in")
                        + " listeners " + listeners.get(nodes.get("sign-in")) + "; sent " + rpc);
                throw failed;
            }
            if (cookie == null) {
                throw fail("sign-in click", "no session cookie");
            }
            if (dump) {
                System.out.println("[bench] sign-in answer: " + answer.substring(0, Math.min(answer.length(), 3000)));
            }
        }

        /**
         * The beacon a browser sends when it leaves a page: the server closes that UI at once. Like the Flow client's,
         * it is a whole UIDL payload with an empty {@code rpc}; without one the server's RPC handler fails.
         */
        void unload() throws Exception {
            ObjectNode payload = JSON.createObjectNode();
            payload.put("csrfToken", csrf);
            payload.putArray("rpc");
            payload.put("syncId", syncId);
            payload.put("clientId", clientId);
            payload.put("UNLOAD", true);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "?v-r=uidl&v-uiId=" + uiId))
                    .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw fail("unload", "HTTP " + response.statusCode());
            }
        }

        /** Router navigation as a side-navigation link does it: the {@code ui-navigate} event on the UI's node. */
        String navigate(String route, String step, String expected) throws Exception {
            return navigate(route, step, expected, "link");
        }

        String navigate(String route, String step, String expected, String trigger) throws Exception {
            ObjectNode event = JSON.createObjectNode();
            event.put("type", "event");
            event.put("node", 1);
            event.put("event", "ui-navigate");
            ObjectNode data = event.putObject("data");
            data.put("route", route);
            data.put("query", "");
            data.put("appShellTitle", "");
            data.putObject("historyState").put("idx", 1);
            data.put("trigger", trigger);
            ArrayNode rpc = JSON.createArrayNode();
            rpc.add(event);
            return uidl(step, rpc, expected);
        }

        String click(String elementId, String step) throws Exception {
            ArrayNode rpc = JSON.createArrayNode();
            rpc.add(clickEvent(elementId));
            return uidl(step, rpc, "\"changes\"");
        }

        ObjectNode sync(String elementId, String value) {
            ObjectNode sync = JSON.createObjectNode();
            sync.put("type", "mSync");
            sync.put("node", node(elementId));
            sync.put("feature", 1);
            sync.put("property", "value");
            sync.put("value", value);
            return sync;
        }

        ObjectNode domEvent(String elementId, String name) {
            ObjectNode event = JSON.createObjectNode();
            event.put("type", "event");
            event.put("node", node(elementId));
            event.put("event", name);
            event.putObject("data");
            return event;
        }

        ObjectNode clickEvent(String elementId) {
            ObjectNode click = JSON.createObjectNode();
            click.put("type", "event");
            click.put("node", node(elementId));
            click.put("event", "click");
            ObjectNode data = click.putObject("data");
            for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY",
                    "event.detail", "event.button")) {
                data.put(key, key.equals("event.detail") ? 1 : 0);
            }
            for (String key : List.of("event.altKey", "event.ctrlKey", "event.metaKey", "event.shiftKey")) {
                data.put(key, false);
            }
            return click;
        }

        int node(String elementId) {
            Integer node = nodes.get(elementId);
            if (node == null) {
                throw fail("find #" + elementId, "no element with id " + elementId + " in the UI");
            }
            return node;
        }

        String uidl(String step, ArrayNode rpc, String expected) throws Exception {
            ObjectNode payload = JSON.createObjectNode();
            payload.put("csrfToken", csrf);
            payload.set("rpc", rpc);
            payload.put("syncId", syncId);
            payload.put("clientId", clientId);
            HttpResponse<String> response = send(step, HttpRequest.newBuilder(URI.create(base() + "?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload.toString())));
            check(step, response, expected, true);
            String body = response.body();
            // Flow 25 answers a bare JSON object; older versions wrapped it as for(;;);[{...}].
            JsonNode answer = body.startsWith("for(;;);")
                    ? JSON.readTree(body.substring(body.indexOf('['))).get(0) : JSON.readTree(body);
            if (answer.has("syncId")) {
                syncId = answer.get("syncId").asInt();
            }
            clientId = answer.has("clientId") ? answer.get("clientId").asInt() : clientId + 1;
            learn(answer);
            return body;
        }

        /** Remembers which state node has which element id, from the attribute changes in an answer. */
        void learn(JsonNode answer) {
            JsonNode changes = answer.path("changes");
            for (JsonNode change : changes) {
                if (change.path("feat").asInt() == 4 && change.has("key")) {
                    listeners.computeIfAbsent(change.get("node").asInt(), n -> new ArrayList<>())
                            .add(change.get("key").asString());
                }
                if ("id".equals(change.path("key").asString(null)) && change.path("value").isString()) {
                    nodes.put(change.get("value").asString(), change.get("node").asInt());
                }
            }
        }

        HttpResponse<String> send(String step, HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            request.header(ServerCostPerStep.STEP_HEADER, step);
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw fail(step, e.toString());
            }
            long took = System.nanoTime() - start;
            if (recording) {
                recorders.get(step).recordValue(took);
            }
            response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            if (dump) {
                System.out.printf("[bench] %s -> %d: %s%n", step, response.statusCode(),
                        response.body().substring(0, Math.min(response.body().length(), 1500)));
            }
            return response;
        }

        void check(String step, HttpResponse<String> response, String expected, boolean uidl) {
            String body = response.body();
            if (response.statusCode() != 200) {
                throw fail(step, "HTTP " + response.statusCode() + ": " + body);
            }
            if (uidl && !(body.startsWith("for(;;);") || body.startsWith("{") && body.contains("\"syncId\""))) {
                throw fail(step, "not a UIDL answer: " + body);
            }
            for (String bad : List.of("\"appError\"", "\"sessionExpired\"", "\"resynchronize\"", "Vaadin-Refresh")) {
                if (body.contains(bad)) {
                    throw fail(step, bad + " in the answer: " + body);
                }
            }
            if (!body.contains(expected)) {
                throw fail(step, expected + " not in the answer: " + body);
            }
        }

        StepFailed fail(String step, String why) {
            failed(step, why);
            return new StepFailed(step + ": " + why);
        }

        void failed(String step, String why) {
            UiLoadBenchmark.this.failed(step, why);
        }
    }

    private static void pause(int think) throws InterruptedException {
        if (think > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3L / 2 + 1));
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The bytes one signed-in session's attributes serialize to (what session replication or persistence would move). */
    private static void printSerializedSession() {
        List<HttpSession> live = new ArrayList<>(LiveSessions.SESSIONS);
        Collections.shuffle(live);
        for (HttpSession session : live) {
            Map<String, Long> sizes = new LinkedHashMap<>();
            try {
                for (String name : Collections.list(session.getAttributeNames())) {
                    Object value = session.getAttribute(name);
                    CountingStream counter = new CountingStream();
                    try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
                        out.writeObject(value);
                    } catch (Exception e) {
                        sizes.put(name + " (not serializable: " + e + ")", -1L);
                        continue;
                    }
                    sizes.put(name, counter.count);
                }
            } catch (IllegalStateException invalidated) {
                continue;
            }
            if (sizes.keySet().stream().anyMatch(name -> name.contains("VaadinSession"))) {
                System.out.printf("[bench] one session's attributes serialized: %,d bytes in all%n",
                        sizes.values().stream().mapToLong(size -> Math.max(0, size)).sum());
                sizes.forEach((name, size) -> System.out.printf("[bench]   %-70s %,10d bytes%n", name, size));
                return;
            }
        }
        System.out.println("[bench] no live session with a VaadinSession to serialize");
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    /** The heap's largest classes, as {@code jcmd <pid> GC.class_histogram} prints them. */
    private static void printClassHistogram(int lines) {
        if (lines <= 0) {
            return;
        }
        try {
            Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] rows = histogram.toString().split("\n");
            System.out.println("[bench] class histogram, largest first:");
            for (int i = 0; i < Math.min(rows.length, lines + 2); i++) {
                System.out.println("[bench]   " + rows[i]);
            }
        } catch (Exception e) {
            System.out.println("[bench] no class histogram: " + e);
        }
    }
}
