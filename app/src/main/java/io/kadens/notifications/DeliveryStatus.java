package io.kadens.notifications;

/**
 * A delivery's state: waiting for its first attempt, sent, waiting for a retry after a failure,
 * or given up on after the last allowed attempt (or a failure no retry can fix).
 */
public enum DeliveryStatus { PENDING, SENT, RETRYING, FAILED }
