package io.kadens.feedback;

import java.util.UUID;

/** Praise someone gives: short and public. */
public record NewPraise(UUID recipientId, String text) {
}
