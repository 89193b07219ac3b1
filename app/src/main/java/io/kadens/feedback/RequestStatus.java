package io.kadens.feedback;

/** Where one recipient stands with a feedback request. */
public enum RequestStatus {
    OPEN, ANSWERED, DECLINED
}
