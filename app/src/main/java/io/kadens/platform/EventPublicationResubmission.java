package io.kadens.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Replays events whose after-commit listener did not complete: it failed (an embedding error, a
 * database hiccup) or the node stopped between commit and listener. A {@link ClusterTask}: one instance of
 * the cluster replays per round (docs/decisions/2026-12-05-scheduled-work-once-per-cluster.md); listeners
 * are idempotent all the same (docs/decisions/2026-12-05-events-and-publication-registry.md).
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

    /** Publications older than {@code kadens.events.resubmit-after} are not in flight any more: replay them. */
    @Bean
    ClusterTask eventPublicationResubmissionTask(IncompleteEventPublications incomplete,
                                             @Value("${kadens.events.resubmit-after:PT2M}") Duration resubmitAfter,
                                             @Value("${kadens.events.resubmit-interval:PT1M}") Duration interval) {
        return new ClusterTask("event-publication-resubmission", interval,
                () -> incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter));
    }
}
