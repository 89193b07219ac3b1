package io.kadens.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few Slack Web API methods Kadens uses, over plain HTTP: the bot token as a Bearer header,
 * form bodies for lookups, JSON bodies for messages, and Slack's {@code {ok, error, ...}} answers.
 */
@Component
class SlackWebApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What auth.test says about a token: its workspace and bot user. */
    record Identity(String teamId, String teamName, String botUserId) {
    }

    private final URI baseUrl;
    private final HttpClient http;
    private final Duration timeout;

    SlackWebApi(@Value("${kadens.slack.api-url}") String baseUrl,
                @Value("${kadens.slack.timeout:10s}") Duration timeout) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    Identity authTest(String token) {
        JsonNode answer = post(token, "auth.test", form(Map.of()));
        return new Identity(answer.path("team_id").asString(""), answer.path("team").asString(""),
                answer.path("user_id").asString(null));
    }

    /** The Slack user with this email in the token's workspace, or empty when there is none. */
    Optional<String> lookupUserByEmail(String token, String email) {
        try {
            JsonNode answer = post(token, "users.lookupByEmail", form(Map.of("email", email)));
            return Optional.of(answer.path("user").path("id").asString());
        } catch (SlackApiException e) {
            if ("users_not_found".equals(e.getMessage())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The email of a Slack user (users.info, profile.email), when Slack shares it. */
    Optional<String> userEmail(String token, String userId) {
        JsonNode answer = post(token, "users.info", form(Map.of("user", userId)));
        String email = answer.path("user").path("profile").path("email").asString("");
        return email.isBlank() ? Optional.empty() : Optional.of(email);
    }

    /** Opens (or finds) the direct message channel with a user; returns its id. */
    String openDirectMessage(String token, String userId) {
        JsonNode answer = post(token, "conversations.open", json(Map.of("users", userId)));
        return answer.path("channel").path("id").asString();
    }

    /** Posts a message with blocks (and the text as fallback for notifications); returns its ts. */
    String postMessage(String token, String channel, String text, List<Map<String, Object>> blocks) {
        JsonNode answer = post(token, "chat.postMessage",
                json(Map.of("channel", channel, "text", text, "blocks", blocks)));
        return answer.path("ts").asString();
    }

    private record Body(String contentType, String content) {
    }

    private static Body form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return new Body("application/x-www-form-urlencoded", body.toString());
    }

    private static Body json(Map<String, Object> fields) {
        return new Body("application/json; charset=utf-8", JSON.writeValueAsString(fields));
    }

    private JsonNode post(String token, String method, Body body) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(method))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(body.content(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SlackApiException(method + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackApiException(method + ": interrupted", e);
        }
        if (response.statusCode() == 429) {
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                    .flatMap(SlackWebApi::seconds);
            throw new SlackApiException("ratelimited", retryAfter);
        }
        if (response.statusCode() >= 300) {
            throw new SlackApiException(method + ": HTTP " + response.statusCode(), Optional.empty());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            throw new SlackApiException(method + ": unreadable answer", e);
        }
        if (!answer.path("ok").asBoolean(false)) {
            throw new SlackApiException(answer.path("error").asString("unknown_error"), Optional.empty());
        }
        return answer;
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + " " + e.getMessage();
    }
}
