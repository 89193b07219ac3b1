package io.kadens.ai.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local OpenAI-compatible server for tests: {@code POST /v1/chat/completions} with the real
 * request and response JSON (choices, finish reason, usage tokens). It records every request, and
 * can be told to answer with given content, to fail with a status, or to be slow.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Function<JsonNode, String>> content = new AtomicReference<>(request -> "{}");
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failureStatus = new AtomicInteger(503);
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicInteger served = new AtomicInteger();

    public FakeOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The base URL as a deployment would configure it: including {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Every answer's message content is computed from the request (e.g. a JSON draft). */
    public FakeOpenAiServer answering(Function<JsonNode, String> contentForRequest) {
        content.set(contentForRequest);
        return this;
    }

    public FakeOpenAiServer answering(String fixedContent) {
        return answering(request -> fixedContent);
    }

    /** The next {@code count} requests fail with this HTTP status ({@code Integer.MAX_VALUE}: all of them). */
    public FakeOpenAiServer failing(int count, int status) {
        failuresLeft.set(count);
        failureStatus.set(status);
        return this;
    }

    /** Every answer waits this long first. */
    public FakeOpenAiServer slow(Duration wait) {
        delay.set(wait);
        return this;
    }

    public FakeOpenAiServer healthy() {
        failuresLeft.set(0);
        delay.set(Duration.ZERO);
        return this;
    }

    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    public void clear() {
        requests.clear();
    }

    /** The content of the message with this role in the given request ("system", "user"). */
    public static String message(JsonNode request, String role) {
        for (JsonNode message : request.path("messages")) {
            if (role.equals(message.path("role").asString())) {
                JsonNode text = message.path("content");
                if (text.isArray()) {
                    StringBuilder joined = new StringBuilder();
                    text.forEach(part -> joined.append(part.path("text").asString()));
                    return joined.toString();
                }
                return text.asString();
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{\"error\":{\"message\":\"method not allowed\"}}");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            Duration wait = delay.get();
            if (!wait.isZero()) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failuresLeft.getAndUpdate(left -> left == Integer.MAX_VALUE ? left : Math.max(0, left - 1)) > 0) {
                respond(exchange, failureStatus.get(), "{\"error\":{\"message\":\"the fake server was told to fail\","
                        + "\"type\":\"server_error\",\"param\":null,\"code\":null}}");
                return;
            }
            String answer = content.get().apply(request);
            int promptTokens = Math.max(1, request.path("messages").toString().length() / 4);
            int completionTokens = Math.max(1, answer.length() / 4);
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "chatcmpl-fake-" + served.incrementAndGet());
            body.put("object", "chat.completion");
            body.put("created", System.currentTimeMillis() / 1000);
            body.put("model", request.path("model").asString("fake-model"));
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", answer);
            message.putNull("refusal");
            choice.putNull("logprobs");
            choice.put("finish_reason", "stop");
            ObjectNode usage = body.putObject("usage");
            usage.put("prompt_tokens", promptTokens);
            usage.put("completion_tokens", completionTokens);
            usage.put("total_tokens", promptTokens + completionTokens);
            respond(exchange, 200, JSON.writeValueAsString(body));
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
