package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The HR admin's journey through the people admin screens of the production jar: edit a person in
 * the people list, lose a race to a second session with a clear message and nothing typed lost,
 * save again, then find the person in the org chart by search. Axe checks every admin page.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class PeopleAdminJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("an HR admin edits a person, meets a concurrent save, and finds them in the org chart")
    void hrAdminEditsAndFinds() throws Exception {
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        String viktor = kadens.employeeId("acme", "viktor.strand@acme.example");

        kadens.open("admin/people");
        kadens.type(By.cssSelector("#admin-people-search input"), "Strand");
        kadens.wait(RunningKadens.WAIT).withMessage("Viktor Strand in the people list")
                .until(d -> kadens.gridCellTexts("admin-people-grid").contains("Viktor Strand"));
        openEditor(viktor);
        kadens.type(By.cssSelector("#edit-job-title input"), "Senior innesäljare");

        // Meanwhile another session saves the same person first.
        secondSessionSaves("viktor.strand@acme.example", "Innesäljare (ändrad av någon annan)");

        kadens.waitFor(By.id("person-edit-save")).click();
        kadens.awaitVaadinIdle();
        WebElement problem = kadens.wait(RunningKadens.WAIT).withMessage("the concurrent-edit message")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("person-edit-problem")));
        assertThat(kadens.textContent(problem)).contains("Någon annan sparade");
        assertThat(problem.getAttribute("role")).isEqualTo("alert");
        // the feature's stylesheet is loaded: the message stands out
        assertThat(kadens.js("return getComputedStyle(arguments[0]).borderLeftWidth;", problem)).isEqualTo("4px");
        // nothing typed is lost
        assertThat(kadens.driver().findElement(By.cssSelector("#edit-job-title input")).getDomProperty("value"))
                .isEqualTo("Senior innesäljare");
        kadens.screenshot("people-admin-concurrent-edit");

        // Reload their version, make the change again, and save.
        kadens.waitFor(By.id("person-edit-reload")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).until(d -> !kadens.isPresent(By.id("person-edit-dialog")));
        kadens.wait(RunningKadens.WAIT).withMessage("the other session's title in the list")
                .until(d -> kadens.gridCellTexts("admin-people-grid").contains("Innesäljare (ändrad av någon annan)"));
        openEditor(viktor);
        kadens.type(By.cssSelector("#edit-job-title input"), "Senior innesäljare");
        kadens.waitFor(By.id("person-edit-save")).click();
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the saved title in the list")
                .until(d -> kadens.gridCellTexts("admin-people-grid").contains("Senior innesäljare"));

        // Find the person in the org chart: the path to them opens and they are highlighted.
        kadens.open("admin/org-chart");
        kadens.waitFor(By.cssSelector("#org-chart vaadin-grid-cell-content"));
        WebElement search = kadens.waitFor(By.cssSelector("#org-chart-search input"));
        search.sendKeys("Viktor");
        kadens.wait(RunningKadens.WAIT).withMessage("Viktor Strand offered by the search")
                .until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty()
                        && d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(item -> kadens.textContent(item).contains("Viktor Strand")));
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("org chart reveals Viktor Strand")
                .until(d -> kadens.textContent(d.findElement(By.id("org-chart-found"))).contains("Viktor Strand")
                        && kadens.gridCellTexts("org-chart").stream().anyMatch(t -> t.contains("Viktor Strand")));
        assertThat(kadens.gridCellTexts("org-chart")).anyMatch(t -> t.contains("Linnea Hedlund"))
                .anyMatch(t -> t.contains("Erik Johansson"));
        kadens.wait(RunningKadens.WAIT).withMessage("the found person highlighted")
                .until(d -> ((Number) kadens.js("""
                        const grid = document.getElementById('org-chart');
                        return grid.shadowRoot.querySelectorAll('[part~="k-highlight"]').length;
                        """)).intValue() > 0);
        kadens.screenshot("people-admin-org-chart-found");

        // Another tenant's person id reveals nobody: the chart renders, saying so, with none of their data.
        kadens.open("admin/org-chart?person=" + kadens.employeeId("globex", "emma.brooks@globex.example"));
        kadens.wait(RunningKadens.WAIT).withMessage("the unknown-person message")
                .until(d -> kadens.textContent(d.findElement(By.id("org-chart-found"))).contains("Ingen med detta id"));
        assertThat(kadens.driver().getPageSource()).doesNotContain("Emma").doesNotContain("Brooks")
                .doesNotContain("Globex");
    }

    @Test
    @DisplayName("the people admin pages have no serious WCAG 2.1 AA violations")
    void adminPagesAreAccessible() {
        kadens.signInAndAwaitHome("globex", "olivia.hayes@globex.example");
        List<String> violations = new ArrayList<>();
        for (String page : List.of("admin/people", "admin/org-chart", "admin/organisation", "admin/job-families",
                "admin/settings", "admin/audit")) {
            kadens.open(page);
            kadens.waitFor(By.cssSelector("main h1"));
            kadens.awaitVaadinIdle();
            violations.addAll(kadens.accessibilityViolations(page));
        }
        // The edit dialog too.
        kadens.open("admin/people");
        kadens.waitFor(By.cssSelector("#admin-people-grid vaadin-grid-cell-content"));
        kadens.wait(RunningKadens.WAIT).until(d -> !d.findElements(By.cssSelector("[id^='edit-']")).isEmpty());
        kadens.driver().findElements(By.cssSelector("vaadin-button[id^='edit-']")).getFirst().click();
        kadens.waitFor(By.id("person-edit-save"));
        kadens.awaitVaadinIdle();
        violations.addAll(kadens.accessibilityViolations("admin/people edit dialog"));
        assertThat(violations).isEmpty();
    }

    @Test
    @DisplayName("the directory shows each person with an avatar and a link to their profile, and no phone cards on a wide screen")
    void theDirectoryLinksEachProfile() {
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        String erik = kadens.employeeId("acme", "erik.johansson@acme.example");
        By link = By.cssSelector("#people-grid .k-person-cell a[href='people/" + erik + "']");
        kadens.open("people");
        // searched for, so that his row is among the rows the grid draws
        kadens.type(By.cssSelector("#people-search input"), "Erik Johansson");
        kadens.wait(RunningKadens.WAIT).withMessage("Erik Johansson's row, linking his profile")
                .until(d -> !d.findElements(link).isEmpty());
        WebElement cell = kadens.driver().findElement(link).findElement(By.xpath(".."));
        assertThat(kadens.textContent(cell)).isEqualTo("Erik Johansson");
        assertThat(cell.findElements(By.cssSelector("vaadin-avatar[aria-hidden='true']"))).hasSize(1);
        // The cards are for narrow screens: on a wide one they are never built.
        kadens.awaitVaadinIdle();
        assertThat(kadens.driver().findElements(By.cssSelector("#people-grid-cards li"))).isEmpty();
    }

    @Test
    @DisplayName("employees and managers see no admin area and cannot open it")
    void theAdminAreaIsForHrAdminsOnly() {
        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        assertThat(kadens.navigationLabels()).doesNotContain("Personaladministration", "Organisationsschema");
        kadens.open("admin/people");
        kadens.wait(RunningKadens.WAIT).until(d -> !kadens.isPresent(By.id("admin-people-grid")));
        assertThat(kadens.isPresent(By.id("admin-people-grid"))).isFalse();
    }

    private static void openEditor(String personId) {
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.isPresent(By.id("edit-" + personId)));
        kadens.driver().findElement(By.id("edit-" + personId)).click();
        kadens.waitFor(By.id("person-edit-save"));
        kadens.awaitVaadinIdle();
    }

    /** A save by someone else, straight into the database as the owner role bound to the tenant. */
    private static void secondSessionSaves(String email, String title) throws Exception {
        try (Connection connection = kadens.database().openAsOwner()) {
            try (PreparedStatement bind = connection.prepareStatement(
                    "select set_config('app.tenant_id', (select id::text from tenant where slug = 'acme'), false)")) {
                bind.execute();
            }
            try (PreparedStatement save = connection.prepareStatement(
                    "update employee set job_title = ?, version = version + 1 where email = ?")) {
                save.setString(1, title);
                save.setString(2, email);
                assertThat(save.executeUpdate()).isEqualTo(1);
            }
        }
    }
}
