package io.kadens.feedbacksummary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The person does not exist, belongs to another tenant, or the requester may not have their
 * feedback summarised: all answer alike (404), so probing ids tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FeedbackSummaryNotFoundException extends RuntimeException {

    public FeedbackSummaryNotFoundException() {
        super("feedback summary not found");
    }
}
