package io.kadens.compensation;

import java.time.LocalDate;
import java.util.UUID;

/** A compensation cycle over a review cycle: raises and promotions take effect on {@code effectiveDate}. */
public record CompensationCycle(UUID id, String name, UUID reviewCycleId, LocalDate effectiveDate, String currency,
                                Status status, long version) {

    public enum Status { OPEN, CLOSED }
}
