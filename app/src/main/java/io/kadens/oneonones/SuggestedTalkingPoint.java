package io.kadens.oneonones;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A point another feature puts on a 1:1's agenda; it is shown, not stored, and goes away when done there.
 *
 * @param id        stable and unique on the page (the feature's prefix plus an entity id), the element id
 * @param sourceKey i18n key naming where it comes from ("From the development plan")
 * @param text      the point, as its owner wrote it
 * @param due       when it is due, or null
 * @param link      the route that opens it, relative to the app root
 */
public record SuggestedTalkingPoint(String id, String sourceKey, String text, LocalDate due, String link) {

    public SuggestedTalkingPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
    }
}
