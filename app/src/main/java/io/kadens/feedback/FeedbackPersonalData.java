package io.kadens.feedback;

import io.kadens.privacy.PersonalDataExporter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A person's feedback for the GDPR export, which an HR admin makes. It gives HR no read access beyond the
 * product's: feedback the person received only as far as the exporting HR admin may read it in Kadens
 * (as the person themselves, or as their manager under the tenant's settings, anonymous items only in groups
 * that reach the threshold), feedback the person gave only where the exporting HR admin is its receiver or
 * reads it as a manager, requests only their own. Everything else is counted, not shown: the person reads it
 * in Kadens. Praise is public within the tenant and exported whole.
 */
@Component
class FeedbackPersonalData implements PersonalDataExporter {

    record Received(UUID id, FeedbackSource source, String author, String text, String competency, LocalDate givenOn,
                    YearMonth period, boolean anonymous) {
    }

    record Given(UUID id, UUID receiverId, String text, String competency, LocalDate givenOn) {
    }

    record PraiseEntry(UUID id, UUID authorId, UUID recipientId, String text, java.time.OffsetDateTime givenAt) {
    }

    /** How many items the export leaves out because the exporting HR admin may not read them in Kadens. */
    record Withheld(int received, int given, int requests, String note) {
    }

    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final Feedback feedback;

    FeedbackPersonalData(FeedbackRepository repository, FeedbackAccess access, Feedback feedback) {
        this.repository = repository;
        this.access = access;
        this.feedback = feedback;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        UUID exporter = access.me().personId();
        boolean self = exporter.equals(personId);
        FeedbackSettings settings = access.settings();
        List<Received> received = new ArrayList<>();
        if (feedback.mayRead(personId)) {
            ReceivedFeedback readable = feedback.received(personId, FeedbackFilter.ALL);
            readable.named().forEach(item -> received.add(new Received(item.id(), item.source(), item.authorName(),
                    item.text(), item.competency(), item.givenOn(), item.period(), false)));
            readable.anonymousGroups().forEach(group -> group.items().forEach(item -> received.add(new Received(
                    item.id(), item.source(), null, item.text(), item.competency(), null, item.period(), true))));
        }
        // anonymous items are never counted here: a count that moves with each new item would date them
        long namedShown = received.stream().filter(item -> !item.anonymous()).count();
        long namedTotal = repository.about(exporter, personId, FeedbackFilter.ALL).stream()
                .filter(row -> !row.anonymous()).count();
        List<FeedbackRepository.Row> givenRows = repository.givenBy(personId, FeedbackFilter.ALL);
        List<Given> given = givenRows.stream()
                .filter(row -> self || (!row.anonymous() && access.seesOnReceiverSide(exporter, row, settings)))
                .map(row -> new Given(row.id(), row.receiverId(), row.body(), row.competency(), row.givenOn()))
                .toList();
        List<Map<String, Object>> requests = new ArrayList<>();
        List<FeedbackRepository.RequestRow> requestRows = repository.requestsBy(personId);
        if (self) {
            for (FeedbackRepository.RequestRow request : requestRows) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", request.id());
                entry.put("subjectId", request.subjectId());
                entry.put("question", request.question());
                entry.put("dueDate", request.dueDate());
                entry.put("askedOn", request.askedOn());
                requests.add(entry);
            }
        }
        List<PraiseEntry> praise = repository.praise(null, null, 100_000).stream()
                .filter(row -> row.authorId().equals(personId) || row.recipientId().equals(personId))
                .map(row -> new PraiseEntry(row.id(), row.authorId(), row.recipientId(), row.body(), row.givenAt()))
                .toList();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("feedback-received", received);
        parts.put("feedback-given", given);
        parts.put("feedback-requests", requests);
        parts.put("feedback-praise", praise);
        parts.put("feedback-withheld", new Withheld((int) Math.max(0, namedTotal - namedShown),
                givenRows.size() - given.size(), requestRows.size() - requests.size(),
                "Feedback the exporting HR admin cannot read in Kadens is not exported (anonymous feedback is not "
                        + "counted); the person reads it in Kadens."));
        return parts;
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("feedback.receiver_id", "feedback.author_id", "feedback_request.requester_id",
                "praise.author_id", "praise.recipient_id");
    }
}
