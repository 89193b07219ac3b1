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

/**
 * The survey pages of Acme AB (Swedish): the HR admin finds the pilot's two process surveys, closed, on the
 * administration page, and on her own survey page sees that they take no more answers. Both pages pass the
 * accessibility rules.
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
}
