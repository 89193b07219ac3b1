package io.kadens.learning;

/** Assignments of one department by state, for the completion chart. */
public record TeamCompletion(String team, int notStarted, int inProgress, int completed, int overdue) {

    public int total() {
        return notStarted + inProgress + completed;
    }

    public int completedPercent() {
        return total() == 0 ? 0 : Math.round(100f * completed / total());
    }
}
