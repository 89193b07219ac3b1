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
 * Sara (Acme AB, Swedish) praises a colleague on the feed and gives him feedback from the keyboard-usable
 * dialog; Oskar signs in and finds both. Every page and the dialog pass the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class FeedbackJourneyIT {

    private static final String PRAISE = "Tack Oskar för hjälpen med offerten i dag!";
    private static final String FEEDBACK = "Din genomgång av kalkylen var tydlig och gjorde det lätt för kunden att "
            + "säga ja.";

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("Sara gives praise and feedback to Oskar; Oskar sees both")
    void praiseAndFeedbackReachTheColleague() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");

        kadens.open("praise");
        kadens.waitFor(By.id("praise-send"));
        violations.addAll(kadens.accessibilityViolations("praise"));
        pick("praise-recipient", "Oskar", "Oskar Lund");
        kadens.type(By.cssSelector("#praise-text input"), PRAISE);
        kadens.waitFor(By.id("praise-send")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the praise on the feed")
                .until(d -> kadens.textContent(d.findElement(By.id("praise-feed"))).contains(PRAISE));

        kadens.open("feedback");
        kadens.waitFor(By.id("feedback-give"));
        violations.addAll(kadens.accessibilityViolations("feedback"));
        kadens.waitFor(By.id("feedback-give")).click();
        kadens.waitFor(By.id("feedback-send"));
        pick("feedback-recipient", "Oskar", "Oskar Lund");
        WebElement text = kadens.waitFor(By.cssSelector("#feedback-text textarea"));
        text.sendKeys(FEEDBACK);
        violations.addAll(kadens.accessibilityViolations("feedback give dialog"));
        kadens.waitFor(By.id("feedback-send")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the feedback in Sara's given list")
                .until(d -> kadens.textContent(d.findElement(By.id("feedback-given"))).contains(FEEDBACK));
        kadens.screenshot("feedback-journey-given");

        kadens.signInAndAwaitHome("acme", "oskar.lund@acme.example");
        kadens.open("feedback");
        kadens.wait(RunningKadens.WAIT).withMessage("Oskar receives Sara's feedback")
                .until(d -> kadens.textContent(d.findElement(By.id("feedback-received"))).contains(FEEDBACK));
        assertThat(kadens.textContent(kadens.driver().findElement(By.id("feedback-received"))))
                .contains("Sara Nilsson");
        kadens.open("praise");
        kadens.wait(RunningKadens.WAIT).withMessage("Oskar sees the praise")
                .until(d -> kadens.textContent(d.findElement(By.id("praise-feed"))).contains(PRAISE));
        kadens.screenshot("feedback-journey-received");
        assertThat(violations).isEmpty();
    }

    /** Types into a combo box and takes the offered item with the keyboard. */
    private static void pick(String comboId, String typed, String expected) {
        WebElement input = kadens.waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(typed);
        kadens.wait(RunningKadens.WAIT).withMessage(expected + " offered")
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(item -> kadens.textContent(item).contains(expected)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).until(d -> String.valueOf(input.getDomProperty("value")).contains(expected));
    }
}
