package io.kadens.feedbacksummary;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.feedback.FeedbackGiven;
import io.kadens.feedback.FeedbackTexts;
import io.kadens.tenants.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The summary vectors of feedback are prepared after the giving transaction committed, never after a rollback, and
 * without the event publication registry (docs/decisions/2026-12-06-rest-persona-load.md).
 */
class FeedbackSummaryPreparationTest {

    private final FeedbackTexts texts = mock(FeedbackTexts.class);
    private final FeedbackSummaries summaries = mock(FeedbackSummaries.class);
    private final FeedbackSummaryPreparation preparation = new FeedbackSummaryPreparation(texts, summaries);
    private final TenantId tenant = new TenantId(UUID.randomUUID());

    @AfterEach
    void stop() {
        preparation.stop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void preparesOnlyOnceTheGivingTransactionHasCommitted() {
        FeedbackGiven given = given("Thanks for the clear plan.");
        List<TransactionSynchronization> transaction = inTransaction(given);
        verify(texts, never()).textOf(given.feedbackId());

        transaction.forEach(TransactionSynchronization::afterCommit);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(summaries).warm(
                argThat(items -> items.size() == 1 && items.getFirst().text().equals("Thanks for the clear plan."))));
    }

    @Test
    void preparesNothingWhenTheGivingTransactionRolledBack() {
        FeedbackGiven rolledBack = given("Never saved.");
        inTransaction(rolledBack).forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        // One worker thread, first in first out: once a later committed event is prepared, the rolled back one
        // would have been too.
        FeedbackGiven committed = given("Saved.");
        inTransaction(committed).forEach(TransactionSynchronization::afterCommit);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(texts).textOf(committed.feedbackId()));
        verify(texts, never()).textOf(rolledBack.feedbackId());
    }

    @Test
    void preparesNothingOutsideATransaction() {
        FeedbackGiven outside = given("No transaction.");
        preparation.given(outside);
        FeedbackGiven committed = given("Saved.");
        inTransaction(committed).forEach(TransactionSynchronization::afterCommit);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(texts).textOf(committed.feedbackId()));
        verify(texts, never()).textOf(outside.feedbackId());
    }

    private FeedbackGiven given(String text) {
        FeedbackGiven event = new FeedbackGiven(tenant, UUID.randomUUID(), UUID.randomUUID(), null);
        when(texts.textOf(event.feedbackId())).thenReturn(Optional.of(text));
        return event;
    }

    /** Publishes the event inside a (simulated) transaction and hands back what is to run on its completion. */
    private List<TransactionSynchronization> inTransaction(FeedbackGiven event) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            preparation.given(event);
            return TransactionSynchronizationManager.getSynchronizations();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
