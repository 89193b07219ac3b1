package io.kadens.learning.ui;

import io.kadens.learning.Progress;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

/** A progress as one short text: "Not started", "In progress (40 %)", "Completed 12 Nov 2026". */
final class ProgressTexts {

    private ProgressTexts() {
    }

    static String of(Progress progress, DateTimeFormatter dates, BiFunction<String, Object[], String> translate) {
        return switch (progress.status()) {
            case NOT_STARTED -> translate.apply("learning.status.not_started", new Object[0]);
            case IN_PROGRESS -> translate.apply("learning.progress.in-progress", new Object[] {progress.percent()});
            case COMPLETED -> translate.apply("learning.progress.completed-on",
                    new Object[] {dates.format(progress.completedOn())});
        };
    }
}
