package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.FakeSmtpServer.ReceivedMail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator provisions a tenant in the console; the first admin's invitation arrives at a
 * fake SMTP server this journey starts (the jar sends to it through KADENS_SMTP_*); the admin
 * opens the link, sets a password and lands on the home page; the operator suspends the tenant
 * and the admin's next sign-in is refused with the suspension message. Every page passes axe.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class OperatorProvisioningJourneyIT {

    private static final Duration WAIT = RunningKadens.WAIT;
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/invitation/[A-Za-z0-9_-]{64})");

    private static FakeSmtpServer smtp;
    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        smtp = new FakeSmtpServer();
        kadens = RunningKadens.dedicated("operator-provisioning-it", Map.of(
                "KADENS_SMTP_HOST", "127.0.0.1",
                "KADENS_SMTP_PORT", String.valueOf(smtp.port())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (kadens != null) {
            kadens.close();
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    /** The status re-check interval of the server's session filter (package-private there). */
    private static final class SuspensionCheck {
        static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    }

    /** Changes a tenant's status in the registry directly, as another application node would. */
    private static void setStatus(String slug, String status) {
        try (Connection owner = kadens.database().openAsOwner();
             PreparedStatement update = owner.prepareStatement("update tenant set status = ? where slug = ?")) {
            update.setString(1, status);
            update.setString(2, slug);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theOperatorProvisionsATenantItsAdminAcceptsTheInvitationAndSuspensionLocksThemOut() {
        List<String> violations = new ArrayList<>();
        String slug = "journey-" + UUID.randomUUID().toString().substring(0, 6);
        String adminEmail = "rosa.admin@" + slug + ".test";
        String password = "a journey password";

        // the operator provisions the tenant, first with a bad email, which is refused at its field
        kadens.signIn("operator", "operator@kadens.example", RunningKadens.DEMO_PASSWORD);
        kadens.wait(WAIT).until(ExpectedConditions.urlContains("operator/tenants"));
        kadens.waitFor(By.cssSelector("#tenants-grid vaadin-grid-cell-content"));
        violations.addAll(kadens.accessibilityViolations("operator/tenants"));
        kadens.waitFor(By.id("provision-tenant")).click();
        kadens.awaitVaadinIdle();
        kadens.type(By.cssSelector("#provision-slug input"), slug);
        kadens.type(By.cssSelector("#provision-name input"), "Journey AB");
        kadens.type(By.cssSelector("#provision-admin-given-name input"), "Rosa");
        kadens.type(By.cssSelector("#provision-admin-family-name input"), "Admin");
        kadens.type(By.cssSelector("#provision-admin-email input"), "not-an-email");
        violations.addAll(kadens.accessibilityViolations("provisioning dialog"));
        kadens.waitFor(By.id("provision-submit")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(WAIT).withMessage("the admin email field is marked invalid")
                .until(d -> d.findElement(By.id("provision-admin-email")).getAttribute("invalid") != null);
        kadens.type(By.cssSelector("#provision-admin-email input"), adminEmail);
        kadens.waitFor(By.id("provision-submit")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(WAIT).withMessage("the new tenant in the grid")
                .until(d -> kadens.gridCellTexts("tenants-grid").contains(slug));
        kadens.screenshot("journey-provisioned");

        // the invitation arrives through real SMTP
        ReceivedMail mail = smtp.latestTo(adminEmail, 1, Duration.ofSeconds(20));
        assertThat(mail.subject()).isEqualTo("You are invited to Journey AB on Kadens");
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("invitation link in %s", mail.text()).isTrue();

        // the admin opens it, sets a password and lands on the home page
        kadens.driver().manage().deleteAllCookies();
        kadens.driver().get(link.group(1));
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("invitation-password"));
        assertThat(kadens.waitFor(By.cssSelector("#invitation-organisation input")).getDomProperty("value"))
                .isEqualTo("Journey AB");
        assertThat(kadens.waitFor(By.cssSelector("#invitation-email input")).getDomProperty("value"))
                .isEqualTo(adminEmail);
        violations.addAll(kadens.accessibilityViolations("invitation"));
        kadens.type(By.cssSelector("#invitation-password input"), password);
        kadens.type(By.cssSelector("#invitation-confirmation input"), password);
        kadens.waitFor(By.id("invitation-submit")).click();
        kadens.wait(WAIT).withMessage("home page after accepting the invitation")
                .until(d -> !d.getCurrentUrl().contains("invitation") && kadens.isPresent(By.id("my-manager")));
        kadens.awaitVaadinIdle();
        assertThat(kadens.navigationLabels()).contains("Invitations");
        kadens.open("invitations");
        kadens.waitFor(By.cssSelector("#invitations-grid vaadin-grid-cell-content"));
        kadens.wait(WAIT).until(d -> kadens.gridCellTexts("invitations-grid").contains("Accepted"));
        violations.addAll(kadens.accessibilityViolations("invitations"));

        // the new admin invites a colleague by name and email from the invitations page
        String colleague = "sam.colleague@" + slug + ".test";
        kadens.waitFor(By.id("invite")).click();
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.cssSelector("#invite-kind vaadin-radio-button:nth-of-type(2)")).click();
        kadens.awaitVaadinIdle();
        kadens.type(By.cssSelector("#invite-given-name input"), "Sam");
        kadens.type(By.cssSelector("#invite-family-name input"), "Colleague");
        kadens.type(By.cssSelector("#invite-email input"), colleague);
        violations.addAll(kadens.accessibilityViolations("invite dialog"));
        kadens.waitFor(By.id("invite-send")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(WAIT).withMessage("the colleague's pending invitation in the list")
                .until(d -> kadens.gridCellTexts("invitations-grid").containsAll(List.of(colleague, "Pending")));
        assertThat(smtp.latestTo(colleague, 1, Duration.ofSeconds(20)).text()).contains("Hello Sam,");

        // suspended behind the page's back (another node, say): the open page's next request ends
        // the session and the page moves to the sign-in page with the message
        setStatus(slug, "SUSPENDED");
        sleep(SuspensionCheck.RECHECK_AFTER.plusSeconds(1));
        // (the page may have sent a request of its own meanwhile, e.g. when a notification closed)
        kadens.driver().findElements(By.cssSelector("vaadin-side-nav#main-nav vaadin-side-nav-item")).stream()
                .findFirst().ifPresent(WebElement::click);
        WebElement endedOnPage = kadens.wait(WAIT).withMessage("the open page moves to sign-in")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(endedOnPage.getText()).contains("suspended");
        setStatus(slug, "ACTIVE");
        sleep(SuspensionCheck.RECHECK_AFTER.plusSeconds(1));

        kadens.signIn(slug, adminEmail, password);
        kadens.wait(WAIT).until(d -> !d.getCurrentUrl().contains("login") && kadens.isPresent(By.id("my-manager")));
        Cookie adminSession = kadens.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(adminSession).as("the admin's session cookie").isNotNull();

        // the used link now says so
        kadens.driver().manage().deleteAllCookies();
        kadens.driver().get(link.group(1));
        kadens.awaitVaadinIdle();
        WebElement used = kadens.waitFor(By.id("invitation-unusable"));
        assertThat(kadens.textContent(used)).contains("already been used");
        violations.addAll(kadens.accessibilityViolations("used invitation"));

        // the operator suspends the tenant
        kadens.signIn("operator", "operator@kadens.example", RunningKadens.DEMO_PASSWORD);
        kadens.waitFor(By.id("suspend-" + slug)).click();
        kadens.awaitVaadinIdle();
        WebElement confirm = kadens.wait(WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-confirm-dialog#tenant-status-confirm vaadin-button[slot='confirm-button'], "
                        + "vaadin-button[slot='confirm-button']")));
        confirm.click();
        kadens.awaitVaadinIdle();
        kadens.wait(WAIT).withMessage("the tenant shown as suspended")
                .until(d -> kadens.isPresent(By.id("resume-" + slug)));

        // the admin's session that was open ends at its next request, with the suspension message
        kadens.driver().manage().deleteAllCookies();
        kadens.driver().manage().addCookie(adminSession);
        kadens.open("invitations");
        WebElement ended = kadens.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(ended.getText()).contains("suspended");
        assertThat(kadens.isPresent(By.id("invitations-grid"))).isFalse();

        // and the admin's next sign-in is refused with the suspension message
        kadens.signIn(slug, adminEmail, password);
        WebElement error = kadens.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).contains("suspended");
        assertThat(kadens.driver().getCurrentUrl()).contains("login");
        violations.addAll(kadens.accessibilityViolations("login with suspension"));
        kadens.screenshot("journey-suspended");

        assertThat(violations).as("accessibility violations").isEmpty();
    }
}
