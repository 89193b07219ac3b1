package io.kadens.feedback;

import io.kadens.privacy.PersonalDataExporter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A person's feedback for the GDPR export: feedback they received (named items with their authors;
 * anonymous items only in groups that reach the threshold, without author or day, as the person would see
 * them), named feedback they gave, their requests and praise. The authors of anonymous items stay sealed:
 * the export is made in an HR admin's session, and sealed authors are readable only through break-glass.
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

    private final FeedbackRepository repository;
    private final FeedbackAccess access;

    FeedbackPersonalData(FeedbackRepository repository, FeedbackAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        List<FeedbackRepository.Row> about = repository.about(personId, personId, FeedbackFilter.ALL);
        Map<UUID, String> names = repository.names(about.stream().map(FeedbackRepository.Row::authorId).toList());
        List<Received> received = new ArrayList<>();
        Map<FeedbackSource, List<FeedbackRepository.Row>> anonymous = new EnumMap<>(FeedbackSource.class);
        for (FeedbackRepository.Row row : about) {
            if (row.anonymous()) {
                anonymous.computeIfAbsent(row.source(), s -> new ArrayList<>()).add(row);
            } else {
                received.add(new Received(row.id(), row.source(), names.get(row.authorId()), row.body(),
                        row.competency(), row.givenOn(), YearMonth.from(row.givenOn()), false));
            }
        }
        int threshold = access.threshold();
        for (List<FeedbackRepository.Row> group : anonymous.values()) {
            if (repository.anonymousAuthorCount(group.stream().map(FeedbackRepository.Row::id).toList(), personId)
                    >= threshold) {
                group.stream().sorted(FeedbackService.BY_TEXT_HASH).forEach(row -> received.add(new Received(
                        row.id(), row.source(), null, row.body(), row.competency(), null,
                        YearMonth.from(row.givenOn()), true)));
            }
        }
        List<Given> given = repository.givenBy(personId, FeedbackFilter.ALL).stream()
                .filter(row -> !row.anonymous())
                .map(row -> new Given(row.id(), row.receiverId(), row.body(), row.competency(), row.givenOn()))
                .toList();
        List<Map<String, Object>> requests = new ArrayList<>();
        for (FeedbackRepository.RequestRow request : repository.requestsBy(personId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", request.id());
            entry.put("subjectId", request.subjectId());
            entry.put("question", request.question());
            entry.put("dueDate", request.dueDate());
            entry.put("askedOn", request.askedOn());
            requests.add(entry);
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
        return parts;
    }
}
