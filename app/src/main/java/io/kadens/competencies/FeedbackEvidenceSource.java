package io.kadens.competencies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract the feedback feature implements (feedback depends on competencies, not the other way round): the
 * feedback items a person received in a period that the signed-in person may see, as evidence options.
 */
public interface FeedbackEvidenceSource {

    List<EvidenceOption> receivedBy(UUID personId, LocalDate from, LocalDate to);
}
