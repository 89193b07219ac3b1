package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * HR's salaries and pay ranges page in Acme AB (Swedish, demo data): Anna edits the range of the sales level while
 * someone else saves it first (she is told, keeps her values and saves again), imports a salary file with one bad
 * row (nothing is written, the report names the row), then a good one after its preview, finds Sara in the
 * filtered salary list, and downloads the compa-ratio distribution. Every state passes axe's WCAG 2.1 AA rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class PayAdminJourneyIT {

    private static final String ANNA = "anna.lindqvist@acme.example";
    private static final String SARA = "sara.nilsson@acme.example";
    private static RunningKadens kadens;
    private static String levelId;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
        levelId = kadens.idInTenant("acme", "select l.id from job_level l join job_family f on f.tenant_id = l.tenant_id"
                + " and f.id = l.job_family_id where f.name = 'Försäljning' and l.name = ?", "Säljare");
    }

    @Test
    @DisplayName("Anna edits a range through a concurrent save, imports a bad salary file then a good one, and exports")
    void rangesSalariesImportAndDistribution() throws Exception {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", ANNA);
        kadens.open("admin/compensation/pay");
        kadens.waitFor(By.id("pay-ranges"));
        kadens.waitFor(By.id("pay-compa-chart"));
        violations.addAll(kadens.accessibilityViolations("admin/compensation/pay"));

        // A range edit that meets someone else's save: told, nothing typed is lost, the second save wins.
        click(By.cssSelector("#pay-ranges vaadin-button[aria-label='Ändra lönespannet för Försäljning – Säljare']"));
        kadens.waitFor(By.id("pay-range-mid"));
        retype("pay-range-min", "33000");
        retype("pay-range-mid", "39000");
        retype("pay-range-max", "46000");
        violations.addAll(kadens.accessibilityViolations("pay range editor"));
        update("update pay_range set version = version + 1 where job_level_id = ?::uuid", levelId);
        click(By.id("pay-range-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElement(By.id("pay-range-conflict")).isDisplayed());
        assertThat(kadens.textContent(kadens.waitFor(By.id("pay-range-conflict")))).contains("Någon annan sparade");
        assertThat(kadens.waitFor(By.cssSelector("#pay-range-mid input")).getDomProperty("value")).contains("39");
        assertThat(amount("select range_mid from pay_range where job_level_id = ?::uuid", levelId))
                .as("nothing written over the other save").isNotEqualByComparingTo("39000");
        click(By.id("pay-range-save"));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.id("pay-range-save")).isEmpty());
        assertThat(amount("select range_mid from pay_range where job_level_id = ?::uuid", levelId))
                .isEqualByComparingTo("39000");

        // A salary file with one bad row: the preview names it and nothing is written.
        BigDecimal saraBefore = amount("select salary from employee_pay where employee_id = ?::uuid",
                kadens.employeeId("acme", SARA));
        uploadFile("email,salary,currency\n" + SARA + ",51000,SEK\nnobody@acme.example,40000,SEK\n");
        click(By.id("pay-import-preview"));
        kadens.waitFor(By.id("pay-import-invalid"));
        assertThat(kadens.gridCellTexts("pay-import-problems")).contains("3", "email")
                .anyMatch(text -> text.contains("nobody@acme.example"));
        assertThat(kadens.driver().findElements(By.id("pay-import-confirm"))).as("nothing to confirm")
                .noneMatch(WebElement::isDisplayed);
        assertThat(amount("select salary from employee_pay where employee_id = ?::uuid", kadens.employeeId("acme", SARA)))
                .isEqualByComparingTo(saraBefore);
        violations.addAll(kadens.accessibilityViolations("pay import report"));

        // The corrected file: preview, confirm, written.
        uploadFile("email,salary,currency\n" + SARA + ",51000,SEK\n");
        click(By.id("pay-import-preview"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("pay-import-summary")))).contains("1 rad(er)");
        violations.addAll(kadens.accessibilityViolations("pay import preview"));
        click(By.id("pay-import-confirm"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("pay-import-done")))).startsWith("Importerade 1 rad(er)");
        assertThat(amount("select salary from employee_pay where employee_id = ?::uuid", kadens.employeeId("acme", SARA)))
                .isEqualByComparingTo("51000");

        // The salary list, searched by name.
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", kadens.waitFor(By.id("pay-salaries-search")));
        kadens.type(By.cssSelector("#pay-salaries-search input"), "Nilsson");
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("pay-salaries").contains("Sara Nilsson"));
        assertThat(kadens.gridCellTexts("pay-salaries")).anyMatch(text -> text.contains("51"));
        violations.addAll(kadens.accessibilityViolations("pay salaries filtered"));

        // The distribution as CSV.
        WebElement csv = kadens.waitFor(By.id("pay-compa-csv"));
        String body = (String) kadens.js("return fetch(arguments[0].href).then(r => r.text());", csv);
        assertThat(body).startsWith("bucket,from,to,people\n").contains("\nnone,,,");
        assertThat(kadens.textContent(kadens.waitFor(By.id("pay-compa-table")))).contains("Personer");

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    private static void uploadFile(String content) throws Exception {
        Path file = Files.createTempFile("kadens-pay", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        WebElement upload = kadens.waitFor(By.id("pay-import-upload"));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        SearchContext shadow = light.isEmpty() ? upload.getShadowRoot() : null;
        WebElement input = light.isEmpty() ? shadow.findElement(By.cssSelector("input[type=file]")) : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("pay-import-report")))
                .contains(file.getFileName().toString()));
    }

    private static void retype(String id, String value) {
        WebElement input = kadens.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        kadens.awaitVaadinIdle();
    }

    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    /** Runs a statement as the owner bound to Acme and to Anna (pay rows answer to HR admins only, V174). */
    private static void update(String sql, String id) throws SQLException {
        try (Connection owner = bound(); PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setString(1, id);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static BigDecimal amount(String sql, String id) throws SQLException {
        try (Connection owner = bound(); PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getBigDecimal(1);
            }
        }
    }

    private static Connection bound() throws SQLException {
        Connection owner = kadens.database().openAsOwner();
        try (PreparedStatement bind = owner.prepareStatement("select set_config('app.tenant_id', (select id::text"
                + " from tenant where slug = 'acme'), false), set_config('app.person_id', ?, false)")) {
            bind.setString(1, kadens.employeeId("acme", ANNA));
            bind.execute();
        }
        return owner;
    }
}
