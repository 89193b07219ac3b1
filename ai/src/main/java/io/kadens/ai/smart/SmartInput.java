package io.kadens.ai.smart;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What the checker looks at.
 *
 * @param text            the goal as typed
 * @param language        {@code en} or {@code sv}; null to detect it from the text
 * @param parentText      the parent goal's title (and description), null when the goal has none
 * @param periodEnd       the last day of the goal's period, null when not known
 * @param periodStart     the first day of the goal's period, null when not known: fiscal expressions
 *                        ("before our financial year closes") are read in the fiscal year it falls in
 * @param fiscalYearStart the first day of the tenant's fiscal year; null reads as 1 January
 * @param today           the day relative expressions ("before next spring", "within six weeks") count
 *                        from; null reads as the current date
 */
public record SmartInput(String text, String language, String parentText, LocalDate periodEnd,
                         LocalDate periodStart, MonthDay fiscalYearStart, LocalDate today) {

    public SmartInput {
        text = text == null ? "" : text;
    }

    public SmartInput(String text, String language, String parentText, LocalDate periodEnd) {
        this(text, language, parentText, periodEnd, null, null, null);
    }

    public static SmartInput of(String text) {
        return new SmartInput(text, null, null, null);
    }

    /** The same context for another text (a rewrite is judged against the goal's own period and year). */
    public SmartInput withText(String other) {
        return new SmartInput(other, language, parentText, periodEnd, periodStart, fiscalYearStart, today);
    }

    public SmartInput withParentText(String parent) {
        return new SmartInput(text, language, parent, periodEnd, periodStart, fiscalYearStart, today);
    }

    public SmartInput withLanguage(String other) {
        return new SmartInput(text, other, parentText, periodEnd, periodStart, fiscalYearStart, today);
    }
}
