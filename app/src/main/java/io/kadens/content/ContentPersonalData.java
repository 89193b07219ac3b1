package io.kadens.content;

import static io.kadens.db.Tables.CONTENT_DOCUMENT;

import io.kadens.privacy.PersonalDataExporter;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Company content's part of a person's data export: the documents they uploaded. The documents are
 * the company's, not the person's, so only what says something about the person is exported (which
 * document, when), not the file. After an erasure the rows stay and name the pseudonymised person.
 */
@Component
class ContentPersonalData implements PersonalDataExporter {

    record Upload(UUID documentId, String title, String kind, String fileName, OffsetDateTime uploadedAt) {
    }

    private final DSLContext db;

    ContentPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        var uploads = db.select(CONTENT_DOCUMENT.ID, CONTENT_DOCUMENT.TITLE, CONTENT_DOCUMENT.KIND,
                        CONTENT_DOCUMENT.FILE_NAME, CONTENT_DOCUMENT.UPLOADED_AT)
                .from(CONTENT_DOCUMENT)
                .where(CONTENT_DOCUMENT.UPLOADED_BY.eq(personId))
                .orderBy(CONTENT_DOCUMENT.UPLOADED_AT)
                .fetch(row -> new Upload(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
        return uploads.isEmpty() ? Map.of() : Map.of("content-uploads", uploads);
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("content_document.uploaded_by");
    }
}
