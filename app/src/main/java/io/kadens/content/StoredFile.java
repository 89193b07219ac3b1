package io.kadens.content;

/** A stored file as it was uploaded, for download. */
public record StoredFile(String fileName, String mediaType, byte[] content) {
}
