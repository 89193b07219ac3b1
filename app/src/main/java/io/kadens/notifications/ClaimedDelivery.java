package io.kadens.notifications;

import java.util.UUID;

/** A delivery a worker has claimed: everything needed to render and send it. */
record ClaimedDelivery(UUID id, UUID notificationId, Channel channel, int attempts, NotificationKind kind,
                       UUID recipientId, NotificationFacts facts) {
}
