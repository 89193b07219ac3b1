package io.kadens.nextsteps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Who the home page is for. Sources still read through their own feature APIs as the signed-in user;
 * this saves each of them asking for the same facts again.
 *
 * @param since the start of this visit's news: praise and other "what happened" items newer than this are new
 * @param now   the moment the page is built (every source uses the same one)
 * @param zone  the organisation's time zone: "today", "overdue" and a due day's moment are read in it, as the
 *              features' own pages do, not in the server's zone
 */
public record NextStepsViewer(UUID personId, boolean manager, boolean hrAdmin, Instant since, Instant now,
                              ZoneId zone) {

    /** The organisation's day at {@link #now()}. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /** The moment a due day starts in the organisation, for ordering and showing it. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
