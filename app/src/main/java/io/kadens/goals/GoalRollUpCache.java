package io.kadens.goals;

import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.goals.KeyResultRepository.KeyResultRow;
import io.kadens.goals.KeyResultRepository.MilestoneRow;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each tenant's goals, contributors, key results, milestones and rolled-up progress, kept in this app instance
 * under the tenant's roll-up version (V194, docs/decisions/2026-12-06-goal-roll-up-cache.md). The database moves
 * the version at the commit of every write that can change what the roll-up or a goal row shows, whichever
 * instance or tool wrote it, so a request costs one primary-key read while nothing changed. Must run inside a
 * transaction with the tenant bound: the version row, the cache key and the loaded rows all come from the tenant
 * that row-level security applies.
 */
@Component
class GoalRollUpCache {

    /** What the roll-up needs of one tenant, as loaded after reading {@code version}; never changed after. */
    record TenantGoals(UUID tenantId, long version, List<GoalRow> all, Map<UUID, Set<UUID>> contributors,
                       Map<UUID, List<KeyResultRow>> keyResults, Map<UUID, List<MilestoneRow>> milestones,
                       Map<UUID, Double> progress) {
    }

    /**
     * The bound tenant, its roll-up version (0 before its first goal write), and whether this very transaction
     * changed the tenant's goal facts: then the cache is not what this transaction sees, and the tables are read.
     */
    record Stamp(UUID tenantId, long version, boolean changedHere) {

        boolean cacheable() {
            return tenantId != null && !changedHere;
        }
    }

    private final DSLContext db;
    private final GoalRepository goals;
    private final KeyResultRepository keyResults;
    private final long maxGoals;
    /** Least recently used first; guarded by {@code this}. */
    private final LinkedHashMap<UUID, TenantGoals> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedGoals;
    /** One loader per tenant at a time: the others wait for its result instead of loading the same rows. */
    private final Map<UUID, ReentrantLock> loading = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicLong> loads = new ConcurrentHashMap<>();

    GoalRollUpCache(DSLContext db, GoalRepository goals, KeyResultRepository keyResults,
                    @Value("${kadens.goals.roll-up-cache.max-goals:200000}") long maxGoals) {
        this.db = db;
        this.goals = goals;
        this.keyResults = keyResults;
        this.maxGoals = maxGoals;
    }

    /** The bound tenant's goal facts, from the cache when its version is still current, else from the tables. */
    TenantGoals current() {
        Stamp stamp = stamp();
        if (!stamp.cacheable()) {
            return load(stamp);
        }
        TenantGoals cached = cached(stamp);
        if (cached != null) {
            return cached;
        }
        ReentrantLock lock = loading.computeIfAbsent(stamp.tenantId(), tenant -> new ReentrantLock());
        lock.lock();
        try {
            cached = cached(stamp);
            if (cached != null) {
                return cached;
            }
            TenantGoals loaded = load(stamp);
            store(loaded);
            return loaded;
        } finally {
            lock.unlock();
        }
    }

    /** One statement: the tenant row-level security applies, its version, and this transaction's own changes. */
    Stamp stamp() {
        Record row = db.resultQuery("""
                SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid,
                       (SELECT v.version FROM goal_roll_up_version v
                        WHERE v.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid),
                       coalesce(current_setting('kadens.goal_roll_up_touched', true), '')""").fetchOne();
        UUID tenant = row.get(0, UUID.class);
        Long version = row.get(1, Long.class);
        String touched = row.get(2, String.class);
        return new Stamp(tenant, version == null ? 0 : version, tenant != null && touched.contains(tenant.toString()));
    }

    /** The cached facts if they were loaded at exactly this version of this tenant, else null. */
    synchronized TenantGoals cached(Stamp stamp) {
        if (!stamp.cacheable()) {
            return null;
        }
        TenantGoals entry = entries.get(stamp.tenantId());
        return entry != null && entry.version() == stamp.version() && entry.tenantId().equals(stamp.tenantId())
                ? entry : null;
    }

    /** How often this tenant's tables were read in full (for tests: a read at an unchanged version reads none). */
    long loads(UUID tenantId) {
        AtomicLong count = loads.get(tenantId);
        return count == null ? 0 : count.get();
    }

    private TenantGoals load(Stamp stamp) {
        if (stamp.tenantId() != null) {
            loads.computeIfAbsent(stamp.tenantId(), tenant -> new AtomicLong()).incrementAndGet();
        }
        List<GoalRow> all = goals.allGoals();
        Map<UUID, Set<UUID>> contributors = new HashMap<>();
        goals.contributors(null).forEach((goal, people) -> contributors.put(goal, Set.copyOf(people)));
        Map<UUID, List<KeyResultRow>> keyResultsByGoal = keyResults.keyResults(null).stream()
                .collect(Collectors.groupingBy(KeyResultRow::goalId));
        Map<UUID, List<MilestoneRow>> milestones = keyResults.milestones(null).stream()
                .collect(Collectors.groupingBy(MilestoneRow::keyResultId));
        Map<UUID, Double> progress = GoalProgress.rollUp(GoalSnapshot.rollUpInputs(all, keyResultsByGoal, milestones));
        return new TenantGoals(stamp.tenantId(), stamp.version(), List.copyOf(all),
                Collections.unmodifiableMap(contributors), Collections.unmodifiableMap(keyResultsByGoal),
                Collections.unmodifiableMap(milestones), Collections.unmodifiableMap(progress));
    }

    /** Keeps the newest load of each tenant; the least recently used tenants leave when too many goals are held. */
    private synchronized void store(TenantGoals loaded) {
        TenantGoals previous = entries.put(loaded.tenantId(), loaded);
        cachedGoals += weight(loaded) - (previous == null ? 0 : weight(previous));
        Iterator<TenantGoals> eldest = entries.values().iterator();
        while (cachedGoals > maxGoals && eldest.hasNext()) {
            TenantGoals evicted = eldest.next();
            if (evicted == loaded) {
                break;
            }
            cachedGoals -= weight(evicted);
            eldest.remove();
        }
    }

    private static long weight(TenantGoals goals) {
        return goals.all().size() + 1L;
    }
}
