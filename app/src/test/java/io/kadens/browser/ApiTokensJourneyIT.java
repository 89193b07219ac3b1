package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A demo employee creates a personal access token on their profile, sees it once, the REST API
 * answers it over real HTTP, the employee revokes it and the API refuses it. The OpenAPI document
 * and Swagger UI are served by the production jar. Every token page passes axe.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class ApiTokensJourneyIT {

    private static final Duration WAIT = RunningKadens.WAIT;
    private static final String EMPLOYEE = "sara.nilsson@acme.example";

    private static RunningKadens kadens;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kadens.baseUrl() + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An overlay fading in has a transparent look axe would judge; check it once it is fully shown. */
    private void awaitAnimationsDone() {
        kadens.wait(WAIT).withMessage("overlay animations to end").until(d -> Boolean.TRUE.equals(kadens.js(
                """
                return !document.querySelector('[opening]') && document.getAnimations().filter(a =>
                    a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity).length === 0;
                """)));
    }

    @Test
    void anEmployeeCreatesATokenUsesItOverHttpAndRevokesIt() throws Exception {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", EMPLOYEE);
        kadens.open("people/" + kadens.employeeId("acme", EMPLOYEE));
        kadens.waitFor(By.id("profile-api-tokens")).click();
        kadens.waitFor(By.id("my-tokens"));
        kadens.awaitVaadinIdle();
        assertThat(kadens.driver().getCurrentUrl()).endsWith("profile/api-tokens");
        violations.addAll(kadens.accessibilityViolations("token page"));

        String name = "journey " + System.nanoTime();
        kadens.type(By.cssSelector("#token-name input"), name);
        kadens.waitFor(By.id("create-token")).click();
        WebElement field = kadens.waitFor(By.id("new-token"));
        kadens.awaitVaadinIdle();
        awaitAnimationsDone();
        String token = field.getDomProperty("value");
        assertThat(token).startsWith("kdn_").hasSize(68);
        violations.addAll(kadens.accessibilityViolations("new token dialog"));
        kadens.waitFor(By.id("copy-token")).click();
        kadens.waitFor(By.id("close-token-dialog")).click();
        kadens.wait(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-token")));
        kadens.wait(WAIT).until(d -> kadens.gridCellTexts("my-tokens").contains(name));
        assertThat(kadens.driver().getPageSource()).as("the token is shown once only").doesNotContain(token);

        HttpResponse<String> me = get("api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(EMPLOYEE);
        assertThat(me.headers().firstValue("Set-Cookie")).as("no session for a bearer request").isEmpty();

        // revoke it in the UI: the next call is refused with a challenge
        kadens.open("profile/api-tokens");
        kadens.wait(WAIT).until(d -> kadens.gridCellTexts("my-tokens").contains(name));
        WebElement revoke = kadens.wait(WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#my-tokens vaadin-button.revoke-token[aria-label*='" + name + "']")));
        revoke.click();
        WebElement confirm = kadens.wait(WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[slot='confirm-button']")));
        awaitAnimationsDone();
        violations.addAll(kadens.accessibilityViolations("revoke confirmation"));
        confirm.click();
        // Sara's language is Swedish: the revoked row shows "Återkallad" and loses its button
        kadens.wait(WAIT).until(d -> kadens.gridCellTexts("my-tokens").contains("Återkallad")
                && !kadens.isPresent(By.cssSelector("#my-tokens vaadin-button.revoke-token[aria-label*='" + name + "']")));
        HttpResponse<String> refused = get("api/v1/me", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(violations).isEmpty();
    }

    @Test
    void theJarServesTheOpenApiDocumentToAnyoneAndSwaggerUiToSignedInPeople() throws Exception {
        HttpResponse<String> spec = get("api/openapi.json", null);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/me", "/api/v1/people/{id}", "\"bearer\"");
        HttpResponse<String> noToken = get("api/v1/me", null);
        assertThat(noToken.statusCode()).as("the API never redirects").isEqualTo(401);
        assertThat(get("api/v1/me", "kdn_not-a-token").statusCode()).isEqualTo(401);

        HttpResponse<String> anonymousUi = get("swagger-ui/index.html", null);
        assertThat(anonymousUi.statusCode()).as("Swagger UI needs sign-in").isIn(302, 303);

        kadens.signInAndAwaitHome("acme", EMPLOYEE);
        kadens.driver().get(kadens.baseUrl() + "api/docs");
        kadens.wait(WAIT).withMessage("Swagger UI showing the Kadens API").until(d -> {
            List<WebElement> titles = d.findElements(By.cssSelector(".swagger-ui .info .title"));
            return !titles.isEmpty() && titles.getFirst().getText().contains("Kadens REST API");
        });
        assertThat(kadens.driver().findElements(By.cssSelector(".swagger-ui .opblock-summary-path")))
                .extracting(WebElement::getText).contains("/api/v1/me");
    }
}
