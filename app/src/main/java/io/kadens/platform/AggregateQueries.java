package io.kadens.platform;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a transaction that runs aggregate queries over a large share of a tenant's rows (the analytics pages),
 * so that PostgreSQL plans and runs them for what they are rather than for the small lookups of the rest of Kadens.
 */
@Component
public class AggregateQueries {

    private final DSLContext db;

    AggregateQueries(DSLContext db) {
        this.db = db;
    }

    /** Applies to the rest of the caller's transaction only ({@code SET LOCAL}); must run inside one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void prepareTransaction() {
        // A cohort is bound as arrays that unnest to as many people as the viewer sees. A cached generic plan cannot
        // know that number and assumes ten, then joins 10,000 people's rows by nested loops; a plan made for the
        // bound values costs a few milliseconds of planning and saves seconds.
        db.execute("set local plan_cache_mode = force_custom_plan");
        // Counting distinct people per group sorts a year of a large tenant's rows: in memory, not spilled to disk.
        db.execute("set local work_mem = '32MB'");
    }
}
