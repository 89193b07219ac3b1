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
 * 360 peer nominations in Acme AB (Swedish, demo data, the open quarterly cycle whose nomination deadline is
 * ahead): Sara finds the nominations from her review tasks and nominates Oskar; Erik, her manager, approves him;
 * Oskar finds the request, is told a reason is required and declines with one. In the closed half-year cycle Erik
 * shares Sara's review and Sara acknowledges it. Every page passes axe.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class Review360JourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("Sara nominates Oskar, Erik approves him, Oskar declines the peer review with a reason")
    void nominateApproveDecline() {
        List<String> violations = new ArrayList<>();
        String cycle = kadens.idInTenant("acme", "select id from review_cycle where status = 'ACTIVE'"
                + " and kind = 'QUARTERLY' and ? is not null", "x");
        String sara = kadens.employeeId("acme", "sara.nilsson@acme.example");
        String oskar = kadens.employeeId("acme", "oskar.lund@acme.example");

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("reviews");
        WebElement links = kadens.waitFor(By.id("review-360-links"));
        assertThat(links.findElements(By.cssSelector("a[href='reviews/cycle/" + cycle + "/peers']"))).isNotEmpty();
        assertThat(links.findElements(By.cssSelector("a[href='reviews/peer-requests']"))).isNotEmpty();

        kadens.open("reviews/cycle/" + cycle + "/peers");
        kadens.waitFor(By.id("peer-own"));
        violations.addAll(kadens.accessibilityViolations("peer nominations, employee"));
        click(By.id("peer-nominate"));
        kadens.wait(RunningKadens.WAIT).withMessage("the missing person is told")
                .until(d -> d.findElement(By.id("peer-nominee")).getDomAttribute("invalid") != null);
        pick("peer-nominee", "Oskar", "Oskar Lund");
        click(By.id("peer-nominate"));
        WebElement nominated = kadens.waitFor(By.cssSelector("#peer-own-list li[data-nominee='" + oskar + "']"));
        assertThat(nominated.getDomAttribute("data-status")).isEqualTo("PENDING");
        assertThat(kadens.textContent(nominated)).contains("Oskar Lund", "Väntar på chefen");
        violations.addAll(kadens.accessibilityViolations("peer nominations, after nominating"));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("reviews/cycle/" + cycle + "/peers");
        WebElement pending = kadens.waitFor(By.cssSelector("#peer-report-list-" + sara + " li[data-nominee='" + oskar + "']"));
        violations.addAll(kadens.accessibilityViolations("peer nominations, manager"));
        WebElement approve = pending.findElement(By.cssSelector("vaadin-button[id^='peer-approve-']"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", approve);
        approve.sendKeys(Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("Oskar approved").until(d -> "APPROVED".equals(d.findElement(
                By.cssSelector("#peer-report-list-" + sara + " li[data-nominee='" + oskar + "']")).getDomAttribute("data-status")));

        kadens.signInAndAwaitHome("acme", "oskar.lund@acme.example");
        kadens.open("reviews/peer-requests");
        WebElement request = kadens.waitFor(By.cssSelector("#peer-requests section[data-status='APPROVED']"));
        assertThat(kadens.textContent(request)).contains("Sara Nilsson");
        assertThat(request.findElements(By.cssSelector("a[href^='reviews/']"))).isNotEmpty();
        violations.addAll(kadens.accessibilityViolations("peer review requests"));
        WebElement decline = request.findElement(By.cssSelector("vaadin-button[id^='peer-request-decline-']"));
        String reasonId = decline.getDomAttribute("id").replace("peer-request-decline-", "peer-request-reason-");
        click(By.id(decline.getDomAttribute("id")));
        kadens.wait(RunningKadens.WAIT).withMessage("the reason is required")
                .until(d -> d.findElement(By.id(reasonId)).getDomAttribute("invalid") != null);
        kadens.type(By.cssSelector("#" + reasonId + " textarea"), "Jag har inte arbetat med Sara det här kvartalet.");
        click(By.id(decline.getDomAttribute("id")));
        WebElement declined = kadens.waitFor(By.cssSelector("#peer-requests section[data-status='DECLINED']"));
        assertThat(kadens.textContent(declined)).contains("Jag har inte arbetat med Sara");
        violations.addAll(kadens.accessibilityViolations("peer review requests, after declining"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    @Test
    @DisplayName("Erik shares Sara's half-year review; Sara sees it, acknowledges it with a comment and has the PDF")
    void shareAndAcknowledge() {
        List<String> violations = new ArrayList<>();
        String cycle = kadens.idInTenant("acme", "select id from review_cycle where status = 'CLOSED'"
                + " and kind = 'SEMI_ANNUAL' and ? is not null", "x");
        String sara = kadens.employeeId("acme", "sara.nilsson@acme.example");
        String outcome = "reviews/cycle/" + cycle + "/outcome/" + sara;
        // The demo shows Sara's half-year outcome shared; the journey takes it back to unshared to walk all of it.
        unshare(cycle, sara);

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open(outcome);
        WebElement notShared = kadens.waitFor(By.id("outcome-state"));
        assertThat(kadens.driver().findElements(By.id("outcome-review"))).as("no ratings before sharing").isEmpty();
        assertThat(kadens.textContent(notShared)).isNotBlank();

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open(outcome);
        kadens.waitFor(By.id("outcome-review"));
        violations.addAll(kadens.accessibilityViolations("review outcome, manager before sharing"));
        click(By.id("outcome-share"));
        kadens.wait(RunningKadens.WAIT).withMessage("shared").until(d -> d.findElements(By.id("outcome-share")).isEmpty());

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("reviews");
        WebElement link = kadens.waitFor(By.cssSelector("#review-360-links a[href='" + outcome + "']"));
        assertThat(kadens.textContent(link)).contains("Mitt samtalsresultat");
        kadens.open(outcome);
        kadens.waitFor(By.id("outcome-review"));
        assertThat(kadens.waitFor(By.id("outcome-packet")).getDomAttribute("href")).isNotBlank();
        violations.addAll(kadens.accessibilityViolations("review outcome, employee after sharing"));
        kadens.type(By.cssSelector("#outcome-comment textarea"), "Tack, jag håller med om målen.");
        click(By.id("outcome-acknowledge"));
        kadens.wait(RunningKadens.WAIT).withMessage("acknowledged")
                .until(d -> !d.findElements(By.cssSelector("#outcome-acknowledged[data-acknowledged='true']")).isEmpty());
        assertThat(kadens.textContent(kadens.waitFor(By.id("outcome-acknowledgement")))).contains("Tack, jag håller med");
        violations.addAll(kadens.accessibilityViolations("review outcome, acknowledged"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Takes an outcome back to before sharing, as the owner bound to Acme and its HR admin. */
    private static void unshare(String cycleId, String employeeId) {
        try (java.sql.Connection owner = kadens.database().openAsOwner()) {
            try (java.sql.PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id',"
                    + " (select id::text from tenant where slug = 'acme'), false), set_config('app.person_id', ?, false)")) {
                bind.setString(1, kadens.employeeId("acme", "anna.lindqvist@acme.example"));
                bind.execute();
            }
            try (java.sql.PreparedStatement update = owner.prepareStatement("update review_outcome set shared_at = null,"
                    + " shared_by = null, acknowledged_at = null, employee_comment = null, version = version + 1"
                    + " where cycle_id = ?::uuid and employee_id = ?::uuid")) {
                update.setString(1, cycleId);
                update.setString(2, employeeId);
                assertThat(update.executeUpdate()).as("Sara's outcome").isEqualTo(1);
            }
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException(failed);
        }
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

    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }
}
