package io.kadens.oneonones;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as one of its two participants sees it. The private note is the viewer's own (never the
 * other person's); the check-in is the report's for a manager 1:1, when submitted (else null).
 *
 * @param actionItems the pair's open action items plus those done in or agreed at this meeting
 */
public record Meeting(UUID id, OneOnOnePair pair, Instant scheduledAt, int durationMinutes, MeetingStatus status,
                      Instant completedAt, List<AgendaItem> agenda, SharedNotes sharedNotes, PrivateNote myPrivateNote,
                      List<ActionItem> actionItems, CheckIn checkIn, long version) {

    public boolean open() {
        return status.isOpen();
    }
}
