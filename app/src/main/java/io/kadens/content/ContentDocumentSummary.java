package io.kadens.content;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document in the company's content library, as lists show it (without the file itself). */
public record ContentDocumentSummary(UUID id, String title, DocumentKind kind, String language, String fileName,
                                     String mediaType, int sizeBytes, int chunkCount, UUID uploadedBy,
                                     String uploadedByName, OffsetDateTime uploadedAt, long version) {
}
