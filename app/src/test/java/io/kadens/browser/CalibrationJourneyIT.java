package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Calibration in Acme AB (Swedish, demo data): Anna (HR) sets up a session of Försäljning over the closed
 * semi-annual cycle with Erik as calibrator; Erik records his private preview for Sara; Anna opens the meeting and
 * moves Sara in the 9-box with a reason, by keyboard. Sara herself never reaches the page. Every page passes the
 * accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class CalibrationJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR creates a session, Erik records his preview, the facilitator moves Sara with a reason")
    void createPreviewAndMove() {
        List<String> violations = new ArrayList<>();

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("calibration");
        kadens.waitFor(By.id("calibration-sessions"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("calibration-sessions")))).contains("Kalibrering Försäljning H1");
        violations.addAll(kadens.accessibilityViolations("calibration sessions"));
        click(By.id("calibration-new"));
        kadens.type(By.cssSelector("#calibration-name input"), "Försäljning, resa");
        pick("calibration-cycle", "Medarbetarsamtal H1");
        pick("calibration-departments", "Försäljning");
        pick("calibration-facilitator", "Anna Lindqvist");
        pick("calibration-calibrators", "Erik Johansson");
        violations.addAll(kadens.accessibilityViolations("calibration set-up"));
        click(By.id("calibration-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> d.getCurrentUrl().matches(".*/calibration/[0-9a-f-]{36}$"));
        String sessionPath = kadens.driver().getCurrentUrl().replaceFirst(".*/(calibration/[0-9a-f-]{36})$", "$1");
        kadens.waitFor(By.id("calibration-people"));
        violations.addAll(kadens.accessibilityViolations("calibration session collecting previews"));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open(sessionPath);
        kadens.waitFor(By.id("calibration-people"));
        click(By.cssSelector("vaadin-button[aria-label='Registrera din förhandsbedömning av Sara Nilsson']"));
        choose("calibration-preview-rating", label -> label.startsWith("4"));
        violations.addAll(kadens.accessibilityViolations("calibration preview"));
        click(By.id("calibration-preview-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("calibration-people").stream()
                .anyMatch(text -> text.contains("Erik Johansson: 4")));

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open(sessionPath);
        kadens.waitFor(By.id("calibration-people"));
        // before the meeting opens, the facilitator does not see Erik's preview
        assertThat(kadens.gridCellTexts("calibration-people")).noneMatch(text -> text.contains("Erik Johansson: 4"));
        click(By.id("calibration-open-meeting"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("calibration-people").stream()
                .anyMatch(text -> text.contains("Erik Johansson: 4")));
        // the 9-box by keyboard: focus Sara's button in the grid of boxes and press Enter
        WebElement sara = kadens.waitFor(By.cssSelector("#calibration-ninebox vaadin-button[aria-label^='Sara Nilsson']"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", sara);
        sara.sendKeys(Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("calibration-move-reason"));
        choose("calibration-move-rating", label -> label.startsWith("5"));
        choose("calibration-move-potential", "Hög"::equals);
        kadens.type(By.cssSelector("#calibration-move-reason textarea"), "Tog över två nyckelkunder under hösten");
        violations.addAll(kadens.accessibilityViolations("calibration move"));
        click(By.id("calibration-move-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("calibration-log")))
                .contains("Tog över två nyckelkunder under hösten"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("calibration-ninebox")))).contains("Sara Nilsson");
        violations.addAll(kadens.accessibilityViolations("calibration meeting"));

        // Sara has no calibration in her menu, and the route refuses her
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        assertThat(kadens.navigationLabels()).doesNotContain("Kalibrering");
        kadens.open(sessionPath);
        kadens.awaitVaadinIdle();
        assertThat(kadens.isPresent(By.id("calibration-people"))).isFalse();

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /**
     * Types into a combo box (single or multi) and picks the first item with that text, then makes sure its list is
     * closed. A multi-select box keeps its list open after a pick, and its first Escape only leaves the highlighted
     * item (the second closes the list); an open list is modal, so the next field's click would land on the page.
     */
    private static void pick(String id, String text) {
        WebElement box = kadens.waitFor(By.id(id));
        WebElement input = kadens.waitFor(By.cssSelector("#" + id + " input"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(text);
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector(
                        "vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> kadens.textContent(item).contains(text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the list of " + id + " closes").until(d -> {
            if (Boolean.TRUE.equals(kadens.js("return arguments[0].opened === true;", box))) {
                input.sendKeys(Keys.ESCAPE);
                return false;
            }
            return true;
        });
        kadens.awaitVaadinIdle();
    }

    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    /** Opens a vaadin-select and picks the first item whose label matches. */
    private static void choose(String selectId, Predicate<String> label) {
        click(By.id(selectId));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> label.test(kadens.textContent(item)) && item.isDisplayed()));
        kadens.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> label.test(kadens.textContent(item)) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        kadens.awaitVaadinIdle();
    }
}
