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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A pilot's process survey at Acme AB (Swedish), end to end: the HR admin makes a pilot group of Försäljning and
 * Ekonomi and sends it a process survey; Sara in Försäljning answers; on the analytics page the HR admin compares
 * the pilot with the rest, with the number of people behind each figure, while the new survey with its single
 * answer stays hidden. The group and the survey get unique names, so the journey also runs on a database it has
 * run on before. Every page visited passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class PilotSurveyJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR pilots a process survey in Sales and Finance; Sara answers; the small group stays hidden")
    void pilotAProcessSurvey() {
        List<String> violations = new ArrayList<>();
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        String groupName = "Pilot sälj och ekonomi " + stamp;
        String surveyTitle = "Pilotens processenkät " + stamp;

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/rollout");
        kadens.waitFor(By.id("rollout-groups"));
        click(By.id("rollout-group-new"));
        kadens.type(By.cssSelector("#rollout-group-name input"), groupName);
        pick("rollout-group-departments", "Försäljning");
        pick("rollout-group-departments", "Ekonomi");
        violations.addAll(kadens.accessibilityViolations("admin/rollout new pilot group"));
        click(By.id("rollout-group-save"));
        kadens.wait(RunningKadens.WAIT).withMessage("the new pilot group in the list")
                .until(d -> kadens.gridCellTexts("rollout-groups").contains(groupName));
        violations.addAll(kadens.accessibilityViolations("admin/rollout"));

        kadens.open("admin/surveys");
        kadens.waitFor(By.id("surveys-grid"));
        kadens.type(By.cssSelector("#survey-title input"), surveyTitle);
        choose("survey-audience", "En pilotgrupp"::equals);
        pick("survey-group", groupName);
        click(By.id("survey-create"));
        kadens.wait(RunningKadens.WAIT).withMessage("the new survey as a draft")
                .until(d -> kadens.gridCellTexts("surveys-grid").contains(surveyTitle));
        clickDisplayed(By.cssSelector("vaadin-button[aria-label='Öppna " + surveyTitle + "']"));
        kadens.wait(RunningKadens.WAIT).withMessage("the new survey open for the pilot group")
                .until(d -> !displayed(By.cssSelector("vaadin-button[aria-label='Öppna " + surveyTitle + "']"))
                        && displayed(By.cssSelector("vaadin-button[aria-label='Stäng " + surveyTitle + "']")));
        violations.addAll(kadens.accessibilityViolations("admin/surveys"));
        String surveyId = kadens.idInTenant("acme", "select id::text from survey where title = ?", surveyTitle);

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("surveys");
        WebElement form = kadens.waitFor(By.id("survey-" + surveyId));
        assertThat(kadens.textContent(form)).contains(surveyTitle, "Skicka svar");
        List<WebElement> scales = form.findElements(By.cssSelector("vaadin-radio-group"));
        assertThat(scales).as("the process survey's scale questions").hasSize(3);
        scales.forEach(scale -> chooseRating(scale, 4));
        violations.addAll(kadens.accessibilityViolations("surveys (answering)"));
        click(By.id("survey-" + surveyId + "-send"));
        kadens.wait(RunningKadens.WAIT).withMessage("Sara's answers saved")
                .until(d -> kadens.textContent(d.findElement(By.id("survey-" + surveyId))).contains("Du har svarat"));
        violations.addAll(kadens.accessibilityViolations("surveys (answered)"));

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("analytics/pilot");
        String process = kadens.textContent(kadens.waitFor(By.id("analytics-pilot-process")));
        assertThat(process).contains("Processmått: pilot mot övriga", "Pilot", "Övriga", "Personer");
        String survey = kadens.textContent(kadens.waitFor(By.id("analytics-pilot-survey-" + surveyId)));
        // One answer is below the anonymity threshold: the pilot's row is hidden, and so is the rest, never asked.
        assertThat(survey).contains("Processenkät: " + surveyTitle, "Pilot", "Övriga", "Dold", "Dold: färre än");
        assertThat(kadens.driver().findElements(By.cssSelector(
                "#analytics-pilot-survey-" + surveyId + " table tbody tr")))
                .as("pilot and rest rows of the new survey, both hidden")
                .hasSize(2)
                .allSatisfy(row -> {
                    // Cells: the group, its people, participation, then the three scale questions' averages.
                    List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(kadens::textContent)
                            .map(String::strip).toList();
                    assertThat(cells).hasSize(6);
                    assertThat(cells.get(1)).isEqualTo("Dold");
                    assertThat(cells.subList(3, 6)).as("no average of a hidden group").containsOnly("–");
                });
        violations.addAll(kadens.accessibilityViolations("analytics/pilot"));
        kadens.screenshot("pilot-survey-journey-analytics");

        kadens.open("announcements");
        kadens.waitFor(By.id("announcements"));
        violations.addAll(kadens.accessibilityViolations("announcements"));
        kadens.open("admin/announcements");
        kadens.waitFor(By.id("announcements-admin"));
        violations.addAll(kadens.accessibilityViolations("admin/announcements"));

        // Closed again, so the survey does not stay on Sara's list for the other journeys.
        kadens.open("admin/surveys");
        clickDisplayed(By.cssSelector("vaadin-button[aria-label='Stäng " + surveyTitle + "']"));
        kadens.wait(RunningKadens.WAIT).withMessage("the survey closed")
                .until(d -> displayed(By.cssSelector("vaadin-button[aria-label='Öppna " + surveyTitle + "']")));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
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
        input.sendKeys(Keys.ESCAPE);
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

    /** Picks the n-th rating (1-based) of a radio group. */
    private static void chooseRating(WebElement group, int n) {
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", group);
        group.findElements(By.cssSelector("vaadin-radio-button")).get(n - 1).click();
        kadens.awaitVaadinIdle();
    }

    private static boolean displayed(By locator) {
        return kadens.driver().findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Clicks the visible one of an element the page shows twice (the list's table and its cards). */
    private static void clickDisplayed(By locator) {
        kadens.wait(RunningKadens.WAIT).until(d -> displayed(locator));
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
