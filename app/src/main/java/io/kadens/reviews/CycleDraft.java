package io.kadens.reviews;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What an HR admin sets up before launching: name, kind, template, the review window, the peer cap, a
 * deadline per phase and the participants.
 */
public record CycleDraft(String name, CycleKind kind, UUID templateId, LocalDate windowStart, LocalDate windowEnd,
                         Integer peerCap, Map<CyclePhase, LocalDate> deadlines, ParticipantSelection selection) {

    public CycleDraft {
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
        selection = selection == null ? new ParticipantSelection(null, null, null) : selection;
    }
}
