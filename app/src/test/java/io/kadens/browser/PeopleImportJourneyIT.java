package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * An HR admin imports a CSV export: the check reports a bad row, the admin fixes it in place, the
 * import runs with its progress bar, and the new people are in the org chart under their manager.
 * The import, SCIM and privacy screens pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class PeopleImportJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    void anHrAdminImportsFixesAReportedRowAndFindsTheNewPeopleInTheOrgChart() throws Exception {
        Path csv = Files.createTempFile("kadens-import", ".csv");
        // Windows-1252 with semicolons, as Excel saves it; line 3 has a date that does not exist.
        Files.write(csv, ("E-post;Förnamn;Efternamn;Befattning;Avdelning;Chefens e-post;Startdatum\r\n"
                + "nora.newhire@globex.example;Nora;Newhire;Analyst;Engineering;james.carter@globex.example;2026-01-12\r\n"
                + "oskar.angstrom@globex.example;Oskar;Ångström;Analyst;Engineering;nora.newhire@globex.example;2026-02-30\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        kadens.signInAndAwaitHome("globex", "olivia.hayes@globex.example");
        kadens.open("admin/import");
        kadens.waitFor(By.id("import-upload"));
        assertThat(kadens.accessibilityViolations("import page")).isEmpty();

        fileInput().sendKeys(csv.toAbsolutePath().toString());
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("import-file-summary")))
                .contains("2 rows"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("import-file-summary")))).contains("windows-1252");
        kadens.screenshot("import-mapping");
        assertThat(kadens.accessibilityViolations("import mapping")).isEmpty();

        click(By.id("import-check"));
        kadens.waitFor(By.id("import-report-invalid"));
        List<String> problems = kadens.gridCellTexts("import-problems");
        assertThat(problems).contains("3", "Start date").anyMatch(text -> text.contains("2026-02-30"));
        kadens.screenshot("import-report");
        assertThat(kadens.accessibilityViolations("import report")).isEmpty();

        click(By.id("import-fix-3"));
        WebElement date = kadens.waitFor(By.cssSelector("#import-fix-start-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-02-27");
        click(By.id("import-fix-save"));
        kadens.waitFor(By.id("import-report-valid"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("import-report-summary")))).contains("2 new people");

        click(By.id("import-apply"));
        WebElement progress = kadens.waitFor(By.id("import-progress"));
        assertThat(progress.getTagName()).isEqualTo("vaadin-progress-bar");
        String done = kadens.textContent(kadens.waitFor(By.id("import-done")));
        assertThat(done).contains("2 new people");
        kadens.screenshot("import-done");

        kadens.open("admin/org-chart");
        WebElement search = kadens.waitFor(By.cssSelector("#org-chart-search input"));
        search.sendKeys("Ångström");
        kadens.wait(RunningKadens.WAIT).until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.id("org-chart-found")))
                .contains("Oskar Ångström"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("org-chart").stream()
                .anyMatch(text -> text.contains("Nora Newhire")));
        assertThat(kadens.gridCellTexts("org-chart")).anyMatch(text -> text.contains("Oskar Ångström"))
                .anyMatch(text -> text.contains("James Carter"));
        kadens.screenshot("import-org-chart");
    }

    @Test
    void theScimAndPrivacyScreensAreAccessible() {
        kadens.signInAndAwaitHome("globex", "olivia.hayes@globex.example");
        kadens.open("admin/scim");
        // The identity provider is given this deployment's own address, ready to copy.
        String baseUrl = String.valueOf(kadens.js("return document.querySelector('#scim-base-url').value;"));
        assertThat(baseUrl).isEqualTo(kadens.baseUrl() + "scim/v2");
        assertThat(kadens.isPresent(By.id("scim-base-url-copy"))).isTrue();
        kadens.waitFor(By.id("scim-token-name")).findElement(By.tagName("input")).sendKeys("Okta");
        click(By.id("scim-token-create"));
        String token = kadens.waitFor(By.cssSelector("#scim-token-secret textarea")).getAttribute("value");
        assertThat(token).startsWith("kadens_scim_");
        assertThat(kadens.gridCellTexts("scim-tokens")).contains("Okta");
        assertThat(kadens.accessibilityViolations("SCIM tokens")).isEmpty();

        kadens.open("admin/privacy");
        kadens.waitFor(By.id("privacy-person"));
        assertThat(kadens.accessibilityViolations("privacy requests")).isEmpty();
    }

    /** Scrolls the element into the middle of the window first: the journey's pages are longer than it. */
    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
        kadens.awaitVaadinIdle();
    }

    /** The upload's file input: in the component's shadow root or, in newer versions, in its light DOM. */
    private static WebElement fileInput() {
        WebElement upload = kadens.waitFor(By.id("import-upload"));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }
}
