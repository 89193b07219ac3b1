package io.kadens.feedbacksummary;

import io.kadens.ai.summary.FeedbackItem;
import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.feedback.FeedbackGiven;
import io.kadens.feedback.FeedbackTexts;
import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When feedback is given, computes its sentences' vectors for the summaries that will read it, after the giving
 * transaction has committed and off the giver's request (one background thread; when a burst fills its queue, the
 * rest is left to the first summary): a summary then only compares vectors instead of running the model once per
 * sentence while the manager waits. A failure here costs nothing but that speed.
 *
 * <p>The vectors live in memory, so a restart loses them and the first summary of each person would run the model on
 * every sentence again (seconds for a few hundred items). Once the server is ready, the same worker therefore prepares
 * each active tenant's feedback of the last year, newest first, up to what the vector cache holds
 * ({@code kadens.ai.summary.cached-sentences}, at about four sentences an item).
 */
@Component
class FeedbackSummaryPreparation {

    private static final Logger log = LoggerFactory.getLogger(FeedbackSummaryPreparation.class);

    /** Sentences per feedback item, generously: how many items the vector cache can hold after a restart. */
    private static final int SENTENCES_PER_ITEM = 4;
    /** One tenant's share, so that one large tenant does not leave the others unprepared. */
    private static final int ITEMS_PER_TENANT = 2_000;

    private final FeedbackTexts texts;
    private final FeedbackSummaries summaries;
    private final Organisations organisations;
    private final Clock clock;
    private final int itemsAfterStart;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "kadens-summary-preparation");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    FeedbackSummaryPreparation(FeedbackTexts texts, FeedbackSummaries summaries, Organisations organisations,
                               Clock clock, @Value("${kadens.ai.summary.cached-sentences:20000}") int cachedSentences) {
        this.texts = texts;
        this.summaries = summaries;
        this.organisations = organisations;
        this.clock = clock;
        this.itemsAfterStart = cachedSentences / SENTENCES_PER_ITEM;
    }

    /** Once the server is ready, in the background: the recent feedback of every active tenant. */
    @EventListener(ApplicationReadyEvent.class)
    void serverReady() {
        worker.execute(this::prepareRecentFeedback);
    }

    /** Prepares the recent feedback of every active tenant now, in the caller's thread (tests call it directly). */
    void prepareRecentFeedback() {
        long started = System.nanoTime();
        LocalDate since = LocalDate.now(clock).minusYears(1);
        int prepared = 0;
        int tenants = 0;
        for (TenantId tenant : organisations.activeTenants()) {
            int limit = Math.min(ITEMS_PER_TENANT, itemsAfterStart - prepared);
            if (limit <= 0) {
                break;
            }
            try {
                List<FeedbackTexts.Text> recent = TenantScope.call(tenant, () -> texts.recent(since, limit));
                TenantScope.run(tenant, () -> summaries.warm(recent.stream()
                        .map(text -> new FeedbackItem(text.id().toString(), text.body(), null, null, null, false))
                        .toList()));
                prepared += recent.size();
                tenants++;
            } catch (RuntimeException failed) {
                log.warn("Could not prepare the summary vectors of tenant {} after the start: {}", tenant,
                        failed.toString());
            }
        }
        log.info("Prepared the summary vectors of {} feedback items of {} tenants after the start in {} ms", prepared,
                tenants, (System.nanoTime() - started) / 1_000_000);
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
