package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Writing reviews in Acme AB (Swedish, demo data): Sara finds her due self review among her review tasks, answers
 * every question and submits it; Erik opens his manager review of Sara, sees the evidence panel, gets a bias flag
 * for a personality word and drafts the summary from the insights. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class ReviewWritingJourneyIT {

    private static RunningKadens kadens;

    static final String ACHIEVEMENTS = starter("achievements");
    static final String COMPETENCIES = starter("competencies");
    static final String GOALS = starter("goals");
    static final String OVERALL = starter("overall-rating");

    static String starter(String key) {
        return UUID.nameUUIDFromBytes(("kadens.review-template.starter." + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    private static String quarterlyReview(String form) {
        return kadens.idInTenant("acme", "select r.id from review r join review_cycle c on c.tenant_id = r.tenant_id"
                + " and c.id = r.cycle_id where c.status = 'ACTIVE' and c.kind = 'QUARTERLY' and r.form = '" + form + "'"
                + " and r.subject_id = (select id from employee where email = ?)", "sara.nilsson@acme.example");
    }

    @Test
    @DisplayName("Sara writes and submits her self review; Erik sees the evidence, a bias flag and a cited draft")
    void selfReviewAndManagerReview() {
        List<String> violations = new ArrayList<>();
        String self = quarterlyReview("SELF");
        String manager = quarterlyReview("MANAGER");

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("reviews");
        WebElement tasks = kadens.waitFor(By.id("review-tasks"));
        assertThat(kadens.driver().findElements(By.cssSelector("a[href='reviews/" + self + "']"))).isNotEmpty();
        violations.addAll(kadens.accessibilityViolations("review tasks"));

        kadens.open("reviews/" + self);
        kadens.waitFor(By.id("review-form"));
        kadens.waitFor(By.id("review-evidence"));
        violations.addAll(kadens.accessibilityViolations("self review form"));
        kadens.type(By.cssSelector("#text-" + ACHIEVEMENTS + " textarea"),
                "Jag levererade den nya kundportalen i mars och handledde två nya kollegor.");
        for (WebElement group : kadens.driver().findElements(By.cssSelector("[id^='criterion-" + COMPETENCIES + "-']"))) {
            choose(group, 3);
        }
        List<WebElement> goals = kadens.driver().findElements(By.cssSelector("[id^='goal-" + GOALS + "-']"));
        for (WebElement group : goals) {
            choose(group, 3);
        }
        List<WebElement> weights = kadens.driver().findElements(By.cssSelector("#question-" + GOALS + " vaadin-integer-field input"));
        for (int i = 0; i < weights.size(); i++) {
            weights.get(i).sendKeys(i == 0 ? "100" : "0", Keys.TAB);
        }
        choose(kadens.waitFor(By.id("rating-" + OVERALL)), 4);
        click(By.id("review-save"));
        click(By.id("review-submit"));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.id("review-submit")).isEmpty());
        // submitted: the answer is still there, in a read-only field
        assertThat(kadens.waitFor(By.cssSelector("#text-" + ACHIEVEMENTS + " textarea")).getDomProperty("value"))
                .contains("Jag levererade den nya kundportalen");
        violations.addAll(kadens.accessibilityViolations("submitted self review"));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("reviews/" + manager);
        WebElement evidence = kadens.waitFor(By.id("review-evidence"));
        assertThat(kadens.textContent(evidence)).contains("Underlag", "30 dagarna");
        kadens.type(By.cssSelector("#text-" + ACHIEVEMENTS + " textarea"), "Sara är alltid lat med dokumentationen.");
        kadens.waitFor(By.cssSelector("#text-" + ACHIEVEMENTS + " textarea")).sendKeys(Keys.TAB);
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.cssSelector("#review-checks li[data-check='PERSONALITY']"));
        kadens.waitFor(By.cssSelector("#review-checks li[data-check='ABSOLUTE']"));
        violations.addAll(kadens.accessibilityViolations("manager review with evidence and checks"));

        kadens.waitFor(By.id("review-summary-insights"));
        click(By.id("review-summary-draft"));
        WebElement used = kadens.waitFor(By.id("review-summary-used"));
        assertThat(kadens.textContent(used)).matches("Utkastet använder \\d+ av \\d+ insikter\\.");
        violations.addAll(kadens.accessibilityViolations("manager review with a drafted summary"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Picks the n-th rating (1-based) of a radio group. */
    private static void choose(WebElement group, int n) {
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", group);
        List<WebElement> buttons = group.findElements(By.cssSelector("vaadin-radio-button"));
        buttons.get(n - 1).click();
        kadens.awaitVaadinIdle();
    }

    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }
}
