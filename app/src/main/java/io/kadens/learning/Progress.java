package io.kadens.learning;

import java.time.LocalDate;

/**
 * A person's progress on one item.
 *
 * @param version for optimistic locking; -1 when nothing was recorded yet
 */
public record Progress(ProgressStatus status, int percent, LocalDate completedOn, long version) {

    public static final Progress NONE = new Progress(ProgressStatus.NOT_STARTED, 0, null, -1);
}
