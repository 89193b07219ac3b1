package io.kadens.development;

import java.util.UUID;

/** Someone who offered to mentor in a competency, as a suggestion for a "learn from others" action. */
public record MentorSuggestion(UUID personId, String name, UUID competencyId, String competencyName) {
}
