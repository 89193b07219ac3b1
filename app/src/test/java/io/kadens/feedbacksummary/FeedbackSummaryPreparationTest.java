package io.kadens.feedbacksummary;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.kadens.ai.summary.FeedbackSummaries;
import io.kadens.feedback.FeedbackGiven;
import io.kadens.ai.summary.FeedbackItem;
import io.kadens.feedback.FeedbackTexts;
import io.kadens.organisation.Organisations;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The summary vectors of feedback are prepared after the giving transaction committed, never after a rollback, and
 * without the event publication registry (docs/decisions/2026-12-06-rest-persona-load.md); after a restart, each active
 * tenant's recent feedback is prepared in its own tenant's scope, within what the vector cache holds.
 */
class FeedbackSummaryPreparationTest {

    private final FeedbackTexts texts = mock(FeedbackTexts.class);
    private final FeedbackSummaries summaries = mock(FeedbackSummaries.class);
    private final Organisations organisations = mock(Organisations.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    /** A cache of 1,000 sentences holds the sentences of 250 items at four an item. */
    private final FeedbackSummaryPreparation preparation = new FeedbackSummaryPreparation(texts, summaries,
            organisations, clock, 1_000);
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

    @Test
    void afterAStartEachActiveTenantsRecentFeedbackIsPreparedInItsOwnScopeWithinWhatTheCacheHolds() {
        TenantId first = new TenantId(UUID.randomUUID());
        TenantId failing = new TenantId(UUID.randomUUID());
        TenantId last = new TenantId(UUID.randomUUID());
        when(organisations.activeTenants()).thenReturn(List.of(first, failing, last));
        List<LocalDate> since = new ArrayList<>();
        when(texts.recent(any(), org.mockito.ArgumentMatchers.anyInt())).thenAnswer(call -> {
            since.add(call.getArgument(0));
            TenantId tenant = TenantScope.explicitTenant().orElseThrow();
            if (tenant.equals(failing)) {
                throw new IllegalStateException("database gone for a moment");
            }
            return texts(tenant.equals(first) ? 180 : call.<Integer>getArgument(1));
        });
        Map<TenantId, List<FeedbackItem>> warmed = new LinkedHashMap<>();
        doAnswer(call -> warmed.put(TenantScope.explicitTenant().orElseThrow(), call.getArgument(0)))
                .when(summaries).warm(any());

        preparation.prepareRecentFeedback();

        // The first tenant's 180 items leave room for 70 more; a tenant that fails costs only its own preparation.
        assertThat(warmed).containsOnlyKeys(first, last);
        assertThat(warmed.get(first)).hasSize(180).first()
                .satisfies(item -> assertThat(item.text()).isEqualTo("Feedback number 0."));
        assertThat(warmed.get(last)).hasSize(70);
        assertThat(since).containsOnly(LocalDate.parse("2025-12-07"));
    }

    @Test
    void afterAStartNothingIsPreparedOnceTheCacheIsFull() {
        TenantId large = new TenantId(UUID.randomUUID());
        TenantId next = new TenantId(UUID.randomUUID());
        when(organisations.activeTenants()).thenReturn(List.of(large, next));
        when(texts.recent(LocalDate.parse("2025-12-07"), 250)).thenReturn(texts(250));

        preparation.prepareRecentFeedback();

        verify(summaries).warm(argThat(items -> items.size() == 250));
        verify(texts, never()).recent(any(), org.mockito.ArgumentMatchers.intThat(limit -> limit < 250));
    }

    private static List<FeedbackTexts.Text> texts(int count) {
        List<FeedbackTexts.Text> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(new FeedbackTexts.Text(UUID.randomUUID(), "Feedback number " + i + "."));
        }
        return texts;
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
