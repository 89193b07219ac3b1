package io.kadens.competencies;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One sitting of ratings of a person, by themselves or by a manager above them. */
public record Assessment(UUID id, UUID personId, UUID assessorId, String assessorName, AssessmentKind kind,
                         OffsetDateTime assessedAt, List<Rating> ratings) {
}
