package io.kadens.goals;

import io.kadens.audit.AuditLog;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TransactionTenant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goal cycles and goal settings: everyone in the tenant reads them, HR admins change them.
 * A cycle that has goals cannot be deleted (close it instead).
 */
@Service
public class GoalAdministration {

    static final int MAX_CYCLE_NAME = 100;

    private final GoalCycleRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TransactionTenant tenant;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    GoalAdministration(GoalCycleRepository repository, CurrentUser currentUser, AuditLog audit,
                       TransactionTenant tenant, PlatformTransactionManager transactionManager) {
        this.tenant = tenant;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    /** The tenant's cycles, latest start first. */
    public List<GoalCycle> cycles() {
        requireTenantUser();
        return reads.execute(status -> repository.cycles());
    }

    public UUID createCycle(GoalCycleData data) {
        requireHrAdmin();
        validate(data);
        return transactions.execute(status -> createCycleUnchecked(data));
    }

    /** For the demo seed (system work inside a tenant scope). */
    UUID createCycleUnchecked(GoalCycleData data) {
        if (repository.cycleByName(data.name().strip()).isPresent()) {
            throw InvalidInputException.of("name", "goals.cycle.name.taken");
        }
        UUID id = UUID.randomUUID();
        repository.insertCycle(id, data);
        audit.record("goal.cycle.created", "goal_cycle", id.toString(), null, data);
        return id;
    }

    public void updateCycle(UUID cycleId, long expectedVersion, GoalCycleData data) {
        requireHrAdmin();
        validate(data);
        transactions.executeWithoutResult(status -> {
            GoalCycle before = repository.cycle(cycleId)
                    .orElseThrow(() -> new GoalNotFoundException("cycleId", "goals.cycle.not-found"));
            UUID sameName = repository.cycleByName(data.name().strip()).orElse(null);
            if (sameName != null && !sameName.equals(cycleId)) {
                throw InvalidInputException.of("name", "goals.cycle.name.taken");
            }
            if (!repository.updateCycle(cycleId, expectedVersion, data)) {
                throw new ConcurrentEditException("goal_cycle", cycleId);
            }
            audit.record("goal.cycle.updated", "goal_cycle", cycleId.toString(), before, data);
        });
    }

    public void deleteCycle(UUID cycleId, long expectedVersion) {
        requireHrAdmin();
        transactions.executeWithoutResult(status -> {
            GoalCycle before = repository.cycle(cycleId)
                    .orElseThrow(() -> new GoalNotFoundException("cycleId", "goals.cycle.not-found"));
            if (repository.cycleInUse(cycleId)) {
                throw InvalidInputException.of("cycleId", "goals.cycle.in-use");
            }
            if (!repository.deleteCycle(cycleId, expectedVersion)) {
                throw new ConcurrentEditException("goal_cycle", cycleId);
            }
            audit.record("goal.cycle.deleted", "goal_cycle", cycleId.toString(), before, null);
        });
    }

    public GoalSettings settings() {
        requireTenantUser();
        return reads.execute(status -> repository.settings());
    }

    /** Saves the settings if nobody saved since {@code settings.version()}; returns what is stored now. */
    public GoalSettings updateSettings(GoalSettings settings) {
        requireHrAdmin();
        if (settings == null || settings.staleAfterDays() < GoalSettings.MIN_STALE_AFTER_DAYS
                || settings.staleAfterDays() > GoalSettings.MAX_STALE_AFTER_DAYS) {
            throw InvalidInputException.of("staleAfterDays", "goals.settings.stale.range");
        }
        return transactions.execute(status -> {
            GoalSettings before = repository.settings();
            if (!repository.saveSettings(settings.staleAfterDays(), settings.version())) {
                throw new ConcurrentEditException("goal_settings", tenant.require().value());
            }
            GoalSettings after = repository.settings();
            audit.record("goal.settings.updated", "goal_settings", tenant.require().value().toString(), before, after);
            return after;
        });
    }

    private static void validate(GoalCycleData data) {
        if (data == null) {
            throw InvalidInputException.of("name", "goals.cycle.name.required");
        }
        new InvalidInputException.Collector()
                .check(data.name() != null && !data.name().isBlank(), "name", "goals.cycle.name.required")
                .check(data.name() == null || data.name().strip().length() <= MAX_CYCLE_NAME, "name",
                        "goals.cycle.name.too-long")
                .check(data.kind() != null, "kind", "goals.cycle.kind.required")
                .check(data.startsOn() != null && data.endsOn() != null, "startsOn", "goals.cycle.dates.required")
                .check(data.startsOn() == null || data.endsOn() == null || !data.endsOn().isBefore(data.startsOn()),
                        "endsOn", "goals.cycle.dates.order")
                .throwIfAny();
    }

    private KadensUser requireTenantUser() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("goal cycles belong to a tenant");
        }
        return user;
    }

    private void requireHrAdmin() {
        if (!requireTenantUser().has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins manage goal cycles and goal settings");
        }
    }
}
