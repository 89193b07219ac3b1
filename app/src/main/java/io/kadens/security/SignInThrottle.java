package io.kadens.security;

import static io.kadens.db.Tables.SIGN_IN_THROTTLE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failures for one organisation and
 * email within the window, that sign-in is blocked for a while. Kept in the database so every
 * application node sees the same count. Applies to unknown accounts too, so it tells nothing.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SignInThrottle(DSLContext db, PlatformTransactionManager transactions, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // A failure must be recorded even though the sign-in that caused it throws.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean isBlocked(String key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Boolean.TRUE.equals(ownTransaction.execute(status -> db.fetchExists(
                db.selectOne().from(SIGN_IN_THROTTLE)
                        .where(SIGN_IN_THROTTLE.PRINCIPAL_KEY.eq(key))
                        .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.gt(now)))));
    }

    void recordFailure(String key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime windowStart = now.minus(WINDOW);
        ownTransaction.executeWithoutResult(status -> {
            var stale = SIGN_IN_THROTTLE.WINDOW_STARTED_AT.lt(windowStart);
            var failures = DSL.when(stale, DSL.inline(1)).otherwise(SIGN_IN_THROTTLE.FAILURES.plus(1));
            db.insertInto(SIGN_IN_THROTTLE)
                    .set(SIGN_IN_THROTTLE.PRINCIPAL_KEY, key)
                    .set(SIGN_IN_THROTTLE.FAILURES, 1)
                    .set(SIGN_IN_THROTTLE.WINDOW_STARTED_AT, now)
                    .onConflict(SIGN_IN_THROTTLE.PRINCIPAL_KEY)
                    .doUpdate()
                    .set(SIGN_IN_THROTTLE.FAILURES, failures)
                    .set(SIGN_IN_THROTTLE.WINDOW_STARTED_AT,
                            DSL.when(stale, DSL.val(now)).otherwise(SIGN_IN_THROTTLE.WINDOW_STARTED_AT))
                    .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL,
                            DSL.when(failures.ge(MAX_FAILURES), DSL.val(now.plus(BLOCK)))
                                    .otherwise(SIGN_IN_THROTTLE.BLOCKED_UNTIL))
                    .execute();
        });
    }

    void reset(String key) {
        ownTransaction.executeWithoutResult(status ->
                db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.PRINCIPAL_KEY.eq(key)).execute());
    }
}
