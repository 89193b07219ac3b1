package io.kadens.goals.coach;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the coach checks: a goal as typed, and what it knows about the goal's place.
 *
 * @param text         the goal (title, or title and description), at most 1000 characters
 * @param language     {@code en} or {@code sv}; detected from the text when absent
 * @param parentGoalId the parent goal, which the caller must be able to see
 * @param periodEnd    the last day of the goal's period
 */
public record CoachRequest(
        @Schema(description = "The goal as typed", example = "Improve customer satisfaction") String text,
        @Schema(description = "en or sv; detected from the text when absent", nullable = true) String language,
        @Schema(description = "The parent goal; one the caller may not see answers like a missing one",
                nullable = true) UUID parentGoalId,
        @Schema(description = "The last day of the goal's period: the deadline a suggestion uses",
                nullable = true) LocalDate periodEnd) {

    public static CoachRequest of(String text) {
        return new CoachRequest(text, null, null, null);
    }
}
