package io.kadens.compensation;

import java.time.Instant;
import java.util.UUID;

/** One step on a proposal's way: who submitted, approved or returned it, when, and their comment. */
public record Decision(UUID id, UUID decidedBy, String decidedByName, Kind kind, String comment, Instant decidedAt) {

    public enum Kind { SUBMITTED, APPROVED, RETURNED }
}
