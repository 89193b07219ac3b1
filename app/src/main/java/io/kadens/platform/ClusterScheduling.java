package io.kadens.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs every {@link ClusterTask} bean once per cluster with db-scheduler: each task is a row of
 * {@code scheduled_tasks} (V140); an instance runs a due task only after its optimistic claim of that
 * row has succeeded, so two instances never run the same execution, and a claim whose instance died
 * (no heartbeat) is taken over by another (docs/decisions/2026-12-05-scheduled-work-once-per-cluster.md).
 *
 * <p>{@code kadens.scheduling.enabled=false} turns the whole scheduler off on an instance (e.g. a
 * web-only node); each feature has its own switch for its tasks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kadens.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ClusterScheduling {

    @Bean
    ClusterScheduler clusterScheduler(DataSource dataSource, List<ClusterTask> tasks,
                                      @Value("${kadens.scheduling.polling-interval:PT5S}") Duration pollingInterval,
                                      @Value("${kadens.scheduling.threads:2}") int threads,
                                      @Value("${kadens.scheduling.heartbeat-interval:PT15S}") Duration heartbeatInterval) {
        return new ClusterScheduler(dataSource, tasks, nodeName(), pollingInterval, threads, heartbeatInterval);
    }

    /** Host name and process id: two instances on one host (tests, a small deployment) tell apart in picked_by. */
    static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "#" + ProcessHandle.current().pid();
    }

    /** The running db-scheduler, started after the context is ready and stopped before the data source closes. */
    static final class ClusterScheduler implements SmartLifecycle {

        private static final Logger LOG = LoggerFactory.getLogger(ClusterScheduler.class);
        static final int MISSED_HEARTBEATS = 4;

        private final java.util.function.Supplier<Scheduler> schedulers;
        private final List<String> taskNames;
        private volatile Scheduler scheduler;
        private volatile boolean running;

        ClusterScheduler(DataSource dataSource, List<ClusterTask> tasks, String nodeName, Duration pollingInterval,
                         int threads) {
            this(dataSource, tasks, nodeName, pollingInterval, threads, Duration.ofSeconds(15));
        }

        /**
         * @param heartbeatInterval how often a node marks the executions it runs as alive; an execution whose
         *                          node missed {@value #MISSED_HEARTBEATS} beats (killed mid-run) is taken over.
         *                          db-scheduler's default (5 min, 6 beats) would stop that task for half an hour.
         */
        ClusterScheduler(DataSource dataSource, List<ClusterTask> tasks, String nodeName, Duration pollingInterval,
                         int threads, Duration heartbeatInterval) {
            Set<String> names = new HashSet<>();
            List<RecurringTask<Void>> recurring = tasks.stream().map(task -> {
                if (!names.add(task.name())) {
                    throw new IllegalStateException("two cluster tasks are called " + task.name());
                }
                return Tasks.recurring(task.name(), FixedDelay.of(task.interval()))
                        .execute((instance, context) -> run(task));
            }).toList();
            this.taskNames = List.copyOf(names);
            // A stopped db-scheduler cannot start again (its executors are shut down): each start builds one.
            // Recurring tasks are start tasks only: db-scheduler adds them to its known tasks itself.
            this.schedulers = () -> Scheduler.create(dataSource)
                    .startTasks(recurring)
                    .schedulerName(new SchedulerName.Fixed(nodeName))
                    .pollingInterval(pollingInterval)
                    .threads(Math.max(1, threads))
                    .shutdownMaxWait(Duration.ofSeconds(10))
                    .heartbeatInterval(heartbeatInterval)
                    .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                    .build();
        }

        private static void run(ClusterTask task) {
            try {
                task.work().run();
            } catch (RuntimeException e) {
                // The next run comes at the task's interval all the same; the work itself is idempotent.
                LOG.warn("scheduled task {} failed; it runs again at its next interval", task.name(), e);
            }
        }

        List<String> taskNames() {
            return taskNames;
        }

        @Override
        public synchronized void start() {
            if (running) {
                return;
            }
            scheduler = schedulers.get();
            scheduler.start();
            running = true;
        }

        @Override
        public synchronized void stop() {
            if (scheduler != null) {
                scheduler.stop();
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
