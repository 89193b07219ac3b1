package io.kadens.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A review cycle as HR admins see it.
 *
 * @param templateVersion the version the cycle asks, fixed at launch; null while a draft
 * @param version         optimistic-locking version: send it back with every change
 */
public record ReviewCycle(UUID id, String name, CycleKind kind, UUID templateId, Integer templateVersion,
                          LocalDate windowStart, LocalDate windowEnd, int peerCap, CycleStatus status,
                          Map<CyclePhase, LocalDate> deadlines, ParticipantSelection selection, Instant launchedAt,
                          Instant closedAt, long version, Progress progress) {

    /** Counts of the cycle's active participants and their reviews. */
    public record Progress(int participants, int reviews, int submitted) {
    }
}
