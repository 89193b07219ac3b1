package io.kadens.oneonones;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 1:1 that was held, as evidence about one of its two people (for a review writer who was in it, or who is the
 * person it is about).
 *
 * @param other         the other person of the pair, seen from the signed-in person (a manager writing about a
 *                      report: the report)
 * @param agenda        the meeting's talking points, in agenda order
 * @param covered       how many of them were ticked as covered
 * @param sharedNotes   the notes both people wrote, stripped; null when none were written (never a private note)
 */
public record HeldOneOnOne(UUID meetingId, UUID pairId, PairKind kind, Participant other, Instant scheduledAt,
                           Instant completedAt, List<String> agenda, int covered, String sharedNotes) {

    public HeldOneOnOne {
        agenda = List.copyOf(agenda);
    }

    public int agendaPoints() {
        return agenda.size();
    }
}
