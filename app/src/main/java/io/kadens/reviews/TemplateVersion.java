package io.kadens.reviews;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One immutable version of a template: what a cycle launched with it asks. */
public record TemplateVersion(UUID templateId, int number, String nameEn, String nameSv,
                              List<TemplateSection> sections, Instant createdAt) {

    public TemplateVersion {
        sections = List.copyOf(sections);
    }

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }

    /** The questions in order, across sections. */
    public List<TemplateQuestion> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }
}
