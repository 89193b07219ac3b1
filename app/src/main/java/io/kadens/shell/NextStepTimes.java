package io.kadens.shell;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When a next step is due, in the reader's language and the organisation's zone. A step due on a day (a review's
 * deadline, a feedback request's due date, a plan action) is kept as that day's first instant, so it shows the day
 * alone: "9 jan. 2027", not "9 jan. 2027 00:00", which reads as the night before. A step at a time (a 1:1) keeps it.
 */
record NextStepTimes(Locale locale, ZoneId zone) {

    String format(Instant at) {
        if (at == null) {
            return "";
        }
        boolean day = at.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
        DateTimeFormatter format = day ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return format.withLocale(locale).withZone(zone).format(at);
    }
}
