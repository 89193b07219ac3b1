package io.kadens.announcements;

import java.time.Instant;
import java.util.UUID;

/**
 * An announcement as HR admins list it: both languages as written, the audience, how many it reached and
 * how many dismissed it; {@code endsAt} is set once it was withdrawn.
 */
public record Announcement(UUID id, long version, String titleEn, String bodyEn, String titleSv, String bodySv,
                           AnnouncementAudience audience, UUID audienceId, boolean alsoNotify, String authorName,
                           Instant publishedAt, Instant endsAt, int recipients, int dismissed) {

    public boolean current() {
        return endsAt == null;
    }
}
