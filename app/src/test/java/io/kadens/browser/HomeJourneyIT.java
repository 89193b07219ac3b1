package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The home page's "what's next" for each demo persona of Acme AB (Swedish): every item links to the page
 * where its work is done, the lists a persona has are there (team for managers, organisation for HR
 * admins), every figure has its screen-reader table, and an item disappears once its work is done
 * (Sara declines Oskar's feedback request). Every home page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class HomeJourneyIT {

    /** Where each kind of item must link, by the start of its id. */
    private static final Map<String, String> LINKS = new LinkedHashMap<>();

    static {
        LINKS.put("oneonone-next-", "one-on-ones/[0-9a-f-]{36}");
        LINKS.put("oneonone-overdue-", "one-on-ones(/[0-9a-f-]{36})?");
        LINKS.put("checkin-due-", "check-ins");
        LINKS.put("feedback-request-", "feedback\\?section=requests");
        LINKS.put("praise-", "praise");
        LINKS.put("goal-", "goals/[0-9a-f-]{36}");
        LINKS.put("notifications-failed", "admin/notifications");
        LINKS.put("content-failed", "admin/content");
        LINKS.put("invitations-", "invitations");
        LINKS.put("announcement-", "announcements");
        LINKS.put("development-action-", "development");
        LINKS.put("development-stale-", "development");
        LINKS.put("development-approval-", "development/[0-9a-f-]{36}");
        LINKS.put("review-", "reviews/[0-9a-f-]{36}");
    }

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("Sara's items link to their pages, and Oskar's request disappears once she declines it")
    void employee() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.waitFor(By.id("next-mine"));
        assertThat(kadens.isPresent(By.id("next-organisation"))).as("no organisation list for an employee").isFalse();
        checkLinks();
        violations.addAll(kadens.accessibilityViolations("home (employee)"));
        kadens.screenshot("home-journey-employee");

        WebElement request = kadens.waitFor(By.cssSelector("#next-mine a[id^='feedback-request-']"));
        assertThat(request.getText()).contains("Oskar");
        String requestId = request.getDomAttribute("id");
        request.click();
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("feedback-to-answer"));
        assertThat(kadens.driver().getCurrentUrl()).endsWith("feedback?section=requests");
        WebElement decline = kadens.waitFor(By.cssSelector(
                "vaadin-button[aria-label='Avböj: Vad tyckte du om min presentation för Scania?']"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", decline);
        kadens.awaitVaadinIdle();

        kadens.open("");
        kadens.waitFor(By.id("next-mine"));
        assertThat(kadens.isPresent(By.id(requestId))).as("the declined request on the home page").isFalse();

        // Sara asks Oskar to mentor her from her 1:1s page, then ends it again.
        kadens.open("one-on-ones");
        kadens.waitFor(By.id("oneonones-mentoring"));
        WebElement input = kadens.waitFor(By.cssSelector("#oneonones-mentoring-other input"));
        input.sendKeys("Oskar");
        kadens.wait(RunningKadens.WAIT).withMessage("Oskar offered")
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(item -> kadens.textContent(item).contains("Oskar Lund")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        violations.addAll(kadens.accessibilityViolations("1:1s with mentoring"));
        kadens.waitFor(By.id("oneonones-mentoring-start")).click();
        kadens.awaitVaadinIdle();
        WebElement end = kadens.waitFor(By.cssSelector(".oneonones-mentoring-end[aria-label*='Oskar Lund']"));
        assertThat(kadens.isPresent(By.cssSelector(".oneonones-open[aria-label*='Oskar Lund']"))).isTrue();
        kadens.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", end);
        kadens.waitFor(By.id("oneonones-mentoring-end-confirm")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the ended mentorship gone from the list")
                .until(d -> !kadens.isPresent(By.cssSelector(".oneonones-mentoring-end[aria-label*='Oskar Lund']")));
        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    @Test
    @DisplayName("Erik sees his team's list and figures, and his next 1:1 opens the meeting")
    void manager() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.waitFor(By.id("next-team"));
        checkLinks();
        assertThat(kadens.driver().findElements(By.cssSelector(".k-next-figures .k-card")))
                .as("team figures").isNotEmpty()
                .allSatisfy(card -> assertThat(card.findElements(By.cssSelector("table.k-sr-only tbody tr"))).isNotEmpty());
        violations.addAll(kadens.accessibilityViolations("home (manager)"));
        kadens.screenshot("home-journey-manager");

        WebElement next = kadens.waitFor(By.cssSelector("#next-mine a[id^='oneonone-next-']"));
        String href = next.getDomAttribute("href");
        next.click();
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("oneonones-agenda-list"));
        assertThat(kadens.driver().getCurrentUrl()).endsWith(href);

        // He moves the meeting from its page: a labelled date-and-time field in a dialog.
        String before = kadens.textContent(kadens.waitFor(By.id("oneonones-meeting-facts")));
        kadens.waitFor(By.id("oneonones-reschedule")).click();
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("oneonones-reschedule-when"));
        violations.addAll(kadens.accessibilityViolations("reschedule dialog"));
        // Same day, another hour: the series keeps its order for the other journeys.
        String moved = String.valueOf(kadens.js("""
                const picker = document.querySelector('#oneonones-reschedule-when');
                const hour = picker.value.substring(11, 16) === '14:00' ? '15:00' : '14:00';
                picker.value = picker.value.substring(0, 11) + hour;
                picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));
                return hour;"""));
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("oneonones-reschedule-save")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the meeting's new time on its page")
                .until(d -> !kadens.textContent(d.findElement(By.id("oneonones-meeting-facts"))).equals(before));
        assertThat(kadens.textContent(kadens.driver().findElement(By.id("oneonones-meeting-facts")))).contains(moved);
        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    @Test
    @DisplayName("Anna sees the organisation's list and the tenant-wide adherence")
    void hrAdmin() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.waitFor(By.id("next-organisation"));
        checkLinks();
        violations.addAll(kadens.accessibilityViolations("home (HR admin)"));
        kadens.screenshot("home-journey-hr");
        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Every item's link has the route its kind belongs to. */
    private static void checkLinks() {
        List<WebElement> links = kadens.driver().findElements(By.cssSelector("#next-steps a.k-next-link"));
        for (WebElement link : links) {
            String id = link.getDomAttribute("id");
            String href = link.getDomAttribute("href");
            String expected = LINKS.entrySet().stream().filter(e -> id.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("an item of unknown kind: " + id));
            assertThat(href).as("link of %s", id).matches(expected);
            assertThat(link.getText()).as("text of %s", id).isNotBlank().doesNotContain("!nextsteps");
        }
    }
}
