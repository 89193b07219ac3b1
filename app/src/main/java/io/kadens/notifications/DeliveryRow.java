package io.kadens.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery as the outbox page shows it. */
public record DeliveryRow(UUID id, NotificationKind kind, String recipientName, Channel channel, DeliveryStatus status,
                          int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
                          OffsetDateTime sentAt) {
}
