package io.kadens.feedback;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A reported item as HR admins see it: reporting shares the text with them, never an anonymous author.
 *
 * @param period the item's month (anonymous items have no day)
 */
public record ReportedFeedback(UUID feedbackId, UUID receiverId, String receiverName, FeedbackSource source,
                               boolean anonymous, String text, YearMonth period, List<FeedbackReport> reports,
                               List<UnmaskRequest> unmaskRequests) {

    public ReportedFeedback {
        reports = List.copyOf(reports);
        unmaskRequests = List.copyOf(unmaskRequests);
    }
}
