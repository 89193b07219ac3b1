package io.kadens.content;

import java.util.Locale;
import java.util.Optional;

/** The file formats company content can be uploaded in, recognised by extension and then checked by content. */
public enum DocumentFormat {
    MARKDOWN("text/markdown", ".md", ".markdown"),
    PDF("application/pdf", ".pdf"),
    HTML("text/html", ".html", ".htm"),
    TEXT("text/plain", ".txt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private final String mediaType;
    private final String[] extensions;

    DocumentFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name claims by its extension; the content is checked separately. */
    public static Optional<DocumentFormat> byFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        for (DocumentFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** For the upload component: what the file chooser offers. */
    public static String[] acceptedExtensions() {
        return java.util.Arrays.stream(values()).flatMap(f -> java.util.Arrays.stream(f.extensions))
                .toArray(String[]::new);
    }
}
