package io.kadens.ai.learningpaths;

import io.kadens.ai.Languages;
import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.CourseLevel;
import java.util.List;
import java.util.Objects;

/**
 * What HR asks for: a learning path or a course outline for one competency up to a level, and the
 * material it may rest on (company content passages and library items, already limited by the
 * application to what the requester may see).
 *
 * @param targetLevel 1..scale: the proficiency the path leads to
 * @param passages    company content about the competency, best match first
 * @param library     training library items that teach the competency
 */
public record LearningPathRequest(Kind kind, Subject competency, int targetLevel, int scale, String language,
                                  List<Passage> passages, List<LibraryItem> library) {

    public enum Kind {
        /** An ordered sequence of existing library items and readings, ending in practice. */
        LEARNING_PATH,
        /** Modules of a new internal course built from the company's own content. */
        COURSE_OUTLINE
    }

    public LearningPathRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(competency, "competency");
        if (scale < 2 || scale > 10 || targetLevel < 1 || targetLevel > scale) {
            throw new IllegalArgumentException("target level must be 1 to the scale's " + scale);
        }
        language = Languages.require(language == null ? Languages.ENGLISH : language);
        passages = passages == null ? List.of() : passages.stream().filter(Objects::nonNull).toList();
        library = library == null ? List.of() : library.stream().filter(Objects::nonNull).toList();
    }

    /** The competency, with its behavioural indicators ({@code indicators.get(n - 1)} for level n). */
    public record Subject(String id, String name, String description, List<String> indicators) {
        public Subject {
            Objects.requireNonNull(id, "competency id");
            name = name == null ? id : name.strip();
            description = description == null ? "" : description.strip();
            indicators = indicators == null ? List.of() : indicators.stream().map(t -> t == null ? "" : t.strip()).toList();
        }

        public String indicator(int level) {
            return level >= 1 && level <= indicators.size() ? indicators.get(level - 1) : "";
        }

        public SourceRef source() {
            return SourceRef.of("competency", id);
        }
    }

    /**
     * A passage of company content.
     *
     * @param similarity how close it is to the competency (cosine, from the knowledge search), 0..1
     */
    public record Passage(SourceRef source, String title, String text, double similarity) {
        public Passage {
            Objects.requireNonNull(source, "source");
            title = title == null ? "" : title.strip();
            text = text == null ? "" : text.strip();
        }
    }

    /** A training library item; {@code level} null when the library gives none. */
    public record LibraryItem(String id, String title, String description, List<String> competencies, CourseLevel level,
                              Integer durationMinutes) {
        public LibraryItem {
            Objects.requireNonNull(id, "item id");
            title = title == null ? "" : title.strip();
            description = description == null ? "" : description.strip();
            competencies = competencies == null ? List.of() : competencies.stream().filter(Objects::nonNull)
                    .map(String::strip).toList();
        }

        public SourceRef source() {
            return SourceRef.of("training_item", id);
        }
    }
}
