package io.kadens.development;

import java.time.Instant;
import java.util.UUID;

public record PlanComment(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {
}
