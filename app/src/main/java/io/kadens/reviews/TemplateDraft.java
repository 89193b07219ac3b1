package io.kadens.reviews;

import java.util.List;

/** What an HR admin saves: a template's names and sections. Ids left null are given on save. */
public record TemplateDraft(String nameEn, String nameSv, List<TemplateSection> sections) {

    public TemplateDraft {
        sections = sections == null ? List.of() : sections;
    }
}
