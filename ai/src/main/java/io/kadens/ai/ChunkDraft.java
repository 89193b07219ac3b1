package io.kadens.ai;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of a source, ready to be embedded and indexed.
 *
 * @param text         what is embedded and searched (a heading path followed by its paragraphs reads best)
 * @param language     {@code en} or {@code sv}: chooses the full-text configuration ({@code english}/{@code swedish})
 * @param competencies competency identifiers this chunk is about; the search filter matches them exactly
 * @param metadata     free string attributes kept with the chunk and returned with every hit; well-known keys
 *                     are {@link #TITLE}, {@link #HEADING} and {@link #LINK}
 */
public record ChunkDraft(String text, String language, List<String> competencies, Map<String, String> metadata) {

    /** The title of the source the chunk belongs to (a document name, a course title). */
    public static final String TITLE = "title";
    /** The heading path inside the source, e.g. "Values > Courage". */
    public static final String HEADING = "heading";
    /** The application route or URL that shows the source; the search API returns it as the hit's link. */
    public static final String LINK = "link";

    public ChunkDraft {
        Objects.requireNonNull(text, "text");
        text = text.replace("\u0000", ""); // extracted text may hold NUL characters, which PostgreSQL refuses
        if (text.isBlank()) {
            throw new IllegalArgumentException("a chunk needs text");
        }
        language = Languages.require(language);
        competencies = competencies == null ? List.of()
                : competencies.stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toList();
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public ChunkDraft(String text, String language) {
        this(text, language, List.of(), Map.of());
    }
}
