package io.kadens.goals;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.IndexProgress;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.SourceRef;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one chunk per goal in the knowledge index (title, description and key results with targets and
 * units: what similar-goal search needs), after the goal's transaction committed.
 *
 * <p>The listeners run after commit, so a failed embedding never undoes a goal. Spring Modulith's event
 * publication registry records each event before the commit and marks it completed when the listener
 * returns; a listener that failed, or a crash in between, leaves it incomplete for resubmission
 * (docs/decisions/2026-12-05-events-and-publication-registry.md). Each run reads the goal as it is then, so
 * running twice or late does no harm. The work binds the event's tenant itself: a resubmission runs
 * without a signed-in user, and after commit the original transaction's resources are still bound, hence a
 * new transaction.
 */
@Component
class GoalKnowledgeIndexing {

    private final GoalRepository goals;
    private final KeyResultRepository keyResults;
    private final KnowledgeIndex index;
    private final TenantSettingsService tenantSettings;
    private final TransactionTemplate transactions;

    GoalKnowledgeIndexing(GoalRepository goals, KeyResultRepository keyResults, KnowledgeIndex index,
                          TenantSettingsService tenantSettings, PlatformTransactionManager transactionManager) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.index = index;
        this.tenantSettings = tenantSettings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void created(GoalCreated event) {
        reindex(event.tenantId(), event.goalId());
    }

    @TransactionalEventListener
    void updated(GoalUpdated event) {
        reindex(event.tenantId(), event.goalId());
    }

    @TransactionalEventListener
    void deleted(GoalDeleted event) {
        reindex(event.tenantId(), event.goalId());
    }

    /** Writes the goal's chunk as the goal is now; a goal that no longer exists leaves the index. */
    void reindex(UUID tenantId, UUID goalId) {
        TenantScope.run(new TenantId(tenantId), () -> transactions.executeWithoutResult(status -> {
            SourceRef source = SourceRef.of(Goals.SOURCE_TYPE, goalId);
            Optional<GoalRow> goal = goals.goal(goalId);
            if (goal.isEmpty()) {
                index.deleteSource(source);
                return;
            }
            List<KeyResultRow> rows = keyResults.keyResults(List.of(goalId));
            Map<UUID, List<MilestoneRow>> milestones = keyResults.milestones(rows.stream().map(KeyResultRow::id)
                    .toList()).stream().collect(Collectors.groupingBy(MilestoneRow::keyResultId));
            index.replaceSource(source, List.of(chunk(goal.get(), rows, milestones, tenantSettings.current().locale())),
                    IndexProgress.NONE);
        }));
    }

    static ChunkDraft chunk(GoalRow goal, List<KeyResultRow> keyResults, Map<UUID, List<MilestoneRow>> milestones,
                            String language) {
        StringBuilder text = new StringBuilder(goal.title());
        if (!goal.description().isBlank()) {
            text.append('\n').append(goal.description());
        }
        for (KeyResultRow kr : keyResults) {
            text.append("\n- ").append(kr.title());
            switch (kr.type()) {
                case NUMERIC -> text.append(": ").append(plain(kr.startValue())).append(" → ")
                        .append(plain(kr.targetValue())).append(kr.unit() == null ? "" : " " + kr.unit());
                case PERCENTAGE -> text.append(": ").append(plain(kr.startValue())).append("% → ")
                        .append(plain(kr.targetValue())).append('%');
                case BOOLEAN -> {
                }
                case MILESTONES -> text.append(": ").append(milestones.getOrDefault(kr.id(), List.of()).stream()
                        .map(MilestoneRow::title).collect(Collectors.joining("; ")));
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ChunkDraft.TITLE, goal.title());
        metadata.put(ChunkDraft.LINK, "goals/" + goal.id());
        metadata.put("level", goal.level().name());
        metadata.put("kind", goal.kind().name());
        if (goal.endsOn() != null) {
            metadata.put("periodEnd", goal.endsOn().toString());
        }
        String chunk = text.length() > 2000 ? text.substring(0, 2000) : text.toString();
        return new ChunkDraft(chunk, "sv".equals(language) ? "sv" : "en", List.of(), metadata);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
