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
 * The feedback summary page in Acme AB (Swedish): a manager opens a report's summary and sees it
 * computed with its mode, themes (or why there are none), coverage with its table and caveats; the
 * report cannot open their manager's summary. The page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class FeedbackSummaryJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("A manager reads a report's feedback summary; the report cannot read the manager's")
    void managerReadsSummary() {
        List<String> violations = new ArrayList<>();
        String sara = kadens.employeeId("acme", "sara.nilsson@acme.example");
        String erik = kadens.employeeId("acme", "erik.johansson@acme.example");

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        // The manager reaches the summary from the report's profile.
        kadens.open("people/" + sara);
        kadens.waitFor(By.id("profile-feedback-summary")).click();
        kadens.waitFor(By.id("summary-mode"));
        assertThat(kadens.driver().getCurrentUrl()).endsWith("feedback-summary/" + sara);
        assertThat(kadens.driver().findElement(By.id("summary-heading")).getText()).contains("Sara");
        assertThat(kadens.isPresent(By.id("summary-strengths"))).isTrue();
        assertThat(kadens.isPresent(By.id("summary-growth"))).isTrue();
        assertThat(kadens.isPresent(By.id("summary-coverage-table"))).isTrue();
        assertThat(kadens.driver().findElement(By.id("summary-mode")).getText()).contains("Offlinemotorn");
        kadens.screenshot("feedback-summary-manager");
        violations.addAll(kadens.accessibilityViolations("feedback-summary (manager)"));
        // The demo feedback about Sara has recurring themes; a quote opens its item in full.
        assertThat(kadens.isPresent(By.cssSelector("#summary-strengths .k-summary-theme"))).isTrue();
        {
            String quote = kadens.driver().findElement(By.cssSelector(".k-summary-quote > span")).getText();
            kadens.driver().findElement(By.className("k-summary-quote-link")).click();
            String item = kadens.waitFor(By.id("summary-item-text")).getText();
            assertThat(item).contains(quote.replace("“", "").replace("”", ""));
            violations.addAll(kadens.accessibilityViolations("feedback-summary (item)"));
            kadens.driver().findElement(By.id("summary-item-close")).click();
        }

        // A period that ends before it starts is refused at the field, nothing is lost.
        kadens.js("const to = document.getElementById('summary-to'); to.value = '2020-01-01';"
                + "to.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
        kadens.driver().findElement(By.id("summary-run")).click();
        kadens.wait(RunningKadens.WAIT).until(d -> Boolean.TRUE.equals(kadens.js(
                "return document.getElementById('summary-to').invalid;")));

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("feedback-summary/" + erik);
        assertThat(kadens.awaitPresent(By.id("not-found"))).as("Sara cannot open her manager's summary").isTrue();
        kadens.open("feedback-summary/" + sara);
        kadens.waitFor(By.id("summary-mode"));
        violations.addAll(kadens.accessibilityViolations("feedback-summary (own)"));

        assertThat(violations).isEmpty();
    }
}
