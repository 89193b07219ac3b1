package io.kadens.nextsteps;

import java.util.List;
import java.util.Objects;

/**
 * A small summary figure on the home page (goal health of a team, check-in adherence): drawn as a bar
 * chart with the same figures in a table for screen readers.
 *
 * @param id            unique on the page, the element id of its card
 * @param titleKey      i18n key of the card title
 * @param labelHeaderKey i18n key of the table's first column (what a row is: "Team", "Health")
 * @param valueHeaderKey i18n key of the value column
 * @param percent       whether values are shares 0–1 shown as percentages (else whole counts)
 * @param link          where the card links for the details
 */
public record HomeFigure(String id, NextStep.Audience audience, String titleKey, String labelHeaderKey,
                         String valueHeaderKey, boolean percent, List<Row> rows, String link) {

    public HomeFigure {
        Objects.requireNonNull(id, "id");
        rows = List.copyOf(rows);
    }

    /**
     * One bar. {@code labelKey} is an i18n key (a health name, "no team"); when null, {@code label} is shown
     * as it is (a team's name).
     */
    public record Row(String labelKey, String label, double value) {
    }
}
