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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Goals in Acme AB (Swedish): Sara, an employee, writes a goal, makes it measurable with a key
 * result, checks in and sees the progress in her list and in the chart on the goal; Erik, her
 * manager, finds the goal among his team's goals; Anna, the HR admin, opens the goal cycles. Every
 * page and dialog passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class GoalsJourneyIT {

    private static final String VAGUE = "Bli bättre på kundmöten";
    private static final String KEY_RESULT = "Kundmöten med uppföljning per månad";

    private static RunningKadens kadens;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
        driver = kadens.driver();
    }

    @Test
    @DisplayName("Sara creates a goal, adds a key result and checks in; Erik sees it among his team's goals")
    void createMeasureCheckIn() {
        List<String> violations = new ArrayList<>();

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("goals");
        kadens.waitFor(By.id("goals-new"));
        assertThat(kadens.navigationLabels()).contains("Mål");
        violations.addAll(kadens.accessibilityViolations("goals"));

        // A vague goal, typed into the editor.
        click(By.id("goals-new"));
        kadens.waitFor(By.cssSelector("#goal-title input"));
        String vague = VAGUE;
        kadens.type(By.cssSelector("#goal-title input"), vague);
        kadens.awaitVaadinIdle();
        if (!kadens.isPresent(By.id("goal-cycle")) || !driver.findElement(By.id("goal-cycle")).isDisplayed()) {
            // No open goal cycle in the tenant: the editor asks for custom dates.
            typeDate("goal-starts-on", io.kadens.support.TestTenants.today());
            typeDate("goal-ends-on", io.kadens.support.TestTenants.today().plusMonths(3));
        }
        violations.addAll(kadens.accessibilityViolations("goal editor"));

        // The SMART coach under the text: a vague goal is not measurable, and it says why.
        kadens.wait(RunningKadens.WAIT).withMessage("the SMART checklist for the vague goal")
                .until(d -> "false".equals(d.findElement(By.id("smart-coach-measurable")).getDomAttribute("data-pass"))
                        && !kadens.textContent(d.findElement(By.id("smart-coach-measurable-reason"))).isBlank());
        long passedBefore = passedCriteria();
        click(By.id("smart-coach-suggest"));
        WebElement suggestion = kadens.wait(java.time.Duration.ofSeconds(90)).withMessage("a SMART suggestion")
                .until(d -> d.findElement(By.id("smart-coach-suggestion-0-text")));
        String suggested = kadens.textContent(suggestion);
        assertThat(suggested).isNotBlank().isNotEqualTo(vague);
        // Rewrites come first; with no source on the goal's topic the coach asks questions instead.
        assertThat(kadens.isPresent(By.id("smart-coach-suggestion-0-use")))
                .as("the first suggestion is a rewrite to take over: " + suggested).isTrue();
        click(By.id("smart-coach-suggestion-0-use"));
        kadens.wait(RunningKadens.WAIT).withMessage("the suggestion in the goal's text")
                .until(d -> suggested.equals(d.findElement(By.cssSelector("#goal-title input")).getDomProperty("value")));
        kadens.awaitVaadinIdle();
        assertThat(passedCriteria()).as("criteria the accepted suggestion meets").isGreaterThanOrEqualTo(passedBefore);
        kadens.screenshot("goals-journey-coach");
        final String goal = suggested;
        click(By.id("goal-save"));
        kadens.wait(RunningKadens.WAIT).withMessage("the new goal's page")
                .until(d -> d.getCurrentUrl().matches(".*/goals/[0-9a-f-]{36}$")
                        && kadens.isPresent(By.id("goal-heading"))
                        && goal.equals(kadens.textContent(d.findElement(By.id("goal-heading")))));
        String goalUrl = driver.getCurrentUrl();

        // A key result makes it measurable: from 0 to 10 meetings.
        click(By.id("goal-add-kr"));
        kadens.type(By.cssSelector("#kr-title input"), KEY_RESULT);
        kadens.type(By.cssSelector("#kr-start input"), "0");
        kadens.type(By.cssSelector("#kr-target input"), "10");
        kadens.type(By.cssSelector("#kr-unit input"), "möten");
        kadens.awaitVaadinIdle();
        violations.addAll(kadens.accessibilityViolations("key result dialog"));
        click(By.id("kr-save"));
        kadens.wait(RunningKadens.WAIT).withMessage("the key result on the goal's page")
                .until(d -> kadens.textContent(d.findElement(By.id("goal-key-results"))).contains(KEY_RESULT));

        // Make it count: activate it, or where the tenant wants approval, Sara submits it and Erik approves.
        if (kadens.isPresent(By.id("goal-activate"))) {
            click(By.id("goal-activate"));
        } else {
            click(By.id("goal-submit"));
            kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
            driver.get(goalUrl);
            kadens.awaitVaadinIdle();
            click(By.id("goal-approve"));
            kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
            driver.get(goalUrl);
            kadens.awaitVaadinIdle();
        }
        kadens.waitFor(By.id("goal-checkin"));

        // The first check-in: 4 of 10, fairly confident.
        click(By.id("goal-checkin"));
        kadens.type(By.cssSelector("#checkin-kr-0 input"), "4");
        kadens.type(By.cssSelector("#checkin-confidence input"), "8");
        kadens.type(By.cssSelector("#checkin-comment textarea"), "Fyra möten bokade, två med uppföljning.");
        kadens.awaitVaadinIdle();
        violations.addAll(kadens.accessibilityViolations("check-in dialog"));
        click(By.id("checkin-save"));
        kadens.wait(RunningKadens.WAIT).withMessage("the history chart after the check-in")
                .until(d -> kadens.isPresent(By.id("goal-history-chart")));
        kadens.awaitVaadinIdle();
        assertThat(percentText(kadens.textContent(driver.findElement(By.id("goal-progress"))))).isEqualTo("40 %");
        List<String> historyRow = tableRow("goal-history-table", 0);
        assertThat(historyRow).as("the screen-reader table next to the chart").contains("8", "Fyra möten bokade, två med uppföljning.");
        assertThat(percentText(historyRow.get(4))).isEqualTo("40 %");
        kadens.wait(RunningKadens.WAIT).withMessage("ECharts drew the history")
                .until(d -> Boolean.TRUE.equals(kadens.js(
                        "return !!arguments[0].querySelector('canvas');", d.findElement(By.id("goal-history-chart")))));
        assertThat(driver.findElement(By.id("goal-health")).getDomAttribute("data-health")).isNotBlank();
        kadens.screenshot("goals-journey-detail");
        violations.addAll(kadens.accessibilityViolations("goal detail"));

        // The list shows the progress.
        kadens.open("goals");
        kadens.wait(RunningKadens.WAIT).withMessage("the goal in Sara's list")
                .until(d -> kadens.gridCellTexts("goals-mine").stream().anyMatch(goal::equals));
        assertThat(kadens.gridCellTexts("goals-mine").stream().map(GoalsJourneyIT::percentText))
                .as("progress in the list").contains("40 %");
        kadens.screenshot("goals-journey-list");

        // The company tree opens and finds the goal by a word of its title.
        click(By.id("goals-tab-company"));
        kadens.waitFor(By.id("goals-tree"));
        kadens.type(By.cssSelector("#goals-tree-search input"), goal);
        kadens.wait(RunningKadens.WAIT).withMessage("the goal in the alignment tree")
                .until(d -> goal.equals(d.findElement(By.id("goals-tree")).getDomAttribute("data-query"))
                        && kadens.gridCellTexts("goals-tree").contains(goal));
        violations.addAll(kadens.accessibilityViolations("goal tree"));

        // Erik, Sara's manager, sees it among his team's goals.
        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("goals?tab=team");
        kadens.wait(RunningKadens.WAIT).withMessage("Sara's goal in Erik's team goals")
                .until(d -> kadens.gridCellTexts("goals-team").contains(goal));
        assertThat(kadens.gridCellTexts("goals-team")).contains("Sara Nilsson");
        violations.addAll(kadens.accessibilityViolations("team goals"));
        driver.get(goalUrl);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.isPresent(By.id("goal-heading")));

        // Anna, the HR admin, keeps the goal cycles.
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/goals");
        kadens.waitFor(By.id("goal-cycles"));
        kadens.waitFor(By.id("goal-stale-days"));
        violations.addAll(kadens.accessibilityViolations("goal cycles admin"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Percentages as the Swedish locale writes them, with any kind of space before the sign. */
    private static String percentText(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(".*?(\\d+)\\s*%.*", "$1 %");
    }

    @SuppressWarnings("unchecked")
    private static List<String> tableRow(String tableId, int row) {
        return (List<String>) kadens.js("""
                const rows = document.querySelectorAll('#' + arguments[0] + ' tbody tr');
                return Array.from(rows[arguments[1]].querySelectorAll('td')).map(td => td.textContent.trim());
                """, tableId, row);
    }

    /** Scrolls an element to the middle of the window (away from notifications), then clicks it. */
    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    private static long passedCriteria() {
        return driver.findElements(By.cssSelector("#smart-coach li[data-pass]")).stream()
                .filter(item -> "true".equals(item.getDomAttribute("data-pass"))).count();
    }

    /** Types an ISO date (which the Swedish date format is) into a date picker and leaves the field. */
    private static void typeDate(String id, java.time.LocalDate date) {
        WebElement input = kadens.waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(date.toString(), Keys.ENTER);
        kadens.awaitVaadinIdle();
    }
}
