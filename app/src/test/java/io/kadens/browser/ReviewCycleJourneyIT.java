package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whole review cycle in Acme AB (Swedish, demo data), through the pages only: Anna (HR) sets up and launches a cycle
 * for Sara and Maja; Sara writes and submits her self review and nominates Elin and Ali; Erik, her manager, approves
 * both; Elin and Ali answer their peer reviews; Erik writes his manager review beside the evidence panel, is flagged
 * for a personality word, rewrites it and submits; Anna sets up a calibration session over the cycle with Erik as
 * facilitator and calibrator, and Erik records his preview, opens the meeting and moves Sara with a reason; Anna closes
 * the cycle, first told which reviews are unfinished (Maja's); Erik shares Sara's outcome, and Sara sees the calibrated
 * rating and acknowledges it once, with a comment. Every page and dialog on the way passes axe (WCAG 2.1 AA).
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class ReviewCycleJourneyIT {

    private static final String CYCLE = "Hela omgången, resan";
    private static final String SESSION = "Kalibrering av hela omgången";
    private static final String ANNA = "anna.lindqvist@acme.example";
    private static final String SARA = "sara.nilsson@acme.example";
    private static final String ERIK = "erik.johansson@acme.example";
    private static final String ELIN = "elin.forsberg@acme.example";
    private static final String ALI = "ali.hassan@acme.example";

    private static RunningKadens kadens;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR launches a cycle; self review, peers, manager review with a bias flag, calibration, close, sharing, acknowledgement")
    void wholeCycle() {
        String sara = kadens.employeeId("acme", SARA);
        String elin = kadens.employeeId("acme", ELIN);
        String ali = kadens.employeeId("acme", ALI);

        // HR sets up the cycle for Sara and Maja and launches it
        kadens.signInAndAwaitHome("acme", ANNA);
        kadens.open("admin/review-cycles");
        kadens.waitFor(By.id("reviews-cycles"));
        axe("review cycles");
        click(By.id("reviews-cycle-new"));
        kadens.type(By.cssSelector("#reviews-cycle-name input"), CYCLE);
        // a project cycle: the other journeys find the demo's cycles by kind (quarterly, semi-annual)
        choose("reviews-cycle-kind", "Projekt"::equals);
        pick("reviews-cycle-people", "Sara Nilsson");
        pick("reviews-cycle-people", "Maja Sjöberg");
        axe("new review cycle");
        click(By.id("reviews-cycle-save"));
        click(By.id("reviews-cycle-launch"));
        kadens.waitFor(By.id("reviews-cycle-running"));
        kadens.wait(RunningKadens.WAIT).withMessage("the launched cycle lists its participants")
                .until(d -> kadens.gridCellTexts("reviews-cycle-participants").containsAll(List.of("Sara Nilsson", "Maja Sjöberg")));
        axe("launched review cycle");
        String cycle = kadens.idInTenant("acme", "select id from review_cycle where name = ?", CYCLE);
        String selfReview = review(cycle, "SELF", SARA);
        String managerReview = review(cycle, "MANAGER", SARA);

        // Sara writes her self review and nominates two peers
        kadens.signInAndAwaitHome("acme", SARA);
        kadens.open("reviews");
        kadens.waitFor(By.id("review-tasks"));
        axe("review tasks, employee");
        follow(By.cssSelector("a[href='reviews/" + selfReview + "']"));
        kadens.waitFor(By.id("review-evidence"));
        axe("self review");
        answerEverything("Jag levererade kundportalen i mars och handledde två nya kollegor i deras första affärer.", 4);
        submit();
        axe("submitted self review");

        kadens.open("reviews");
        follow(By.cssSelector("#review-360-links a[href='reviews/cycle/" + cycle + "/peers']"));
        kadens.waitFor(By.id("peer-own"));
        axe("peer nominations, employee");
        nominate("Elin Forsberg", elin);
        nominate("Ali Hassan", ali);
        axe("peer nominations, after nominating");

        // Erik approves both
        kadens.signInAndAwaitHome("acme", ERIK);
        kadens.open("reviews");
        follow(By.cssSelector("#review-360-links a[href='reviews/cycle/" + cycle + "/peers']"));
        kadens.waitFor(By.id("peer-report-list-" + sara));
        axe("peer nominations, manager");
        approve(sara, elin);
        approve(sara, ali);

        // the peers answer
        answerAsPeer(ELIN, cycle, true);
        answerAsPeer(ALI, cycle, false);

        // Erik writes his review beside the evidence, is flagged for a personality word, rewrites and submits
        kadens.signInAndAwaitHome("acme", ERIK);
        kadens.open("reviews");
        follow(By.cssSelector("a[href='reviews/" + managerReview + "']"));
        WebElement evidence = kadens.waitFor(By.id("review-evidence"));
        assertThat(kadens.textContent(evidence)).contains("Underlag", "30 dagarna");
        answerEverything("Sara tog över två nyckelkunder i våras och förnyade båda avtalen före sista datum.", 3);
        WebElement first = kadens.waitFor(By.cssSelector("#review-form [id^='text-'] textarea"));
        writeInto(first, "Sara är alltid lat med dokumentationen.");
        kadens.waitFor(By.cssSelector("#review-checks li[data-check='PERSONALITY']"));
        axe("manager review with evidence and a bias flag");
        writeInto(first, "Sara dokumenterade sju av tio kundmöten i CRM samma vecka; tre saknades i maj.");
        kadens.wait(RunningKadens.WAIT).withMessage("the flag goes once the text describes behaviour").until(d ->
                d.findElements(By.cssSelector("#review-checks li[data-check='PERSONALITY']")).isEmpty());
        submit();

        // HR sets up a calibration session over the cycle; Erik previews, opens the meeting and moves Sara
        kadens.signInAndAwaitHome("acme", ANNA);
        kadens.open("calibration");
        kadens.waitFor(By.id("calibration-sessions"));
        click(By.id("calibration-new"));
        kadens.type(By.cssSelector("#calibration-name input"), SESSION);
        pick("calibration-cycle", CYCLE);
        pick("calibration-departments", "Försäljning");
        pick("calibration-facilitator", "Erik Johansson");
        pick("calibration-calibrators", "Erik Johansson");
        axe("calibration set-up");
        click(By.id("calibration-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> d.getCurrentUrl().matches(".*/calibration/[0-9a-f-]{36}$"));
        String sessionPath = kadens.driver().getCurrentUrl().replaceFirst(".*/(calibration/[0-9a-f-]{36})$", "$1");

        kadens.signInAndAwaitHome("acme", ERIK);
        kadens.open("calibration");
        follow(By.cssSelector("a[href='" + sessionPath + "']"));
        kadens.waitFor(By.id("calibration-people"));
        axe("calibration session, previews");
        click(By.cssSelector("vaadin-button[aria-label='Registrera din förhandsbedömning av Sara Nilsson']"));
        choose("calibration-preview-rating", label -> label.startsWith("4"));
        axe("calibration preview");
        click(By.id("calibration-preview-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("calibration-people").stream()
                .anyMatch(text -> text.contains("Erik Johansson: 4")));
        click(By.id("calibration-open-meeting"));
        click(By.cssSelector("vaadin-button[aria-label='Flytta Sara Nilsson i 9-boxen']"));
        kadens.waitFor(By.id("calibration-move-reason"));
        choose("calibration-move-rating", label -> label.startsWith("5"));
        choose("calibration-move-potential", "Hög"::equals);
        kadens.type(By.cssSelector("#calibration-move-reason textarea"), "Förnyade båda nyckelavtalen före sista datum");
        axe("calibration move");
        click(By.id("calibration-move-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("calibration-log")))
                .contains("Förnyade båda nyckelavtalen före sista datum"));
        axe("calibration meeting");

        // HR closes the cycle: asked first, with Maja's unfinished reviews listed
        kadens.signInAndAwaitHome("acme", ANNA);
        kadens.open("admin/review-cycles");
        click(By.cssSelector("vaadin-button[aria-label='Öppna " + CYCLE + "']"));
        click(By.id("reviews-cycle-close"));
        WebElement unfinished = kadens.waitFor(By.id("reviews-cycle-unfinished"));
        kadens.wait(RunningKadens.WAIT).until(d -> visible(unfinished));
        assertThat(kadens.textContent(unfinished)).contains("Maja Sjöberg").doesNotContain("Sara Nilsson");
        axe("closing with unfinished reviews");
        click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        kadens.wait(RunningKadens.WAIT).withMessage("the cycle is closed").until(d ->
                d.findElements(By.id("reviews-cycle-close")).isEmpty()
                        && kadens.textContent(d.findElement(By.id("reviews-cycle-facts"))).contains("Avslutad"));
        axe("closed review cycle");

        // Erik shares Sara's outcome
        String outcome = "reviews/cycle/" + cycle + "/outcome/" + sara;
        kadens.signInAndAwaitHome("acme", ERIK);
        kadens.open("reviews");
        follow(By.cssSelector("#review-360-links a[href='" + outcome + "']"));
        kadens.waitFor(By.id("outcome-review"));
        axe("review outcome, manager");
        click(By.id("outcome-share"));
        kadens.wait(RunningKadens.WAIT).withMessage("shared").until(d -> d.findElements(By.id("outcome-share")).isEmpty());

        // Sara sees the calibrated rating and acknowledges it, once
        kadens.signInAndAwaitHome("acme", SARA);
        kadens.open("reviews");
        follow(By.cssSelector("#review-360-links a[href='" + outcome + "']"));
        WebElement shared = kadens.waitFor(By.id("outcome-review"));
        assertThat(kadens.textContent(shared.findElement(By.cssSelector("p")))).startsWith("5");
        axe("review outcome, employee");
        kadens.type(By.cssSelector("#outcome-comment textarea"), "Tack, jag känner igen mig i bilden.");
        click(By.id("outcome-acknowledge"));
        kadens.wait(RunningKadens.WAIT).withMessage("acknowledged")
                .until(d -> !d.findElements(By.cssSelector("#outcome-acknowledged[data-acknowledged='true']")).isEmpty());
        assertThat(kadens.textContent(kadens.waitFor(By.id("outcome-acknowledgement")))).contains("Tack, jag känner igen mig");
        assertThat(kadens.driver().findElements(By.id("outcome-acknowledge"))).as("an acknowledgement is given once").isEmpty();
        axe("review outcome, acknowledged");

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    // ------------------------------------------------------------------ steps

    private static String review(String cycle, String form, String subjectEmail) {
        return kadens.idInTenant("acme", "select r.id from review r where r.cycle_id = '" + cycle + "' and r.form = '"
                + form + "' and r.subject_id = (select id from employee where email = ?)", subjectEmail);
    }

    private static String peerReview(String cycle, String authorEmail) {
        return kadens.idInTenant("acme", "select r.id from review r where r.cycle_id = '" + cycle + "' and r.form = 'PEER'"
                + " and r.subject_id = (select id from employee where email = '" + SARA + "')"
                + " and r.author_id = (select id from employee where email = ?)", authorEmail);
    }

    private void answerAsPeer(String email, String cycle, boolean checkPages) {
        kadens.signInAndAwaitHome("acme", email);
        kadens.open("reviews");
        follow(By.cssSelector("#review-360-links a[href='reviews/peer-requests']"));
        kadens.waitFor(By.id("peer-requests"));
        if (checkPages) {
            axe("peer review requests");
        }
        follow(By.cssSelector("#peer-requests a[href='reviews/" + peerReview(cycle, email) + "']"));
        kadens.waitFor(By.id("review-form"));
        if (checkPages) {
            axe("peer review");
        }
        answerEverything("Sara förbereder kundmötena noga och delar sina anteckningar med teamet samma dag.", 4);
        submit();
    }

    private void nominate(String name, String personId) {
        WebElement input = kadens.waitFor(By.cssSelector("#peer-nominee input"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(name);
        kadens.wait(RunningKadens.WAIT).withMessage(name + " offered")
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(item -> kadens.textContent(item).contains(name)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).until(d -> String.valueOf(input.getDomProperty("value")).contains(name));
        click(By.id("peer-nominate"));
        WebElement nominated = kadens.waitFor(By.cssSelector("#peer-own-list li[data-nominee='" + personId + "']"));
        assertThat(nominated.getDomAttribute("data-status")).isEqualTo("PENDING");
    }

    private void approve(String subject, String nominee) {
        By item = By.cssSelector("#peer-report-list-" + subject + " li[data-nominee='" + nominee + "']");
        click(By.cssSelector("#peer-report-list-" + subject + " li[data-nominee='" + nominee + "'] vaadin-button[id^='peer-approve-']"));
        kadens.wait(RunningKadens.WAIT).withMessage("nomination approved")
                .until(d -> "APPROVED".equals(d.findElement(item).getDomAttribute("data-status")));
    }

    /** Answers every question of the open form: each text, each rating (the n-th label), goal weights adding up to 100. */
    private void answerEverything(String text, int rating) {
        WebElement form = kadens.waitFor(By.id("review-form"));
        for (WebElement area : form.findElements(By.cssSelector("[id^='text-'] textarea"))) {
            writeInto(area, text);
        }
        for (WebElement group : form.findElements(By.cssSelector("[id^='rating-'], [id^='criterion-'], [id^='goal-']"))) {
            kadens.js("arguments[0].scrollIntoView({block: 'center'});", group);
            List<WebElement> buttons = group.findElements(By.cssSelector("vaadin-radio-button"));
            buttons.get(Math.min(rating, buttons.size()) - 1).click();
            kadens.awaitVaadinIdle();
        }
        for (WebElement question : form.findElements(By.cssSelector("[id^='question-']"))) {
            List<WebElement> weights = question.findElements(By.cssSelector("vaadin-integer-field input"));
            for (int i = 0; i < weights.size(); i++) {
                WebElement weight = weights.get(i);
                kadens.js("arguments[0].scrollIntoView({block: 'center'});", weight);
                weight.clear();
                weight.sendKeys(i == 0 ? "100" : "0", Keys.TAB);
                kadens.awaitVaadinIdle();
            }
        }
    }

    private static void writeInto(WebElement area, String text) {
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", area);
        area.clear();
        area.sendKeys(text, Keys.TAB);
        kadens.awaitVaadinIdle();
    }

    /** Saves, submits, and waits until the form is read-only (no submit button). */
    private void submit() {
        click(By.id("review-save"));
        click(By.id("review-submit"));
        kadens.wait(RunningKadens.WAIT).withMessage("the review is submitted")
                .until(d -> d.findElements(By.id("review-submit")).isEmpty());
    }

    // ------------------------------------------------------------------ driving the browser

    private void axe(String page) {
        violations.addAll(kadens.accessibilityViolations(page));
    }

    /** An element the reader can see: pages with a ResponsiveList hold both a grid and cards, one of them hidden. */
    private static boolean visible(WebElement element) {
        return Boolean.TRUE.equals(kadens.js("return arguments[0].checkVisibility();", element));
    }

    private static WebElement displayed(By locator) {
        try {
            return kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(locator).stream()
                    .filter(ReviewCycleJourneyIT::visible).findFirst().orElse(null));
        } catch (TimeoutException e) {
            throw new AssertionError("No visible " + locator + " at " + kadens.driver().getCurrentUrl(), e);
        }
    }

    private static void click(By locator) {
        WebElement element = displayed(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    /** Clicks a link the reader sees and waits until its page is there. */
    private static void follow(By link) {
        WebElement anchor = displayed(link);
        String href = anchor.getDomAttribute("href");
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", anchor);
        anchor.click();
        kadens.wait(RunningKadens.WAIT).withMessage("navigated to " + href).until(d -> d.getCurrentUrl().endsWith(href));
        kadens.awaitVaadinIdle();
    }

    /**
     * Types into a combo box (single or multi), picks the first item with that text and makes sure its list is
     * closed again (a multi-select box keeps it open after a pick; an open list is modal).
     */
    private static void pick(String id, String text) {
        WebElement box = kadens.waitFor(By.id(id));
        WebElement input = kadens.waitFor(By.cssSelector("#" + id + " input"));
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(text);
        kadens.wait(RunningKadens.WAIT).withMessage(text + " offered in " + id).until(d -> d.findElements(By.cssSelector(
                        "vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> kadens.textContent(item).contains(text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the list of " + id + " closes").until(d -> {
            if (Boolean.TRUE.equals(kadens.js("return arguments[0].opened === true;", box))) {
                input.sendKeys(Keys.ESCAPE);
                return false;
            }
            return true;
        });
        kadens.awaitVaadinIdle();
    }

    /** Opens a vaadin-select and picks the first visible item whose label matches. */
    private static void choose(String selectId, Predicate<String> label) {
        click(By.id(selectId));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> label.test(kadens.textContent(item)) && item.isDisplayed()));
        kadens.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> label.test(kadens.textContent(item)) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        kadens.awaitVaadinIdle();
    }
}
