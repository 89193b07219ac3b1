package io.kadens.oneonones;

import java.util.UUID;

/** A note on a meeting only its author can ever read (enforced by a row-level policy). version -1: none yet. */
public record PrivateNote(UUID meetingId, String text, long version) {
}
