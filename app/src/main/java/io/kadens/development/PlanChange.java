package io.kadens.development;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of a plan's history: submission, approval, and every change made after approval.
 *
 * @param what an i18n key suffix ({@code development.change.<what>}), e.g. {@code edited}, {@code action-done}
 */
public record PlanChange(UUID changedBy, String changedByName, Instant changedAt, String what, String detail) {
}
