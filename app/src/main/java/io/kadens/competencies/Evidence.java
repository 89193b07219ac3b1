package io.kadens.competencies;

import java.util.List;
import java.util.UUID;

/** What a rating rests on: goals, feedback items and 1:1 check-ins, by id. */
public record Evidence(List<UUID> goalIds, List<UUID> feedbackIds, List<UUID> checkInIds) {

    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    public Evidence {
        goalIds = goalIds == null ? List.of() : goalIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        feedbackIds = feedbackIds == null ? List.of() : feedbackIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        checkInIds = checkInIds == null ? List.of() : checkInIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public boolean isEmpty() {
        return goalIds.isEmpty() && feedbackIds.isEmpty() && checkInIds.isEmpty();
    }
}
