package io.kadens.learning;

import java.util.List;
import java.util.Locale;

/**
 * What an admin edits about a training item. Competencies and tags are free words; competencies
 * are matched case-insensitively (kept in lower case in the knowledge index).
 *
 * @param durationMinutes null when unknown
 */
public record TrainingItemData(String title, String description, ProviderKind providerKind, String providerName,
                               String url, TrainingFormat format, Integer durationMinutes, TrainingLevel level,
                               List<String> competencies, String language, List<String> tags) {

    public TrainingItemData {
        title = title == null ? null : title.strip();
        description = description == null ? "" : description.strip();
        providerName = blankToNull(providerName);
        url = blankToNull(url);
        competencies = words(competencies);
        tags = words(tags);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> words(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /** "leadership, coaching" -> [leadership, coaching]; commas or semicolons separate. */
    public static List<String> split(String text) {
        return text == null ? List.of() : words(List.of(text.split("[,;]")));
    }

    public List<String> competencyKeys() {
        return competencies.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
