package io.kadens.content;

import java.util.UUID;

/**
 * A file an HR admin hands in.
 *
 * @param title    shown in lists; null takes the document's own title, else the file name
 * @param language {@code en} or {@code sv}; null lets Kadens tell from the text
 * @param replaces the document this file replaces; null replaces a document with the same file name, if any
 */
public record ContentUpload(String fileName, byte[] content, DocumentKind kind, String language, String title,
                            UUID replaces) {
}
