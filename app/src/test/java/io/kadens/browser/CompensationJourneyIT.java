package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pay and promotion in Acme AB (Swedish, demo data): HR sets the sales budget; Erik proposes a raise for Sara at
 * the guideline of the merit matrix and nominates her for the next level; Erik heads Sales, so the proposal goes
 * to HR, who approves it; the payroll export holds Sara's row. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class CompensationJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() throws Exception {
        kadens = RunningKadens.shared();
        // Sara's manager review of the closed semi-annual cycle rated her 4 (unless calibration or writing did already)
        String sara = kadens.employeeId("acme", "sara.nilsson@acme.example");
        try (Connection owner = kadens.database().openAsOwner();
             PreparedStatement bind = owner.prepareStatement(
                     "select set_config('app.tenant_id', (select id::text from tenant where slug = 'acme'), false)");
             PreparedStatement rate = owner.prepareStatement("update review set overall_rating = coalesce(overall_rating, 4),"
                     + " status = 'SUBMITTED', submitted_at = coalesce(submitted_at, now())"
                     + " where form = 'MANAGER' and subject_id = ?::uuid and cycle_id in (select id from review_cycle"
                     + " where kind = 'SEMI_ANNUAL' and status = 'CLOSED')")) {
            bind.execute();
            rate.setString(1, sara);
            rate.execute();
        }
    }

    @Test
    @DisplayName("HR sets a budget, Erik proposes for Sara at the guideline and nominates her, HR approves, the export has her")
    void budgetProposalApprovalAndExport() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/compensation");
        kadens.waitFor(By.id("compensation-admin-budgets"));
        choose("compensation-budget-department", "Försäljning");
        kadens.type(By.cssSelector("#compensation-budget-value input"), "4");
        click(By.id("compensation-budget-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("compensation-budget-table")))
                .contains("Försäljning"));
        violations.addAll(kadens.accessibilityViolations("admin/compensation"));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("compensation");
        kadens.waitFor(By.id("compensation-budget-chart"));
        violations.addAll(kadens.accessibilityViolations("compensation"));
        click(By.cssSelector("vaadin-button[aria-label*='Sara Nilsson']"));
        kadens.waitFor(By.id("compensation-editor"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("compensation-guideline")))).startsWith("Riktlinje:");
        click(By.id("compensation-use-guideline"));
        chooseFirstOtherThan("compensation-target-level", "Ingen befordran");
        kadens.waitFor(By.cssSelector("#compensation-promotion-check h3"));
        kadens.type(By.cssSelector("#compensation-justification textarea"), "Stark insats och redo för nästa nivå");
        violations.addAll(kadens.accessibilityViolations("compensation editor"));
        click(By.id("compensation-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> !kadens.textContent(d.findElement(By.id("compensation-warnings")))
                .contains("Utanför riktlinjen"));
        click(By.id("compensation-submit"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("compensation-worksheet")))
                .contains("Hos HR"));

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/compensation");
        kadens.waitFor(By.id("compensation-admin-proposals"));
        WebElement decide = kadens.driver().findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> kadens.textContent(b).contains("Sara Nilsson")).findFirst().orElseThrow();
        kadens.js("arguments[0].click();", decide);
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("compensation-decision"));
        violations.addAll(kadens.accessibilityViolations("admin/compensation decision"));
        click(By.id("compensation-approve"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("compensation-admin-proposals")))
                .contains("Godkänt"));
        WebElement export = kadens.waitFor(By.id("compensation-export"));
        String csv = (String) kadens.js("return fetch(arguments[0].href).then(r => r.text());", export);
        assertThat(csv).startsWith("person_id,email,old_salary,new_salary,currency,effective_date,promotion_to_level")
                .contains("sara.nilsson@acme.example");

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

    private static void chooseFirstOtherThan(String selectId, String label) {
        click(By.id(selectId));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> !label.equals(kadens.textContent(item)) && item.isDisplayed()));
        kadens.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> !label.equals(kadens.textContent(item)) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        kadens.awaitVaadinIdle();
    }
}
