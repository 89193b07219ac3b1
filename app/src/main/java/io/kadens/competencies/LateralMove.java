package io.kadens.competencies;

import java.util.UUID;

/** A move HR allows from a level of one family to a level of another. */
public record LateralMove(UUID id, UUID fromFamilyId, UUID fromLevelId, UUID toFamilyId, UUID toLevelId) {
}
