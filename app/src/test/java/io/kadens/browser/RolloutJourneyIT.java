package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The rollout page of Acme AB (Swedish): the HR admin finds the finished three-month pilot in Försäljning and
 * Ekonomi with its champions and milestones, opens the pilot group editor, and the page that explains a
 * feature still in pilot. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class RolloutJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR admin reviews Acme's pilot groups; the feature-in-pilot page explains itself")
    void reviewThePilot() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        assertThat(kadens.navigationLabels()).contains("Införande");
        kadens.open("admin/rollout");
        kadens.waitFor(By.id("rollout-groups"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("rollout-groups").containsAll(
                List.of("Försäljning", "Ekonomi")));
        assertThat(kadens.textContent(kadens.waitFor(By.id("rollout-current-phase")))).contains("Utrullning");
        assertThat(kadens.gridCellTexts("rollout-milestones")).contains("Uppstart av piloten");
        violations.addAll(kadens.accessibilityViolations("admin/rollout"));
        kadens.screenshot("rollout-journey-plan");

        click(By.id("rollout-group-new"));
        kadens.waitFor(By.id("rollout-group-name"));
        kadens.awaitVaadinIdle();
        violations.addAll(kadens.accessibilityViolations("admin/rollout pilot group editor"));

        kadens.open("feature-unavailable/GOALS");
        assertThat(kadens.textContent(kadens.waitFor(By.id("feature-unavailable")))).contains("Mål", "Anna Lindqvist");
        violations.addAll(kadens.accessibilityViolations("feature-unavailable"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Scrolls an element to the middle of the window (away from notifications), then clicks it. */
    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
    }
}
