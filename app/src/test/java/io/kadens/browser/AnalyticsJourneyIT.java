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

/**
 * Analytics of Acme AB (Swedish): the HR admin compares the pilot (Försäljning and Ekonomi) with the rest, with the
 * number of people behind each figure and the process surveys side by side; narrowed to the small Ledning
 * department, the group outside the pilot is hidden. The pages pass the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class AnalyticsJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR admin compares Acme's pilot with the rest and meets a suppressed small group")
    void comparePilotWithTheRest() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        assertThat(kadens.navigationLabels()).contains("Analys");
        kadens.open("analytics/pilot");
        String process = kadens.textContent(kadens.waitFor(By.id("analytics-pilot-process")));
        assertThat(process).contains("Processmått: pilot mot övriga", "Pilot", "Övriga", "Personer",
                "Ladda ner Processmått: pilot mot övriga som CSV");
        assertThat(kadens.textContent(kadens.waitFor(By.id("analytics-charts")))).contains("Processenkät: Första processenkäten");
        violations.addAll(kadens.accessibilityViolations("analytics/pilot"));
        kadens.screenshot("analytics-journey-pilot");

        kadens.type(By.cssSelector("#analytics-department input"), "Ledning");
        kadens.driver().findElement(By.cssSelector("#analytics-department input")).sendKeys(Keys.ENTER);
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("analytics-pilot-process")))
                .contains("Dold"));
        violations.addAll(kadens.accessibilityViolations("analytics/pilot (Ledning)"));

        kadens.open("analytics/goals");
        kadens.waitFor(By.id("analytics-goals-progress"));
        violations.addAll(kadens.accessibilityViolations("analytics/goals"));
        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }
}
