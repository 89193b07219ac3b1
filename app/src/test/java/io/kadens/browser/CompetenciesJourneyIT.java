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
 * The competency pages in Acme AB (Swedish, demo data): the HR admin's framework page with its expectation
 * matrix, Sara's skill profile and career page, and Erik's team matrix and view of Sara's profile with her
 * target role. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class CompetenciesJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR keeps the framework; Sara sees her profile and paths; Erik sees his team's matrix")
    void frameworkProfileCareerAndTeamMatrix() {
        List<String> violations = new ArrayList<>();

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/competencies");
        kadens.waitFor(By.id("competencies-matrix-family"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("competencies-grid").contains("Kommunikation"));
        kadens.waitFor(By.cssSelector("#competencies-matrix table"));
        violations.addAll(kadens.accessibilityViolations("admin/competencies"));

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("skills");
        kadens.waitFor(By.id("skills-table"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("skills-table")))).contains("Kommunikation");
        violations.addAll(kadens.accessibilityViolations("skills"));
        kadens.open("career");
        kadens.waitFor(By.id("career-target"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("career-paths")))).contains("Nästa nivå");
        violations.addAll(kadens.accessibilityViolations("career"));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("team-skills");
        kadens.waitFor(By.id("team-skills-table"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("team-skills-table")))).contains("Sara Nilsson");
        violations.addAll(kadens.accessibilityViolations("team-skills"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    @Test
    @DisplayName("HR maps a free-text competency value and reviews competencies proposed from the framework document")
    void leftoverValuesAndFrameworkDocumentImport() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/competencies");
        kadens.waitFor(By.id("competencies-leftovers"));
        String leftover = "samarbete och kommunikation";
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("competencies-leftovers-grid").stream()
                .anyMatch(text -> text.equalsIgnoreCase(leftover)));
        violations.addAll(kadens.accessibilityViolations("admin/competencies with leftovers"));

        click(By.cssSelector("#competencies-leftovers-grid vaadin-button[aria-label*='" + leftover + "' i]"));
        WebElement competency = kadens.waitFor(By.cssSelector("#leftover-map-competency input"));
        violations.addAll(kadens.accessibilityViolations("leftover mapping dialog"));
        competency.sendKeys("Samarbete");
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> kadens.textContent(item).contains("Samarbete")));
        competency.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        click(By.id("leftover-map-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("competencies-leftovers-grid").stream()
                .noneMatch(text -> text.equalsIgnoreCase(leftover)));

        List<String> before = kadens.gridCellTexts("competencies-grid");
        click(By.id("competencies-document-open"));
        click(By.id("competencies-document-read"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(
                By.id("competencies-document-proposal"))).contains("Affärsmässighet"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("competencies-document-proposal"))))
                .contains("Kundfokus", "Ledarskap och coachning");
        // The level sub-headings of "Kundfokus" became its indicators, in the editable text areas.
        assertThat(String.valueOf(kadens.js("return Array.from(document.querySelectorAll("
                + "'#competencies-document-proposal vaadin-text-area')).map(area => area.value).join(' | ');")))
                .contains("Tar ansvar för sina egna kunder", "Ser mönster i kundernas återkoppling");
        violations.addAll(kadens.accessibilityViolations("framework document import dialog"));
        click(By.id("competencies-document-cancel"));
        assertThat(kadens.gridCellTexts("competencies-grid")).as("nothing created unconfirmed")
                .isEqualTo(before).doesNotContain("Affärsmässighet");

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }
}
