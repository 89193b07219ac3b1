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

/**
 * The competency pages in Acme AB (Swedish, demo data): the HR admin's framework page with its expectation
 * matrix, Sara's skill profile and career page, and Erik's team matrix and view of Sara's profile with her
 * target role. Every page passes the accessibility rules.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class CompetenciesJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("HR keeps the framework; Sara sees her profile and paths; Erik sees his team's matrix")
    void frameworkProfileCareerAndTeamMatrix() {
        List<String> violations = new ArrayList<>();

        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/competencies");
        kadens.waitFor(By.id("competencies-matrix-family"));
        kadens.wait(RunningKadens.WAIT).until(d -> kadens.gridCellTexts("competencies-grid").contains("Kommunikation"));
        kadens.waitFor(By.cssSelector("#competencies-matrix table"));
        violations.addAll(kadens.accessibilityViolations("admin/competencies"));

        kadens.signInAndAwaitHome("acme", "sara.nilsson@acme.example");
        kadens.open("skills");
        kadens.waitFor(By.id("skills-table"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("skills-table")))).contains("Kommunikation");
        violations.addAll(kadens.accessibilityViolations("skills"));
        kadens.open("career");
        kadens.waitFor(By.id("career-target"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("career-paths")))).contains("Nästa nivå");
        violations.addAll(kadens.accessibilityViolations("career"));

        kadens.signInAndAwaitHome("acme", "erik.johansson@acme.example");
        kadens.open("team-skills");
        kadens.waitFor(By.id("team-skills-table"));
        assertThat(kadens.textContent(kadens.waitFor(By.id("team-skills-table")))).contains("Sara Nilsson");
        violations.addAll(kadens.accessibilityViolations("team-skills"));

        assertThat(violations).as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }
}
