package io.kadens.ai.summary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One feedback item the summary may use: only what the requester may see, handed over by the
 * application's access-checked services.
 *
 * @param id        the item's id, as quotes and citations name it
 * @param text      what was written
 * @param source    where it came from
 * @param language  {@code en}, {@code sv}, or null to let the summary guess
 * @param givenOn   when it was given; null when withheld (anonymous items carry no date)
 * @param anonymous whether the author is withheld; never attributed, never dated
 */
public record FeedbackItem(String id, String text, SummarySource source, String language, LocalDate givenOn,
                           boolean anonymous) {

    public FeedbackItem {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        source = source == null ? SummarySource.OTHER : source;
        language = language == null || language.isBlank() ? null : language.trim().toLowerCase(java.util.Locale.ROOT);
        if (anonymous) {
            givenOn = null;
        }
    }
}
