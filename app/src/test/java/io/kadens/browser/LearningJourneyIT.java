package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import io.kadens.content.ContentFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The journey of company content and the training library in Acme AB (Swedish): the HR admin
 * uploads a competency framework and watches its indexing reach the end, imports a training
 * catalogue, and an employee finds a course by asking a question in Swedish. Every page passes the
 * accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class LearningJourneyIT {

    private static final Duration INDEXING = Duration.ofSeconds(90);
    private static final String FRAMEWORK_FILE = "kompetensramverk-resan.md";
    private static final String COURSE = "Svåra samtal med medarbetare";
    private static final String CATALOGUE = """
            title,description,provider,provider_name,url,format,duration_minutes,level,competencies,language,tags
            Svåra samtal med medarbetare,"Förbered och genomför svåra samtal om prestation och beteende: struktur, tonläge och uppföljning efteråt.",internal,HR,,workshop,120,intermediate,Ledarskap och coachning,sv,chefer
            Tidsplanering för säljare,Planera veckan så att kundmöten och uppföljning får plats.,external,Säljakademin,https://example.com/tid,video,30,beginner,Affärsmässighet,sv,försäljning
            """;

    private static RunningKadens kadens;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
        driver = kadens.driver();
    }

    @Test
    @DisplayName("HR admin uploads a framework and a catalogue; an employee finds a course by a Swedish question")
    void uploadIndexAndFind() throws IOException {
        List<String> violations = new ArrayList<>();
        Path framework = Files.createTempFile("kadens-journey", ".md");
        Files.writeString(framework, ContentFixtures.COMPETENCY_FRAMEWORK_SV, StandardCharsets.UTF_8);
        Path named = framework.resolveSibling(FRAMEWORK_FILE);
        Files.move(framework, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path catalogue = Files.createTempFile("kadens-katalog", ".csv");
        Files.writeString(catalogue, CATALOGUE, StandardCharsets.UTF_8);

        // The HR admin uploads the competency framework and watches the indexing finish.
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/content");
        kadens.waitFor(By.id("content-submit"));
        violations.addAll(kadens.accessibilityViolations("admin/content"));
        chooseFile("content-upload", named);
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.tagName("main")))
                .contains(FRAMEWORK_FILE));
        choose("content-kind", "Kompetensramverk");
        click(By.id("content-submit"));
        kadens.awaitVaadinIdle();
        kadens.wait(INDEXING).withMessage("the indexing of " + FRAMEWORK_FILE + " reaches done")
                .until(d -> jobStates().stream().anyMatch(s -> s.startsWith("DONE|") && s.contains(FRAMEWORK_FILE)));
        Object barValue = kadens.js("""
                return Array.from(document.querySelectorAll('#content-jobs .content-job'))
                    .filter(row => row.textContent.includes(arguments[0]))
                    .map(row => row.querySelector('vaadin-progress-bar').value)[0];
                """, FRAMEWORK_FILE);
        assertThat(Double.parseDouble(String.valueOf(barValue))).as("progress bar at the end").isEqualTo(1.0);
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("content-documents").contains("Kompetensramverk"));
        kadens.screenshot("learning-journey-content-indexed");

        // ... and imports a training catalogue.
        kadens.open("admin/learning");
        kadens.waitFor(By.id("learning-import-run"));
        chooseFile("learning-import-upload", catalogue);
        kadens.awaitVaadinIdle();
        click(By.id("learning-import-run"));
        WebElement done = kadens.waitFor(By.id("learning-import-done"));
        assertThat(kadens.textContent(done)).contains("2");
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("learning-catalogue").contains(COURSE));
        violations.addAll(kadens.accessibilityViolations("admin/learning"));

        // An employee asks in Swedish and finds the course.
        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("learning");
        String question = "Hur förbereder jag ett svårt samtal med en medarbetare?";
        kadens.type(By.cssSelector("#learning-search input"), question);
        kadens.wait(RunningKadens.WAIT).withMessage("search results for the question")
                .until(d -> question.equals(d.findElement(By.id("learning-results")).getDomAttribute("data-query")));
        kadens.awaitVaadinIdle();
        List<String> ranked = kadens.wait(RunningKadens.WAIT).until(d -> {
            List<String> titles = firstColumn("learning-results");
            return titles.isEmpty() ? null : titles;
        });
        assertThat(ranked.subList(0, Math.min(3, ranked.size()))).as("the best three answers to " + question)
                .contains(COURSE);
        kadens.screenshot("learning-journey-search");
        violations.addAll(kadens.accessibilityViolations("learning"));

        click(By.linkText(COURSE));
        kadens.awaitVaadinIdle();
        kadens.waitFor(By.id("learning-progress-save"));
        violations.addAll(kadens.accessibilityViolations("learning item"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    /** Selects a file in a vaadin-upload; its hidden file input lives in the shadow root. */
    private static void chooseFile(String uploadId, Path file) {
        WebElement upload = kadens.waitFor(By.id(uploadId));
        WebElement input = (WebElement) kadens.js(
                "return arguments[0].querySelector('input[type=file]') "
                        + "|| arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        kadens.wait(RunningKadens.WAIT).until(d -> Boolean.TRUE.equals(kadens.js(
                "return Array.from(arguments[0].files || []).some(f => f.complete);", upload)));
        kadens.awaitVaadinIdle();
    }

    /** Scrolls an element to the middle of the window (away from notifications), then clicks it. */
    private static void click(By locator) {
        WebElement element = kadens.waitFor(locator);
        kadens.js("arguments[0].scrollIntoView({block: 'center'});", element);
        kadens.wait(RunningKadens.WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element));
        element.click();
    }

    /** Opens a vaadin-select and picks the item with the given label. */
    private static void choose(String selectId, String label) {
        click(By.id(selectId));
        kadens.wait(RunningKadens.WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> label.equals(kadens.textContent(item)) && item.isDisplayed()));
        driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> label.equals(kadens.textContent(item)) && item.isDisplayed())
                .findFirst().orElseThrow().click();
        kadens.awaitVaadinIdle();
    }

    /** The first column's texts of a grid's rendered rows, top row first. */
    @SuppressWarnings("unchecked")
    private static List<String> firstColumn(String gridId) {
        return (List<String>) kadens.js("""
                const grid = document.getElementById(arguments[0]);
                const rows = Array.from(grid.shadowRoot.querySelectorAll('tbody#items tr'))
                    .filter(row => !row.hidden && typeof row.index === 'number')
                    .sort((x, y) => x.index - y.index);
                return rows.map(row => {
                    const slot = row.querySelector('td slot');
                    const content = slot && grid.querySelector('vaadin-grid-cell-content[slot="' + slot.name + '"]');
                    return content ? content.textContent.trim() : '';
                }).filter(text => text.length > 0);
                """, gridId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> jobStates() {
        return (List<String>) kadens.js("""
                return Array.from(document.querySelectorAll('#content-jobs .content-job'))
                    .map(row => row.querySelector('.content-job-state').dataset.status + '|' + row.textContent);
                """);
    }
}
