package io.kadens.reviews;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of a cycle per participant, shared by the review features: calibration records the calibrated rating
 * and potential here, sharing reads and marks it, and pay reads {@link ReviewOutcome#finalRating()}. Checks no
 * access rights: each caller decides who may read or change an outcome before it calls (calibrators, the manager
 * chain, HR admins), because the rules differ per feature. See docs/decisions/2026-12-06-review-outcomes.md.
 */
@Service
public class ReviewOutcomes {

    /** Ratings on a tenant's scale run from 1 to at most 5 (3 to 5 labels). */
    public static final int MAX_RATING = 5;
    public static final int MAX_POTENTIAL = 3;

    private final ReviewOutcomeRepository repository;
    private final Clock clock;

    ReviewOutcomes(ReviewOutcomeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The outcome of every active participant of the cycle. */
    @Transactional(readOnly = true)
    public List<ReviewOutcome> outcomes(UUID cycleId) {
        return repository.outcomes(cycleId);
    }

    /** The outcome of one participant (also of one removed later), empty when they were never in the cycle. */
    @Transactional(readOnly = true)
    public Optional<ReviewOutcome> outcome(UUID cycleId, UUID employeeId) {
        return repository.outcome(cycleId, employeeId);
    }

    /**
     * Records what calibration settled for a participant. {@code expectedVersion} is the outcome's version the
     * calibrator saw: when another calibrator recorded first, nothing is written and {@link ConcurrentEditException}
     * says so. A rating or potential outside the scale is refused field by field.
     */
    @Transactional
    public ReviewOutcome recordCalibration(UUID cycleId, UUID employeeId, Integer rating, Integer potential,
                                           UUID calibratorId, long expectedVersion) {
        var errors = new InvalidInputException.Collector();
        errors.check(rating == null || (rating >= 1 && rating <= MAX_RATING), "rating", "reviews.outcome.rating.range");
        errors.check(potential == null || (potential >= 1 && potential <= MAX_POTENTIAL), "potential",
                "reviews.outcome.potential.range");
        errors.throwIfAny();
        repository.outcome(cycleId, employeeId)
                .orElseThrow(() -> InvalidInputException.of("employeeId", "reviews.outcome.not-participant"));
        if (!repository.recordCalibration(cycleId, employeeId, rating, potential, calibratorId, clock.instant(),
                expectedVersion)) {
            throw new ConcurrentEditException("review-outcome", employeeId);
        }
        return repository.outcome(cycleId, employeeId).orElseThrow();
    }

    /** Longest employee comment on a shared outcome. */
    public static final int MAX_COMMENT = 4000;

    /**
     * Marks a participant's outcome shared with them. {@code expectedVersion} is the outcome's version the sharer saw;
     * a stale one (or an outcome shared already) writes nothing and {@link ConcurrentEditException} says so. Checks no
     * access rights or phases: the caller does.
     */
    @Transactional
    public ReviewOutcome share(UUID cycleId, UUID employeeId, UUID sharedBy, long expectedVersion) {
        repository.outcome(cycleId, employeeId)
                .orElseThrow(() -> InvalidInputException.of("employeeId", "reviews.outcome.not-participant"));
        if (!repository.share(cycleId, employeeId, sharedBy, clock.instant(), expectedVersion)) {
            throw new ConcurrentEditException("review-outcome", employeeId);
        }
        return repository.outcome(cycleId, employeeId).orElseThrow();
    }

    /**
     * Records the employee's acknowledgement of a shared outcome, with an optional comment (blank: none). It is given
     * once: the manager read the comment as the employee's word on the shared review, so it is not rewritten afterwards;
     * acknowledging again is refused ({@code reviews.outcome.already-acknowledged}), or told as a concurrent edit when
     * the caller's version is stale (another tab acknowledged first). Optimistic locking as {@link #share}.
     */
    @Transactional
    public ReviewOutcome acknowledge(UUID cycleId, UUID employeeId, String comment, long expectedVersion) {
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "reviews.outcome.comment.too-long");
        }
        ReviewOutcome outcome = repository.outcome(cycleId, employeeId)
                .orElseThrow(() -> InvalidInputException.of("employeeId", "reviews.outcome.not-participant"));
        if (!outcome.shared()) {
            throw InvalidInputException.of("status", "reviews.outcome.not-shared");
        }
        if (outcome.acknowledgedAt() != null) {
            if (outcome.version() != expectedVersion) {
                throw new ConcurrentEditException("review-outcome", employeeId);
            }
            throw InvalidInputException.of("status", "reviews.outcome.already-acknowledged");
        }
        if (!repository.acknowledge(cycleId, employeeId, clean, clock.instant(), expectedVersion)) {
            throw new ConcurrentEditException("review-outcome", employeeId);
        }
        return repository.outcome(cycleId, employeeId).orElseThrow();
    }
}
