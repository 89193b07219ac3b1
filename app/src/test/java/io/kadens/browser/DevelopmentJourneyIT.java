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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Development plans in Acme AB (Swedish, demo data): Sara starts her next period's plan with "Draft my plan",
 * accepts two drafted objectives, edits one (a new title and an action of her own) and submits it; Erik approves
 * it from her plan page; the next 1:1 of the two shows the plan's open actions; Sara completes the course of her
 * current plan and its progress moves. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class DevelopmentJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("Sara drafts, accepts two objectives, edits one and submits, Erik approves, the 1:1 shows the actions, a course moves the progress")
    void planSubmitApproveAgendaAndProgress() {
        List<String> violations = new ArrayList<>();
        String sara = kadens.employeeId("acme", "sara.nilsson@acme.example");

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("development");
        kadens.waitFor(By.id("development-plan"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("development-status")))).isEqualTo("Godkänd");
        violations.addAll(kadens.accessibilityViolations("development"));

        click(By.id("development-next"));
        kadens.wait(RunningKadens.WAIT).until(d -> "Utkast".equals(kadens.textContent(d.findElement(By.id("development-status")))));
        click(By.id("development-draft-button"));
        kadens.waitFor(By.id("development-draft-objective-1"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("development-draft-gaps")))).isNotBlank();
        violations.addAll(kadens.accessibilityViolations("development with a drafted plan"));
        click(By.id("development-draft-take-0"));
        click(By.id("development-draft-take-1"));
        click(By.id("development-draft-accept"));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector(".development-objective")).size() == 2);
        assertThat(kadens.textContent(kadens.waitFor(By.id("development-status")))).isEqualTo("Utkast");

        click(By.id("development-objective-edit-0"));
        kadens.type(By.cssSelector("#development-objective-title input"), "Hålla tre kunddemonstrationer före sommaren 2027");
        violations.addAll(kadens.accessibilityViolations("development objective editor"));
        click(By.id("development-action-add"));
        List<WebElement> actionTitles = kadens.driver().findElements(By.cssSelector("[id^='development-action-title-'] input"));
        WebElement added = actionTitles.getLast();
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", added);
        added.sendKeys("Förbered demo med säljteamet");
        added.sendKeys(Keys.TAB);
        kadens.awaitVaadinIdle();
        click(By.id("development-objective-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("development-objectives")))
                .contains("Hålla tre kunddemonstrationer före sommaren 2027"));
        assertThat(kadens.driver().findElements(By.cssSelector(".development-objective"))).hasSize(2);
        click(By.id("development-submit"));
        kadens.wait(RunningKadens.WAIT).until(d -> "Väntar på godkännande".equals(
                kadens.textContent(d.findElement(By.id("development-status")))));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("development/" + sara);
        kadens.waitFor(By.id("development-approve"));
        violations.addAll(kadens.accessibilityViolations("development of a report"));
        click(By.id("development-approve"));
        kadens.wait(RunningKadens.WAIT).until(d -> "Godkänd".equals(
                kadens.textContent(d.findElement(By.id("development-status")))));

        kadens.open("one-on-ones");
        kadens.waitFor(By.id("oneonones-lead-grid"));
        click(By.cssSelector(".oneonones-open[aria-label*='Sara Nilsson']"));
        WebElement points = kadens.waitFor(By.id("oneonones-suggested-points"));
        assertThat(kadens.textContent(points)).contains("Förbered demo med säljteamet", "Från utvecklingsplanen");
        violations.addAll(kadens.accessibilityViolations("one-on-one with plan actions"));

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("development");
        kadens.waitFor(By.id("development-plan-choice"));
        String before = kadens.textContent(kadens.waitFor(By.id("development-progress")));
        click(By.cssSelector("#development-objectives .development-course-link"));
        kadens.waitFor(By.id("learning-progress-save"));
        choose("learning-status", "Klar");
        click(By.id("learning-progress-save"));
        kadens.awaitVaadinIdle();
        kadens.open("development");
        kadens.wait(RunningKadens.WAIT).until(d -> !before.equals(kadens.textContent(d.findElement(By.id("development-progress")))));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    /** Opens a vaadin-select and picks the item with the given label. */
    private static void choose(String selectId, String label) {
        click(By.id(selectId));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> label.equals(kadens.textContent(item)) && item.isDisplayed()));
        kadens.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> label.equals(kadens.textContent(item)) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        kadens.awaitVaadinIdle();
    }
}
