package io.kadens.feedback;

import static io.kadens.db.Tables.FEEDBACK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A feedback item's text for work the server does on it while nobody waits (the summary computes its sentence
 * vectors when the item is written). It is never shown to anyone: what a person may read is decided by
 * {@link Feedback}. Reads within the bound tenant only, like everything else.
 */
@Component
public class FeedbackTexts {

    private final DSLContext db;

    FeedbackTexts(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public Optional<String> textOf(UUID feedbackId) {
        return db.select(FEEDBACK.BODY).from(FEEDBACK).where(FEEDBACK.ID.eq(feedbackId)).fetchOptional(FEEDBACK.BODY);
    }

    /**
     * The bound tenant's feedback given on or after {@code since}, newest first, at most {@code limit} items: what a
     * restarted server prepares for the summaries managers are likely to open first.
     */
    @Transactional(readOnly = true)
    public List<Text> recent(LocalDate since, int limit) {
        return db.select(FEEDBACK.ID, FEEDBACK.BODY).from(FEEDBACK).where(FEEDBACK.GIVEN_ON.ge(since))
                .orderBy(FEEDBACK.GIVEN_ON.desc(), FEEDBACK.ID).limit(limit)
                .fetch(row -> new Text(row.value1(), row.value2()));
    }

    /** A feedback item's id and text. */
    public record Text(UUID id, String body) {
    }
}
