package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kadens.support.KadensSpringTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Scheduled work runs once per cluster: two schedulers (two instances) against one database never run the
 * same execution of a task, and the notification rounds have no schedule of their own that bypasses the
 * switch {@code kadens.notifications.scheduling}.
 */
@KadensSpringTest
class ClusterSchedulingTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ClusterScheduling.ClusterScheduler applicationScheduler;

    @Autowired
    List<ScheduledTaskHolder> springSchedules;

    /** One run as the running node saw it: the execution it had claimed, and by whom. */
    record Run(Instant executionTime, String pickedBy) {
    }

    @Test
    void twoInstancesRunEachExecutionOfATaskExactlyOnce() {
        String name = "test-once-per-cluster-" + UUID.randomUUID();
        List<Run> runs = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Runnable work = () -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                runs.add(claimedExecution(name));
                // Long enough for the other node's poll to find the task due, were it not claimed.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(60));
            } finally {
                inFlight.decrementAndGet();
            }
        };
        ClusterTask task = new ClusterTask(name, Duration.ofMillis(50), work);
        var first = new ClusterScheduling.ClusterScheduler(dataSource, List.of(task), "node-a", Duration.ofMillis(20), 2);
        var second = new ClusterScheduling.ClusterScheduler(dataSource, List.of(task), "node-b", Duration.ofMillis(20), 2);
        first.start();
        second.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> runs.size() >= 12);
        } finally {
            first.stop();
            second.stop();
        }
        List<Run> seen = List.copyOf(runs);
        assertThat(mostInFlight.get()).as("runs of the task at the same time").isEqualTo(1);
        assertThat(seen).extracting(Run::executionTime).as("each execution ran once").doesNotHaveDuplicates();
        assertThat(seen).extracting(Run::pickedBy).allMatch(node -> node.equals("node-a") || node.equals("node-b"));
    }

    @Test
    void theApplicationSchedulesItsTasksThroughTheClusterSchedulerOnly() {
        // The tests switch the notification rounds off: no cluster task and no Spring schedule may run them.
        assertThat(applicationScheduler.taskNames()).contains("event-publication-resubmission")
                .doesNotContain("notification-delivery", "notification-reminders");
        List<String> springScheduled = springSchedules.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).map(task -> task.getRunnable().toString()).toList();
        assertThat(springScheduled).noneMatch(runnable -> runnable.contains("DeliveryWorker")
                || runnable.contains("Reminders") || runnable.contains("EventPublicationResubmission"));
    }

    @Test
    void theSchedulerStartsAgainAfterAStop() {
        // The test framework pauses a cached context (stops its lifecycle beans) and starts it again later.
        String name = "test-restart-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        var scheduler = new ClusterScheduling.ClusterScheduler(dataSource,
                List.of(new ClusterTask(name, Duration.ofMillis(50), runs::incrementAndGet)), "node-r",
                Duration.ofMillis(20), 1);
        scheduler.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.get() >= 1);
        scheduler.stop();
        int before = runs.get();
        scheduler.start();
        try {
            assertThat(scheduler.isRunning()).isTrue();
            await().atMost(Duration.ofSeconds(60)).until(() -> runs.get() > before);
        } finally {
            scheduler.stop();
        }
    }

    private Run claimedExecution(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select execution_time, picked_by from scheduled_tasks where task_name = ? and picked")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the running execution is claimed in scheduled_tasks").isTrue();
                return new Run(row.getTimestamp(1).toInstant(), row.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
