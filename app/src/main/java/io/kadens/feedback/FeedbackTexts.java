package io.kadens.feedback;

import static io.kadens.db.Tables.FEEDBACK;

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
}
