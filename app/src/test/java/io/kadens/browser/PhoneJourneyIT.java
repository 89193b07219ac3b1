package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The main persona journeys once more at phone size (390 × 844, a phone's viewport): home, goals, 1:1s and
 * feedback in Acme AB (Swedish). Lists are cards there, and what matters on each card (a goal's health and
 * progress, the next 1:1's date) is on screen in full: inside the viewport's width, not cut off. No page
 * scrolls sideways. Every page passes the accessibility rules at this size too.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class PhoneJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void phone() {
        kadens = RunningKadens.shared();
        // The browser is shared with the other journeys: emulate the phone here, and undo it after.
        ((ChromeDriver) kadens.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    }

    @AfterAll
    static void desktopAgain() {
        if (kadens == null) {
            return;
        }
        ((ChromeDriver) kadens.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    @DisplayName("at 390 px: goals show health and progress, 1:1s the next meeting's date, and nothing scrolls sideways")
    void mainJourneysAtPhoneSize() {
        List<String> violations = new ArrayList<>();

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        assertThat(((Number) kadens.js("return window.innerWidth;")).intValue()).as("the phone's viewport").isEqualTo(390);
        assertNoSidewaysScrolling("home");
        violations.addAll(kadens.accessibilityViolations("home (phone)"));
        kadens.screenshot("phone-home");

        // Goals: cards, each with its health and progress in full view.
        kadens.open("goals");
        kadens.waitFor(By.cssSelector("#goals-mine-cards li.k-list-card"));
        assertThat(kadens.driver().findElement(By.id("goals-mine")).isDisplayed()).as("the wide grid is hidden").isFalse();
        List<WebElement> goals = kadens.driver().findElements(By.cssSelector("#goals-mine-cards li.k-list-card"));
        assertThat(goals).isNotEmpty();
        for (WebElement goal : goals) {
            WebElement health = goal.findElement(By.cssSelector("[data-fact='health'] dd"));
            WebElement progress = goal.findElement(By.cssSelector("[data-fact='progress'] dd"));
            assertFullyVisible(goal.findElement(By.cssSelector(".k-list-card-title a")), "goal title");
            assertFullyVisible(health.findElement(By.cssSelector(".k-health")), "goal health");
            assertFullyVisible(progress.findElement(By.cssSelector(".k-goal-progress-text")), "goal progress");
            assertThat(kadens.textContent(health)).isNotBlank();
            assertThat(kadens.textContent(progress)).contains("%");
        }
        assertThat(kadens.driver().findElement(By.cssSelector("#goals-mine-cards")).getDomAttribute("aria-label"))
                .isEqualTo("Mina mål");
        assertNoSidewaysScrolling("goals");
        violations.addAll(kadens.accessibilityViolations("goals (phone)"));
        kadens.screenshot("phone-goals");

        // 1:1s as the report: the card for the 1:1 with Erik shows the next meeting's date in full.
        kadens.open("one-on-ones");
        WebElement withErik = card("oneonones-member-grid-cards", "Erik Johansson");
        assertNextMeetingVisible(withErik);
        assertNoSidewaysScrolling("one-on-ones");
        violations.addAll(kadens.accessibilityViolations("one-on-ones (phone)"));
        kadens.screenshot("phone-one-on-ones");

        // Feedback: the request lists are cards too.
        kadens.open("feedback");
        kadens.waitFor(By.id("feedback-tab-requests")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the requests to answer as cards")
                .until(d -> d.findElement(By.id("feedback-to-answer-cards")).isDisplayed());
        assertThat(kadens.driver().findElement(By.id("feedback-to-answer")).isDisplayed()).isFalse();
        assertNoSidewaysScrolling("feedback");
        violations.addAll(kadens.accessibilityViolations("feedback requests (phone)"));

        // Erik, the manager: his report's card opens her next 1:1 with the keyboard.
        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("one-on-ones");
        WebElement withSara = card("oneonones-lead-grid-cards", "Sara Nilsson");
        assertNextMeetingVisible(withSara);
        WebElement open = withSara.findElement(By.cssSelector(".oneonones-open"));
        assertFullyVisible(open, "the open button");
        kadens.js("arguments[0].focus();", open);
        open.sendKeys(Keys.ENTER);
        kadens.waitFor(By.id("oneonones-agenda-list"));
        kadens.awaitVaadinIdle();
        assertNoSidewaysScrolling("the 1:1 meeting");
        violations.addAll(kadens.accessibilityViolations("one-on-one meeting (phone)"));
        kadens.screenshot("phone-one-on-one-meeting");

        kadens.open("goals?tab=team");
        kadens.waitFor(By.cssSelector("#goals-team-cards li.k-list-card"));
        assertFullyVisible(kadens.driver().findElement(By.cssSelector("#goals-team-cards [data-fact='progress'] .k-goal-progress-text")),
                "a team goal's progress");
        assertNoSidewaysScrolling("team goals");
        violations.addAll(kadens.accessibilityViolations("team goals (phone)"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA) at phone size").isEmpty();
    }

    @Test
    @DisplayName("at 390 px: the HR admin's people, audit, invitations and token lists are cards, and more cards load on request")
    void adminListsAtPhoneSize() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");

        // People admin: a card per person with their status and an edit button in full view.
        kadens.open("admin/people");
        WebElement person = kadens.waitFor(By.cssSelector("#admin-people-grid-cards li.k-list-card"));
        assertThat(kadens.driver().findElement(By.id("admin-people-grid")).isDisplayed()).as("the wide grid is hidden").isFalse();
        assertFullyVisible(person.findElement(By.cssSelector("[data-fact='status'] dd span")), "a person's status");
        assertFullyVisible(person.findElement(By.cssSelector(".k-list-card-actions vaadin-button")), "the edit button");
        // The demo company has more people than one page of cards: the next page loads on request.
        int before = kadens.driver().findElements(By.cssSelector("#admin-people-grid-cards li.k-list-card")).size();
        WebElement more = kadens.waitFor(By.cssSelector("#admin-people-grid-cards .k-list-cards-more vaadin-button"));
        kadens.js("arguments[0].focus();", more);
        more.sendKeys(Keys.ENTER);
        kadens.wait(RunningKadens.WAIT).withMessage("more people as cards").until(d ->
                d.findElements(By.cssSelector("#admin-people-grid-cards li.k-list-card")).size() > before);
        assertNoSidewaysScrolling("people admin");
        violations.addAll(kadens.accessibilityViolations("people admin (phone)"));
        kadens.screenshot("phone-admin-people");

        // Audit log: what happened, by whom and when, with the changes folded away.
        kadens.open("admin/audit");
        WebElement entry = kadens.waitFor(By.cssSelector("#audit-grid-cards li.k-list-card"));
        assertFullyVisible(entry.findElement(By.cssSelector("[data-fact='when'] dd span")), "when it happened");
        assertThat(entry.findElements(By.cssSelector("[data-fact='changes'] vaadin-details"))).hasSize(1);
        assertNoSidewaysScrolling("audit log");
        violations.addAll(kadens.accessibilityViolations("audit log (phone)"));

        kadens.open("invitations");
        kadens.waitFor(By.id("invitations-grid-cards"));
        assertThat(kadens.driver().findElement(By.id("invitations-grid")).isDisplayed()).isFalse();
        assertNoSidewaysScrolling("invitations");
        violations.addAll(kadens.accessibilityViolations("invitations (phone)"));

        kadens.open("profile/api-tokens");
        kadens.waitFor(By.id("my-tokens-cards"));
        assertThat(kadens.driver().findElement(By.id("my-tokens")).isDisplayed()).isFalse();
        assertNoSidewaysScrolling("API tokens");
        violations.addAll(kadens.accessibilityViolations("API tokens (phone)"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA) at phone size").isEmpty();
    }

    private static WebElement card(String listId, String person) {
        return kadens.wait(RunningKadens.WAIT).withMessage("the card for " + person + " in " + listId)
                .until(d -> d.findElements(By.cssSelector("#" + listId + " li.k-list-card")).stream()
                        .filter(card -> kadens.textContent(card).contains(person)).findFirst().orElse(null));
    }

    private static void assertNextMeetingVisible(WebElement card) {
        WebElement next = card.findElement(By.cssSelector("[data-fact='next'] dd"));
        assertThat(kadens.textContent(next)).as("the next meeting's date").matches(".*\\d.*");
        assertFullyVisible(next.findElement(By.tagName("span")), "the next meeting's date");
    }

    /** Shown, inside the viewport's width, and its text not clipped (no overflow hidden behind an ellipsis). */
    @SuppressWarnings("unchecked")
    private static void assertFullyVisible(WebElement element, String what) {
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        Map<String, Number> box = (Map<String, Number>) kadens.js("""
                const el = arguments[0];
                const r = el.getBoundingClientRect();
                // An inline element has no scroll box of its own: its block container clips it, if anything.
                const box = getComputedStyle(el).display === 'inline' ? el.parentElement : el;
                return {left: r.left, right: r.right, width: r.width, height: r.height,
                        viewport: document.documentElement.clientWidth,
                        scroll: box.scrollWidth, client: box.clientWidth};
                """, element);
        assertThat(box.get("width").doubleValue()).as(what + " has a size").isPositive();
        assertThat(box.get("height").doubleValue()).as(what + " has a size").isPositive();
        assertThat(box.get("left").doubleValue()).as(what + " starts inside the viewport").isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue()).as(what + " ends inside the viewport")
                .isLessThanOrEqualTo(box.get("viewport").doubleValue() + 0.5);
        assertThat(box.get("scroll").intValue()).as(what + " is not cut off").isLessThanOrEqualTo(box.get("client").intValue() + 1);
    }

    private static void assertNoSidewaysScrolling(String page) {
        Number overflow = (Number) kadens.js(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as(page + " scrolls sideways by so many pixels").isLessThanOrEqualTo(0);
    }
}
