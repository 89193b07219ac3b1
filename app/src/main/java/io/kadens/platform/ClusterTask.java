package io.kadens.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * Recurring work that runs once per cluster, however many instances run Kadens: declare one as a bean and
 * {@link ClusterScheduling} runs it every {@code interval} (measured from the end of the previous run) on
 * whichever instance claims the run first. The work binds each tenant itself (it runs with no tenant bound).
 *
 * @param name unique and stable: it is the task's row in {@code scheduled_tasks}
 */
public record ClusterTask(String name, Duration interval, Runnable work) {

    public ClusterTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (name.isBlank() || interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a cluster task needs a name and a positive interval: " + name);
        }
    }
}
