package io.kadens.announcements;

import java.util.UUID;

/**
 * An announcement as an HR admin writes it: a title and body in English, in Swedish, or in both (at least
 * one language; a reader of the other language sees the one written). {@code audienceId} names the department,
 * team or pilot group, and is null for everyone. {@code alsoNotify} also sends it by email, and to Slack where
 * the organisation connected a workspace, through the outbox.
 */
public record AnnouncementDraft(String titleEn, String bodyEn, String titleSv, String bodySv,
                                AnnouncementAudience audience, UUID audienceId, boolean alsoNotify) {
}
