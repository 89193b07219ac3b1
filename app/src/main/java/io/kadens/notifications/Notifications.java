package io.kadens.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's front door: a notification and one delivery per channel, written in the caller's
 * transaction, so they exist exactly when the change that caused them commits.
 */
@Service
public class Notifications {

    private final OutboxRepository outbox;
    private final SlackConnections slack;
    private final Clock clock;

    Notifications(OutboxRepository outbox, SlackConnections slack, Clock clock) {
        this.outbox = outbox;
        this.slack = slack;
        this.clock = clock;
    }

    /**
     * Queues a notification for the bound tenant unless one with the same dedupe key exists.
     * Must run inside the transaction of the change it announces.
     *
     * @return the new notification's id, or empty when the dedupe key was already used
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> enqueue(NotificationKind kind, UUID recipientId, String dedupeKey, NotificationFacts facts) {
        Instant now = clock.instant();
        List<Channel> channels = new ArrayList<>(List.of(Channel.EMAIL));
        if (kind.goesToSlack() && slack.connected()) {
            channels.add(Channel.SLACK);
        }
        return outbox.insert(kind, recipientId, dedupeKey, facts, channels, now);
    }

    /** Whether a notification with this dedupe key exists in the bound tenant. */
    @Transactional(readOnly = true)
    public boolean exists(String dedupeKey) {
        return outbox.exists(dedupeKey);
    }
}
