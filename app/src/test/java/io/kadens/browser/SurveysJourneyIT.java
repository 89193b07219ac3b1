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

        kadens.choose("survey-results-survey", label -> label.contains("Första processenkäten"));
        kadens.waitFor(By.id("survey-results-chart"));
        violations.addAll(kadens.accessibilityViolations("admin/surveys with a results chart"));

        String title = "Puls " + Long.toString(System.nanoTime(), 36);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", kadens.waitFor(By.id("survey-title")));
        kadens.type(By.cssSelector("#survey-title input"), title);
        kadens.choose("survey-template", label -> label.contains("Pulsenkät"));
        kadens.pick("survey-bank", "Min arbetsbelastning är hanterbar");
        kadens.pick("survey-bank", "Jag känner mig som en del av mitt team");
        kadens.click(By.id("survey-create"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("surveys-grid").contains(title));

        kadens.clickDisplayed(By.cssSelector("vaadin-button[aria-label='Redigera frågorna i " + title + "']"));
        WebElement dialog = kadens.waitFor(By.id("survey-questions-dialog"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("survey-questions-explanation")))).contains("Ingen har svarat");
        assertThat(value("survey-question-sv-0")).startsWith("Min arbetsbelastning är hanterbar");
        assertThat(value("survey-question-sv-1")).startsWith("Jag känner mig som en del av mitt team");
        violations.addAll(kadens.accessibilityViolations("survey questions dialog"));

        kadens.click(By.id("survey-questions-add"));
        replace("survey-question-en-2", "What would make our 1:1s more useful?");
        kadens.click(By.id("survey-questions-save"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("survey-questions-error")))).contains("engelska och svenska");
        assertThat(value("survey-question-en-2")).as("the refused save keeps what was typed")
                .isEqualTo("What would make our 1:1s more useful?");
        replace("survey-question-sv-2", "Vad skulle göra våra 1:1-samtal mer användbara?");
        kadens.choose("survey-question-kind-2", label -> label.contains("Fritext"));
        kadens.click(By.id("survey-question-up-2"));
        kadens.click(By.id("survey-question-remove-0"));
        kadens.click(By.id("survey-questions-save"));
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.invisibilityOf(dialog));

        kadens.clickDisplayed(By.cssSelector("vaadin-button[aria-label='Redigera frågorna i " + title + "']"));
        kadens.waitFor(By.id("survey-questions-dialog"));
        assertThat(value("survey-question-sv-0")).isEqualTo("Vad skulle göra våra 1:1-samtal mer användbara?");
        assertThat(value("survey-question-sv-1")).startsWith("Jag känner mig som en del av mitt team");
        assertThat(kadens.driver().findElements(By.id("survey-question-sv-2"))).isEmpty();
        kadens.click(By.id("survey-questions-cancel"));

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
}
