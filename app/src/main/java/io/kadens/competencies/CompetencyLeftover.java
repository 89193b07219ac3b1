package io.kadens.competencies;

import java.util.Map;

/**
 * A free-text competency value that matched no competency: as written, how often it is used in all, and where
 * (place key, such as {@code FEEDBACK} or {@code TRAINING_ITEM}, to count).
 */
public record CompetencyLeftover(String value, int count, Map<String, Integer> uses) {
}
