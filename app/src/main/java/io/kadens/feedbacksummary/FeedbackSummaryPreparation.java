package io.kadens.feedbacksummary;

import io.kadens.ai.summary.FeedbackItem;
import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.feedback.FeedbackGiven;
import io.kadens.feedback.FeedbackTexts;
import io.kadens.tenants.TenantScope;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When feedback is given, computes its sentences' vectors for the summaries that will read it, after the giving
 * transaction has committed and off the giver's request (one background thread; when a burst fills its queue, the
 * rest is left to the first summary): a summary then only compares vectors instead of running the model once per
 * sentence while the manager waits. A failure here costs nothing but that speed.
 */
@Component
class FeedbackSummaryPreparation {

    private static final Logger log = LoggerFactory.getLogger(FeedbackSummaryPreparation.class);

    private final FeedbackTexts texts;
    private final FeedbackSummaries summaries;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "kadens-summary-preparation");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    FeedbackSummaryPreparation(FeedbackTexts texts, FeedbackSummaries summaries) {
        this.texts = texts;
        this.summaries = summaries;
    }

    /**
     * Hands the event to the worker once the giving transaction has committed (never after a rollback). Not a
     * {@code @TransactionalEventListener}: the event publication registry would store every such event in the giving
     * transaction and delete it again in a transaction of its own after the listener ran, two writes and a commit
     * per feedback given, to replay a warm-up that is best effort anyway (a full queue discards it)
     * (docs/decisions/2026-12-06-rest-persona-load.md).
     */
    @EventListener
    void given(FeedbackGiven event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // As a transactional listener before: no transaction, no commit to wait for, nothing prepared.
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.execute(() -> prepare(event));
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Computes the vectors now, in the caller's thread (tests call it directly). */
    void prepare(FeedbackGiven event) {
        try {
            TenantScope.run(event.tenantId(), () -> texts.textOf(event.feedbackId()).ifPresent(text ->
                    summaries.warm(List.of(new FeedbackItem(event.feedbackId().toString(), text, null, null, null,
                            false)))));
        } catch (RuntimeException failed) {
            log.warn("Could not prepare the summary vectors of feedback {}: {}", event.feedbackId(), failed.toString());
        }
    }
}
