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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The survey pages of Acme AB (Swedish): the HR admin finds the pilot's two process surveys, closed, on the
 * administration page, and on her own survey page sees that they take no more answers; she reads a closed survey's
 * answers as a chart; she makes a pulse survey from the question bank and edits its questions, where a refused save
 * keeps what she typed. Every page and dialog passes the accessibility rules. The new survey stays a draft with a
 * unique title, so nobody is asked and the journey runs again on the same database.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class SurveysJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR admin reviews Acme's process surveys and her own survey page")
    void reviewTheSurveys() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        assertThat(kadens.navigationLabels()).contains("Enkäter", "Enkäter (HR)");
        kadens.open("admin/surveys");
        kadens.waitFor(By.id("surveys-grid"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("surveys-grid").containsAll(
                List.of("Första processenkäten", "Andra processenkäten", "Stängd")));
        violations.addAll(kadens.accessibilityViolations("admin/surveys"));
        kadens.screenshot("surveys-journey-admin");

        kadens.open("surveys");
        assertThat(kadens.textContent(kadens.waitFor(By.id("surveys")))).contains("Första processenkäten",
                "Enkäten är stängd");
        violations.addAll(kadens.accessibilityViolations("surveys"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    @Test
    @DisplayName("HR admin makes a pulse survey from the bank and edits its questions; a closed survey's answers are a chart")
    void pulseSurveyFromTheBankWithEditedQuestions() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/surveys");
        kadens.waitFor(By.id("surveys-grid"));

        choose("survey-results-survey", "Första processenkäten");
        kadens.waitFor(By.id("survey-results-chart"));
        violations.addAll(kadens.accessibilityViolations("admin/surveys with a results chart"));

        String title = "Puls " + Long.toString(System.nanoTime(), 36);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", kadens.waitFor(By.id("survey-title")));
        kadens.type(By.cssSelector("#survey-title input"), title);
        choose("survey-template", "Pulsenkät");
        pick("survey-bank", "Min arbetsbelastning är hanterbar");
        pick("survey-bank", "Jag känner mig som en del av mitt team");
        click(By.id("survey-create"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("surveys-grid").contains(title));

        clickDisplayed(By.cssSelector("vaadin-button[aria-label='Redigera frågorna i " + title + "']"));
        WebElement dialog = kadens.waitFor(By.id("survey-questions-dialog"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("survey-questions-explanation")))).contains("Ingen har svarat");
        assertThat(value("survey-question-sv-0")).startsWith("Min arbetsbelastning är hanterbar");
        assertThat(value("survey-question-sv-1")).startsWith("Jag känner mig som en del av mitt team");
        violations.addAll(kadens.accessibilityViolations("survey questions dialog"));

        click(By.id("survey-questions-add"));
        replace("survey-question-en-2", "What would make our 1:1s more useful?");
        click(By.id("survey-questions-save"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("survey-questions-error")))).contains("engelska och svenska");
        assertThat(value("survey-question-en-2")).as("the refused save keeps what was typed")
                .isEqualTo("What would make our 1:1s more useful?");
        replace("survey-question-sv-2", "Vad skulle göra våra 1:1-samtal mer användbara?");
        choose("survey-question-kind-2", "Fritext");
        click(By.id("survey-question-up-2"));
        click(By.id("survey-question-remove-0"));
        click(By.id("survey-questions-save"));
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.invisibilityOf(dialog));

        clickDisplayed(By.cssSelector("vaadin-button[aria-label='Redigera frågorna i " + title + "']"));
        kadens.waitFor(By.id("survey-questions-dialog"));
        assertThat(value("survey-question-sv-0")).isEqualTo("Vad skulle göra våra 1:1-samtal mer användbara?");
        assertThat(value("survey-question-sv-1")).startsWith("Jag känner mig som en del av mitt team");
        assertThat(kadens.driver().findElements(By.id("survey-question-sv-2"))).isEmpty();
        click(By.id("survey-questions-cancel"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    private static String value(String textAreaId) {
        return String.valueOf(kadens.js("return arguments[0].value;", kadens.waitFor(By.id(textAreaId))));
    }

    /** Clears a text area and types a new value into it. */
    private static void replace(String textAreaId, String text) {
        WebElement area = kadens.waitFor(By.cssSelector("#" + textAreaId + " textarea"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", area);
        area.click();
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
        kadens.awaitVaadinIdle();
    }

    /** Types into a combo box (single or multi) and picks the first item with that text. */
    private static void pick(String id, String text) {
        WebElement input = kadens.waitFor(By.cssSelector("#" + id + " input"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(text);
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector(
                        "vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> kadens.textContent(item).contains(text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        // Escape first clears what was typed, then closes the drop-down.
        for (int i = 0; i < 3 && openDropDowns() > 0; i++) {
            input.sendKeys(Keys.ESCAPE);
            kadens.awaitVaadinIdle();
        }
        awaitNoOverlay();
    }

    private static long openDropDowns() {
        return ((Number) kadens.js("""
                return document.querySelectorAll('vaadin-combo-box[opened], vaadin-multi-select-combo-box[opened], \
                vaadin-select[opened]').length;""")).longValue();
    }

    /** Waits until no drop-down is open: an open one makes the rest of the page take no clicks. */
    private static void awaitNoOverlay() {
        kadens.wait(RunningKadens.WAIT).until(d -> openDropDowns() == 0);
    }

    /** Opens a vaadin-select and picks the first visible item whose label contains the text. */
    private static void choose(String selectId, String label) {
        click(By.id(selectId));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> kadens.textContent(item).contains(label) && item.isDisplayed()));
        kadens.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> kadens.textContent(item).contains(label) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        kadens.awaitVaadinIdle();
        awaitNoOverlay();
    }

    /** Clicks the visible one of an element the page shows twice (the list's table and its cards). */
    private static void clickDisplayed(By locator) {
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(locator).stream().anyMatch(WebElement::isDisplayed));
        WebElement element = kadens.driver().findElements(locator).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow();
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    /** Scrolls an element to the middle of the window (away from notifications), then clicks it. */
    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }
}
