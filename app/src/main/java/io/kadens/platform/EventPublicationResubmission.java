package io.kadens.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replays events whose after-commit listener did not complete: it failed (an embedding error, a
 * database hiccup) or the node stopped between commit and listener. Runs on every node on the
 * application's scheduler (Spring Modulith's moments module switches scheduling on, also in tests, where
 * nothing is old enough to be picked up while a test runs); listeners are idempotent, so a publication
 * replayed by two nodes at once does no harm (docs/decisions/2026-12-05-events-and-publication-registry.md).
 */
@Component
class EventPublicationResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    EventPublicationResubmission(IncompleteEventPublications incomplete,
                                 @Value("${kadens.events.resubmit-after:PT2M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    /** Publications older than {@code kadens.events.resubmit-after} are not in flight any more: replay them. */
    @Scheduled(initialDelayString = "${kadens.events.resubmit-interval:PT1M}",
            fixedDelayString = "${kadens.events.resubmit-interval:PT1M}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }
}
