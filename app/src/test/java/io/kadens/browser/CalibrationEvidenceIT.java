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
 * The side-by-side evidence of a calibration session (Acme AB, Swedish, demo data): Anna (HR) opens the finished
 * session of Försäljning and, by keyboard, Sara's section, which shows Erik's manager review beside the ratings and
 * the peer answers only as withheld (none were given in that cycle). The page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class CalibrationEvidenceIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR opens Sara's evidence in the demo session: the manager review beside the ratings")
    void managerReviewBesideTheRatings() {
        List<String> violations = new ArrayList<>();
        String sara = kadens.employeeId("acme", "sara.nilsson@acme.example");
        String session = kadens.idInTenant("acme", "select id from calibration_session where name = ?",
                "Kalibrering Försäljning H1");

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("calibration/" + session);
        WebElement details = kadens.waitFor(By.id("calibration-evidence-" + sara));
        assertThat(kadens.textContent(details)).contains("Sara Nilsson", "chefens betyg");
        WebElement summary = details.findElement(By.cssSelector("vaadin-details-summary"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", summary);
        summary.sendKeys(Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("calibration-evidence-" + sara)))
                .contains("Chefens bedömning"));
        String opened = kadens.textContent(kadens.waitFor(By.id("calibration-evidence-" + sara)));
        assertThat(opened).doesNotContain("inte inskickad").contains("visas inte, för få svar");
        assertThat(kadens.driver().findElements(By.cssSelector("#calibration-evidence-" + sara + " .k-evidence-answers li")))
                .isNotEmpty();
        violations.addAll(kadens.accessibilityViolations("calibration evidence side by side"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }
}
