package io.kadens.oneonones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something one of the pair agreed to do; shown on every meeting of the pair until done. */
public record ActionItem(UUID id, UUID pairId, UUID meetingId, UUID ownerId, String ownerName, String text,
                         LocalDate dueDate, Instant doneAt, long version) {

    public boolean done() {
        return doneAt != null;
    }
}
