package io.kadens.feedbacksummary;

import io.kadens.ai.summary.SummarySource;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A feedback item a summary cites, as the summary page opens it: its whole text, never its author.
 *
 * @param givenOn null for anonymous items
 */
public record CitedItem(UUID feedbackId, String text, SummarySource source, boolean anonymous, LocalDate givenOn,
                        String competency) {
}
