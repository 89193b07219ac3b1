package io.kadens.goals;

import static io.kadens.db.Tables.GOAL;

import io.kadens.ai.SearchAccessRule;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees a goal in knowledge search and in AI citations (similar goals the SMART coach draws on):
 * exactly who sees it on the goal's own page, by the same {@link GoalAccess#maySee} rule. A page of
 * hits costs a fixed number of queries: the viewer's facts once, the goals and their contributors in
 * one query each.
 */
@Component
class GoalSearchAccess implements SearchAccessRule {

    private final GoalRepository repository;
    private final GoalAccess access;
    private final CurrentUser currentUser;
    private final TransactionTemplate reads;

    GoalSearchAccess(GoalRepository repository, GoalAccess access, CurrentUser currentUser,
                     PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    @Override
    public Set<String> sourceTypes() {
        return Set.of(SourceTypes.GOAL);
    }

    @Override
    public Set<SourceRef> visibleToRequester(Collection<SourceRef> sources) {
        Map<UUID, SourceRef> byId = new HashMap<>();
        for (SourceRef source : sources) {
            parse(source.id()).ifPresent(id -> byId.put(id, source));
        }
        // Goals belong to a tenant's people: the operator and anonymous callers see none.
        if (byId.isEmpty() || currentUser.get().map(KadensUser::isOperator).orElse(true)) {
            return Set.of();
        }
        Set<SourceRef> visible = reads.execute(status -> {
            Viewer viewer = access.current();
            Map<UUID, Set<UUID>> contributors = repository.contributors(byId.keySet());
            return repository.goals(GOAL.ID.in(byId.keySet())).stream()
                    .filter(goal -> access.maySee(viewer, goal, contributors.getOrDefault(goal.id(), Set.of())))
                    .map(goal -> byId.get(goal.id())).collect(Collectors.toSet());
        });
        return visible == null ? Set.of() : visible;
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAGoalId) {
            return java.util.Optional.empty();
        }
    }
}
