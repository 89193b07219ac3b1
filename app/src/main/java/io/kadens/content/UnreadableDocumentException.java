package io.kadens.content;

/**
 * A file Kadens will not index, with the i18n key of the reason the uploader sees
 * (encrypted PDF, no text, wrong type, too large). Thrown before anything is written.
 */
public class UnreadableDocumentException extends RuntimeException {

    private final String messageKey;

    public UnreadableDocumentException(String messageKey, String detail) {
        super(messageKey + (detail == null ? "" : ": " + detail));
        this.messageKey = messageKey;
    }

    public UnreadableDocumentException(String messageKey, String detail, Throwable cause) {
        super(messageKey + (detail == null ? "" : ": " + detail), cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
