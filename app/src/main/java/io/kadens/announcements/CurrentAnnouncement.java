package io.kadens.announcements;

import java.time.Instant;
import java.util.UUID;

/** An announcement shown to its reader, in their language when it was written in it (else the one it was written in). */
public record CurrentAnnouncement(UUID id, String title, String body, String authorName, Instant publishedAt) {
}
