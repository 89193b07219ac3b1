package io.kadens.feedback;

/**
 * A recipient's answer to a feedback request: named feedback about the request's subject.
 *
 * @param visibility null means receiver and managers as the tenant configures
 */
public record AnswerToRequest(String text, String competency, FeedbackVisibility visibility) {
}
