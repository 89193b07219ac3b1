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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * AI-drafted learning content in Acme AB (Swedish, demo data, offline AI): from the training library's administration
 * the HR admin asks for a learning path in Kommunikation, reads the sources its steps rest on, renames it and
 * publishes it, and the new internal training item opens in the library. The published title is unique, so the
 * journey runs again on the same database. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class LearningDraftsJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR drafts a learning path with its sources, edits it and publishes it as a training item")
    void draftEditAndPublishALearningPath() {
        List<String> violations = new ArrayList<>();
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/learning");
        kadens.click(By.id("learning-drafts-link"));
        kadens.waitFor(By.id("learning-draft-run"));
        violations.addAll(kadens.accessibilityViolations("admin/learning-drafts"));

        kadens.choose("learning-draft-competency", "Kommunikation"::equals);
        kadens.click(By.id("learning-draft-run"));
        kadens.waitFor(By.id("learning-draft-title"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("learning-draft-sources")))).contains("Steg 1");
        violations.addAll(kadens.accessibilityViolations("admin/learning-drafts with a draft"));

        String title = "Lärväg i kommunikation " + Long.toString(System.nanoTime(), 36);
        kadens.type(By.cssSelector("#learning-draft-title input"), title);
        kadens.click(By.id("learning-draft-publish"));
        WebElement open = kadens.wait(RunningKadens.WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#learning-draft-result a")));
        assertThat(kadens.textContent(open)).contains(title);
        open.click();
        kadens.wait(RunningKadens.WAIT).until(d -> d.getCurrentUrl().matches(".*/learning/[0-9a-f-]{36}$"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.textContent(d.findElement(By.tagName("main"))).contains(title));
        violations.addAll(kadens.accessibilityViolations("the published training item"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }
}
