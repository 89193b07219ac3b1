package io.kadens.feedback;

import io.kadens.competencies.EvidenceOption;
import io.kadens.competencies.FeedbackEvidenceSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feedback a person received, for the assessment form's evidence picker: through {@link Feedback#received} and
 * {@link Feedback#receivedByMe}, so the picker offers only what the assessor may read.
 */
@Component
class FeedbackAsAssessmentEvidence implements FeedbackEvidenceSource {

    private static final int LABEL_LENGTH = 90;

    private final Feedback feedback;
    private final FeedbackAccess access;

    FeedbackAsAssessmentEvidence(Feedback feedback, FeedbackAccess access) {
        this.feedback = feedback;
        this.access = access;
    }

    @Override
    public List<EvidenceOption> receivedBy(UUID personId, LocalDate from, LocalDate to) {
        FeedbackFilter period = new FeedbackFilter(from, to, null, null);
        ReceivedFeedback received;
        try {
            received = personId.equals(access.me().personId()) ? feedback.receivedByMe(period)
                    : feedback.received(personId, period);
        } catch (FeedbackNotFoundException notVisible) {
            return List.of();
        }
        // Named items only: an assessment names its evidence to the person's manager chain, which must not
        // single out one anonymous item of a group.
        return received.named().stream()
                .map(item -> new EvidenceOption(EvidenceOption.FEEDBACK, item.id(), label(item), item.givenOn()))
                .toList();
    }

    private static String label(FeedbackItem item) {
        String text = item.text().strip().replaceAll("\\s+", " ");
        String start = text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH).strip() + "…" : text;
        return item.authorName() == null || item.anonymous() ? start : item.authorName() + ": " + start;
    }
}
