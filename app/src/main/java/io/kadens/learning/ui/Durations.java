package io.kadens.learning.ui;

import java.util.function.BiFunction;

/** "90 min", "2 h 30 min": durations as people read them, in their language. */
final class Durations {

    private Durations() {
    }

    static String format(Integer minutes, BiFunction<String, Object[], String> translate) {
        if (minutes == null) {
            return "";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return translate.apply("learning.duration.minutes", new Object[] {rest});
        }
        return rest == 0 ? translate.apply("learning.duration.hours", new Object[] {hours})
                : translate.apply("learning.duration.hours-minutes", new Object[] {hours, rest});
    }
}
