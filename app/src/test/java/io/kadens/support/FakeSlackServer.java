package io.kadens.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Slack Web API for tests, over real HTTP: methods at {@code /api/<method>}, the bot token as
 * {@code Authorization: Bearer}, form or JSON bodies as Slack accepts them, and Slack's answers
 * ({@code {"ok": true, ...}} or {@code {"ok": false, "error": "..."}}). It knows workspaces (by bot
 * token) with their users (by email), keeps every call, and can be told to fail: the next calls of a
 * method answer HTTP 429 with Retry-After, HTTP 500, or ok:false with an error code.
 */
public final class FakeSlackServer implements AutoCloseable {

    private static FakeSlackServer shared;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call as received: method, token, and the body's fields (form fields, or JSON as a tree). */
    public record Call(String method, String token, String contentType, Map<String, String> form, JsonNode json) {
    }

    /** A workspace: its team and the users Slack would find by email. */
    public record Workspace(String teamId, String teamName, String botUserId, Map<String, String> usersByEmail) {
    }

    private sealed interface Failure permits RateLimited, ServerError, Error {
    }

    private record RateLimited(int retryAfterSeconds) implements Failure {
    }

    private record ServerError(int status) implements Failure {
    }

    private record Error(String code) implements Failure {
    }

    private final HttpServer server;
    private final Map<String, Workspace> workspaces = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private volatile boolean down;

    public FakeSlackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static synchronized FakeSlackServer shared() {
        if (shared == null) {
            shared = new FakeSlackServer();
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Makes a bot token valid for a workspace. */
    public void addWorkspace(String botToken, Workspace workspace) {
        workspaces.put(botToken, workspace);
    }

    /** The next {@code times} calls of {@code method} answer 429 with this Retry-After. */
    public void rateLimit(String method, int times, int retryAfterSeconds) {
        enqueue(method, times, new RateLimited(retryAfterSeconds));
    }

    /** The next {@code times} calls of {@code method} answer this HTTP status (5xx). */
    public void serverError(String method, int times, int status) {
        enqueue(method, times, new ServerError(status));
    }

    /** The next {@code times} calls of {@code method} answer ok:false with this error. */
    public void error(String method, int times, String code) {
        enqueue(method, times, new Error(code));
    }

    /**
     * While down, every request is answered by closing the connection without a response, as an
     * unreachable API would be; such requests are not recorded as calls (Slack never saw them).
     */
    public void down(boolean down) {
        this.down = down;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String token) {
        return calls.stream().filter(c -> c.method().equals(method) && token.equals(c.token())).toList();
    }

    private void enqueue(String method, int times, Failure failure) {
        Deque<Failure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(failure);
            }
        }
    }

    private Failure nextFailure(String method) {
        Deque<Failure> queue = failures.get(method);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (down) {
            exchange.getRequestBody().readAllBytes();
            exchange.close();
            return;
        }
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String token = authorization != null && authorization.startsWith("Bearer ")
                    ? authorization.substring(7) : null;
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = contentType.startsWith("application/x-www-form-urlencoded")
                    ? parseForm(body) : Map.of();
            JsonNode json = contentType.startsWith("application/json") ? JSON.readTree(body) : null;
            calls.add(new Call(method, token, contentType, form, json));

            Failure failure = nextFailure(method);
            switch (failure) {
                case RateLimited limited -> {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(limited.retryAfterSeconds()));
                    send(exchange, 429, Map.of("ok", false, "error", "ratelimited"));
                    return;
                }
                case ServerError error -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    byte[] page = "<html><body>Internal Server Error</body></html>".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(error.status(), page.length);
                    exchange.getResponseBody().write(page);
                    return;
                }
                case Error error -> {
                    send(exchange, 200, Map.of("ok", false, "error", error.code()));
                    return;
                }
                case null -> {
                    // answer normally
                }
            }
            Workspace workspace = token == null ? null : workspaces.get(token);
            if (workspace == null) {
                send(exchange, 200, Map.of("ok", false, "error", token == null ? "not_authed" : "invalid_auth"));
                return;
            }
            send(exchange, 200, answer(method, workspace, form, json));
        }
    }

    private Map<String, Object> answer(String method, Workspace workspace, Map<String, String> form, JsonNode json) {
        return switch (method) {
            case "auth.test" -> Map.of("ok", true, "url", "https://" + workspace.teamName().toLowerCase() + ".example/",
                    "team", workspace.teamName(), "user", "kadens", "team_id", workspace.teamId(),
                    "user_id", workspace.botUserId(), "bot_id", "B" + workspace.botUserId());
            case "users.lookupByEmail" -> {
                String userId = workspace.usersByEmail().get(String.valueOf(form.get("email")).toLowerCase());
                yield userId == null ? Map.of("ok", false, "error", "users_not_found")
                        : Map.of("ok", true, "user", user(workspace, userId));
            }
            case "users.info" -> {
                String userId = form.get("user");
                boolean known = workspace.usersByEmail().containsValue(userId);
                yield known ? Map.of("ok", true, "user", user(workspace, userId))
                        : Map.of("ok", false, "error", "user_not_found");
            }
            case "conversations.open" -> {
                String users = json == null ? form.get("users") : json.path("users").asString("");
                if (users == null || users.isBlank()) {
                    yield Map.of("ok", false, "error", "users_list_not_supplied");
                }
                yield Map.of("ok", true, "channel", Map.of("id", "D" + users.replace(",", "")));
            }
            case "chat.postMessage" -> {
                String channel = json == null ? form.get("channel") : json.path("channel").asString("");
                if (channel == null || channel.isBlank()) {
                    yield Map.of("ok", false, "error", "channel_not_found");
                }
                yield Map.of("ok", true, "channel", channel, "ts", System.nanoTime() / 1000 / 1e6 + "",
                        "message", Map.of("type", "message", "text", json == null ? "" : json.path("text").asString("")));
            }
            default -> Map.of("ok", false, "error", "unknown_method");
        };
    }

    private static Map<String, Object> user(Workspace workspace, String userId) {
        String email = workspace.usersByEmail().entrySet().stream().filter(e -> e.getValue().equals(userId))
                .map(Map.Entry::getKey).findFirst().orElse("");
        return Map.of("id", userId, "team_id", workspace.teamId(), "name", email.split("@")[0],
                "deleted", false, "is_bot", false, "profile", Map.of("email", email, "real_name", email));
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
