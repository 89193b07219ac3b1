package io.kadens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.browser.support.RunningKadens;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The org chart as a chart (Acme AB, Swedish): Anna, the HR admin, sees the top of the organisation drawn
 * by ECharts next to the tree grid; a click on a manager loads their reports into the picture, and the
 * search reveals a person deep down in both. The browser never holds more than what is open.
 */
@ExtendWith(RunningKadens.ScreenshotOnFailure.class)
class OrgChartJourneyIT {

    private static RunningKadens kadens;

    @BeforeAll
    static void start() {
        kadens = RunningKadens.shared();
    }

    @Test
    @DisplayName("the org chart's picture opens a manager on click and reveals a person found by the search")
    void chartExpandsAndReveals() {
        kadens.signInAndAwaitHome("acme", "anna.lindqvist@acme.example");
        kadens.open("admin/org-chart");
        kadens.waitFor(By.cssSelector("#org-chart vaadin-grid-cell-content"));
        WebElement canvas = kadens.waitFor(By.id("org-chart-diagram-canvas"));
        kadens.wait(RunningKadens.WAIT).withMessage("ECharts drew the org chart")
                .until(d -> Boolean.TRUE.equals(kadens.js("return !!arguments[0].querySelector('canvas');", canvas)));
        List<String> before = names(canvas);
        int shownBefore = before.size();
        assertThat(shownBefore).as("the top and the level under it").isGreaterThan(1);

        // A click on a node that has reports (its label says how many) loads them into the picture.
        String closed = before.stream().filter(name -> name.matches(".*\\(\\+\\d+\\)$")).findFirst().orElseThrow();
        String id = (String) kadens.js("""
                const option = echarts.getInstanceByDom(arguments[0]).getOption();
                const find = n => n.name === arguments[1] ? n : (n.children || []).map(find).find(x => x);
                return find(option.series[0].data[0]).id;
                """, canvas, closed);
        kadens.js("arguments[0].dispatchEvent(new CustomEvent('k-chart-item-click', {detail: arguments[1]}));", canvas, id);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("the reports of " + closed + " in the picture")
                .until(d -> names(canvas).size() > shownBefore);
        assertThat(names(canvas)).doesNotContain(closed);

        // The search finds a person and reveals them in the picture as well as in the grid.
        WebElement search = kadens.waitFor(By.cssSelector("#org-chart-search input"));
        search.sendKeys("Viktor");
        kadens.wait(RunningKadens.WAIT).withMessage("Viktor Strand offered by the search")
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(item -> kadens.textContent(item).contains("Viktor Strand")));
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        kadens.awaitVaadinIdle();
        kadens.wait(RunningKadens.WAIT).withMessage("Viktor Strand marked in the picture")
                .until(d -> Boolean.TRUE.equals(kadens.js("""
                        const option = echarts.getInstanceByDom(arguments[0]).getOption();
                        const find = n => n.name.startsWith('Viktor Strand') ? n : (n.children || []).map(find).find(x => x);
                        const found = find(option.series[0].data[0]);
                        return !!found && !!found.label && found.label.fontWeight === 'bold';
                        """, canvas)));
        kadens.screenshot("org-chart-diagram-found");
        assertThat(kadens.accessibilityViolations("org chart with its picture"))
                .as("accessibility (axe-core, WCAG 2.1 AA)").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(WebElement canvas) {
        return (List<String>) kadens.js("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                if (!chart) return [];
                const names = [];
                const walk = n => { names.push(n.name); (n.children || []).forEach(walk); };
                chart.getOption().series[0].data.forEach(walk);
                return names;
                """, canvas);
    }
}
