package io.kadens.goals.coach;

import java.util.Map;

/**
 * The checklist: per criterion ({@code specific, measurable, achievable, relevant, timeBound}) whether
 * the goal meets it and why, in the goal's language.
 */
public record CoachCheck(Map<String, Criterion> criteria, String language) {

    public record Criterion(boolean pass, String reason) {
    }

    public int score() {
        return (int) criteria.values().stream().filter(Criterion::pass).count();
    }
}
