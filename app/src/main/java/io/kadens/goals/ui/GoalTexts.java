package io.kadens.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.kadens.frontend.StyleSheets;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.Health;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The small pieces every goal view shows the same way: enum labels, the health badge (colour and
 * text, never colour alone), progress as a bar with its percentage, periods and numbers in the user's locale.
 */
final class GoalTexts {

    static final String STYLES = "context://kadens/goals-ui.css";

    private GoalTexts() {
    }

    /** Loads the goal views' stylesheet into the page when the view is attached. */
    static void useStyles(Component view) {
        StyleSheets.loadWith(view, STYLES);
    }

    /** The i18n key of an enum constant's label: {@code goals-ui.<kind>.<constant in lower case>}. */
    static String key(String kind, Enum<?> value) {
        return "goals-ui." + kind + "." + value.name().toLowerCase(Locale.ROOT);
    }

    static String label(Component anyComponent, String kind, Enum<?> value) {
        return value == null ? "" : anyComponent.getTranslation(key(kind, value));
    }

    /** A badge with the health's colour, a dot and its name; "No health" for cancelled goals. */
    static Span healthBadge(Component context, Health health, boolean overridden) {
        String text = health == null ? context.getTranslation("goals-ui.health.none")
                : context.getTranslation(key("health", health));
        if (overridden) {
            text = context.getTranslation("goals-ui.health.overridden", text);
        }
        Span badge = new Span(text);
        badge.addClassNames("k-health", "k-health-" + (health == null ? "none" : health.name().toLowerCase(Locale.ROOT)));
        badge.getElement().setAttribute("data-health", health == null ? "" : health.name());
        return badge;
    }

    static String percent(Locale locale, double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    static String number(Locale locale, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A progress bar labelled by the goal's title, and the percentage as text next to it. */
    static Div progress(Component context, String what, double share) {
        ProgressBar bar = new ProgressBar(0, 1, Math.max(0, Math.min(1, share)));
        bar.getElement().setAttribute("aria-label", context.getTranslation("goals-ui.progress.of", what));
        Span text = new Span(percent(locale(), share));
        text.addClassName("k-goal-progress-text");
        Div wrapper = new Div(bar, text);
        wrapper.addClassName("k-goal-progress");
        return wrapper;
    }

    /** The user's locale (the UI's, as every view's {@code getLocale()} returns it). */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    static DateTimeFormatter dateTimes(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    /** The cycle's name when the goal has one, else its custom dates. */
    static String period(Locale locale, GoalSummary goal) {
        if (goal.cycleName() != null) {
            return goal.cycleName();
        }
        return dateRange(locale, goal.startsOn(), goal.endsOn());
    }

    static String dateRange(Locale locale, LocalDate from, LocalDate to) {
        DateTimeFormatter dates = dates(locale);
        return (from == null ? "" : dates.format(from)) + " – " + (to == null ? "" : dates.format(to));
    }

    static String instant(Locale locale, ZoneId zone, Instant at) {
        return at == null ? "" : dateTimes(locale, zone).format(at);
    }

    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
