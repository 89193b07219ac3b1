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
import org.openqa.selenium.WebElement;

/**
 * The check-in and 1:1 journey in Acme AB (Swedish): Sara fills in her check-in; Erik opens their
 * next 1:1, sees the agenda with a point carried over from the last meeting and Sara's answers,
 * reads Sara's feedback summary from the meeting page, and agrees an action item that Sara then
 * sees on her side. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class OneOnOnesJourneyIT {

    private static final String ANSWER = "Stängde avtalet med Nordbanken före kvartalsslutet.";
    private static final String ACTION = "Förbered kundcase till säljmötet";
    private static final String PRIVATE = "Privat: fråga hur semesterplaneringen går";

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("Sara checks in; Erik sees the agenda with a carried-over point and her answers, and adds an action item she sees")
    void checkInAndOneOnOne() {
        List<String> violations = new ArrayList<>();

        // Sara fills in her check-in for the next 1:1 with Erik.
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("check-ins");
        kadens.waitFor(By.id("checkins-form"));
        violations.addAll(kadens.accessibilityViolations("check-ins"));
        WebElement first = kadens.waitFor(By.cssSelector("#checkins-answer-0 textarea"));
        first.clear();
        kadens.type(By.cssSelector("#checkins-answer-0 textarea"), ANSWER);
        kadens.js("""
                const radio = Array.from(document.querySelectorAll('#checkins-pulse vaadin-radio-button'))
                    .find(r => r.textContent.trim().startsWith('4'));
                radio.click();
                """);
        kadens.awaitVaadinIdle();
        click(By.id("checkins-submit"));
        kadens.waitFor(By.id("checkins-submitted"));
        kadens.screenshot("one-on-ones-journey-check-in");

        // Erik opens the 1:1 with Sara from his list.
        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("one-on-ones");
        kadens.waitFor(By.id("oneonones-lead-grid"));
        violations.addAll(kadens.accessibilityViolations("one-on-ones"));
        click(By.cssSelector(".oneonones-open[aria-label*='Sara Nilsson']"));
        kadens.waitFor(By.id("oneonones-agenda-list"));
        String meetingUrl = kadens.driver().getCurrentUrl();

        List<WebElement> carried = kadens.driver().findElements(
                By.cssSelector("#oneonones-agenda-list .oneonones-agenda-item[data-carried-over='true']"));
        assertThat(carried).as("a point carried over from the last meeting").isNotEmpty();
        assertThat(kadens.textContent(carried.getFirst())).contains("Överflyttad");
        assertThat(kadens.textContent(kadens.waitFor(By.id("oneonones-checkin-answers")))).contains(ANSWER);
        assertThat(kadens.textContent(kadens.waitFor(By.id("oneonones-private-note")))).contains("Privata anteckningar");
        violations.addAll(kadens.accessibilityViolations("one-on-one meeting"));
        kadens.screenshot("one-on-ones-journey-meeting");

        // Erik reads the feedback summary for Sara before they talk.
        WebElement summary = kadens.waitFor(By.id("oneonones-feedback-summary"));
        String saraId = kadens.employeeId("acme", "sara.nilsson@acme.example");
        assertThat(summary.getDomAttribute("href")).isEqualTo("feedback-summary/" + saraId);
        click(By.id("oneonones-feedback-summary"));
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("summary-mode"));
        assertThat(kadens.driver().getCurrentUrl()).contains("feedback-summary/" + saraId);
        assertThat(kadens.driver().findElement(By.id("summary-heading")).getText()).contains("Sara");
        kadens.wait(RunningKadens.WAIT).withMessage("themes in Sara's feedback summary")
                .until(d -> kadens.isPresent(By.cssSelector("#summary-strengths .k-summary-theme")));
        violations.addAll(kadens.accessibilityViolations("feedback summary"));
        kadens.driver().get(meetingUrl);
        kadens.waitFor(By.id("oneonones-agenda-list"));

        // Erik keeps a private note ...
        kadens.type(By.cssSelector("#oneonones-private-note-text textarea"), PRIVATE);
        click(By.id("oneonones-private-note-save"));
        kadens.awaitVaadinIdle();

        // ... and agrees an action item for Sara.
        kadens.type(By.cssSelector("#oneonones-new-action input"), ACTION);
        click(By.id("oneonones-add-action"));
        kadens.wait(RunningKadens.WAIT).withMessage("the new action item in the list")
                .until(d -> kadens.textContent(d.findElement(By.id("oneonones-action-list"))).contains(ACTION));

        // Sara sees it on her side of the same meeting.
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("one-on-ones");
        kadens.waitFor(By.id("oneonones-member-grid"));
        click(By.cssSelector(".oneonones-open[aria-label*='Erik Johansson']"));
        kadens.waitFor(By.id("oneonones-action-list"));
        assertThat(kadens.driver().getCurrentUrl()).isEqualTo(meetingUrl);
        assertThat(kadens.textContent(kadens.driver().findElement(By.id("oneonones-action-list")))).contains(ACTION);
        // Erik's private note is not on her page: her private notes field is her own.
        assertThat(kadens.textContent(kadens.driver().findElement(By.tagName("main")))).doesNotContain(PRIVATE);
        assertThat(String.valueOf(kadens.js("return document.querySelector('#oneonones-private-note-text').value;")))
                .doesNotContain(PRIVATE);
        kadens.screenshot("one-on-ones-journey-sara-sees-action");

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Scrolls an element to the middle of the window (away from notifications), then clicks it. */
    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
    }
}
