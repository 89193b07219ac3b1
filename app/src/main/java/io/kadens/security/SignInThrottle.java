package io.kadens.security;

import static io.kadens.db.Tables.SIGN_IN_THROTTLE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing with delays that grow with failures, kept in the database so every
 * application node counts the same failures. Three limits, each with its own row:
 * <ul>
 *   <li>per account (organisation and email, known or not, so it tells nothing): after a few failures
 *   every further attempt is <em>held</em> before its password is checked, longer with each failure, up to
 *   {@link Limit#cap()}. It is never refused: the account's owner, with the right password, gets in
 *   after that wait, however often someone else failed on purpose;</li>
 *   <li>per client address: an address that failed too often is refused until its delay has passed,
 *   without its password being checked. It only ever holds back the address that failed;</li>
 *   <li>across the whole service: when failures pile up from everywhere (many addresses guessing),
 *   every attempt is held a little, up to a few seconds.</li>
 * </ul>
 * See docs/decisions/2026-12-05-sign-in-throttling-and-token-scopes.md.
 */
@Component
class SignInThrottle {

    /**
     * One limit: failures within {@code window} count; the first {@code free} cost nothing; then each adds
     * a delay that doubles from {@code base} up to {@code cap}.
     */
    record Limit(String prefix, Duration window, int free, Duration base, Duration cap) {

        Duration delayAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 30);
            Duration delay = base.multipliedBy(1L << doublings);
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }

    static final Limit ACCOUNT = new Limit("account:", Duration.ofMinutes(15), 3, Duration.ofSeconds(1),
            Duration.ofSeconds(16));
    static final Limit ADDRESS = new Limit("address:", Duration.ofMinutes(15), 20, Duration.ofSeconds(30),
            Duration.ofMinutes(15));
    static final Limit SERVICE = new Limit("service", Duration.ofMinutes(1), 300, Duration.ofMillis(100),
            Duration.ofSeconds(4));
    /** Rows older than the longest window say nothing any more. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    /**
     * What an attempt must do before its password is checked.
     *
     * @param refusedFor more than zero: the client address must wait this long; the attempt is refused
     * @param holdFor    how long to wait before checking the password (the account's and the service's delay)
     */
    record Verdict(Duration refusedFor, Duration holdFor) {

        boolean refused() {
            return refusedFor.isPositive();
        }
    }

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

    static String accountKey(String account) {
        return ACCOUNT.prefix() + account;
    }

    /**
     * The row of a client address. An attempt without one did not come through a request (the application
     * signing someone in itself); it counts against the account and the service only.
     */
    static Optional<String> addressKey(String address) {
        return address == null || address.isBlank() ? Optional.empty()
                : Optional.of(ADDRESS.prefix() + address.toLowerCase(Locale.ROOT));
    }

    /** How an attempt for this account from this address is held back; one query for the three rows. */
    Verdict assess(String account, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String accountKey = accountKey(account);
        String addressKey = addressKey(address).orElse(null);
        record Row(int failures, OffsetDateTime windowStartedAt, OffsetDateTime lastFailureAt) {
        }
        Map<String, Row> rows = ownTransaction.execute(status -> db.select(SIGN_IN_THROTTLE.PRINCIPAL_KEY,
                        SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.WINDOW_STARTED_AT, SIGN_IN_THROTTLE.LAST_FAILURE_AT)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.PRINCIPAL_KEY.in(addressKey == null ? List.of(accountKey, SERVICE.prefix())
                        : List.of(accountKey, addressKey, SERVICE.prefix())))
                .fetchMap(SIGN_IN_THROTTLE.PRINCIPAL_KEY, r -> new Row(r.value2(), r.value3(), r.value4())));
        // The address is refused until its delay since its last failure has passed.
        Row addressRow = addressKey == null ? null : rows.get(addressKey);
        Duration refusedFor = Duration.ZERO;
        if (addressRow != null && !addressRow.windowStartedAt().isBefore(now.minus(ADDRESS.window()))) {
            Duration left = Duration.between(now, addressRow.lastFailureAt().plus(ADDRESS.delayAfter(addressRow.failures())));
            refusedFor = left.isNegative() ? Duration.ZERO : left;
        }
        // The account and the service hold every attempt for their whole delay: parallel guesses gain nothing.
        Function<Limit, Function<String, Duration>> hold = limit -> key -> {
            Row row = rows.get(key);
            return row == null || row.windowStartedAt().isBefore(now.minus(limit.window())) ? Duration.ZERO
                    : limit.delayAfter(row.failures());
        };
        Duration accountHold = hold.apply(ACCOUNT).apply(accountKey);
        Duration serviceHold = hold.apply(SERVICE).apply(SERVICE.prefix());
        return new Verdict(refusedFor, accountHold.compareTo(serviceHold) >= 0 ? accountHold : serviceHold);
    }

    /** Counts a failure against the account, the address and the service. */
    void recordFailure(String account, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ownTransaction.executeWithoutResult(status -> {
            Map<String, Limit> rows = new java.util.LinkedHashMap<>();
            rows.put(accountKey(account), ACCOUNT);
            addressKey(address).ifPresent(key -> rows.put(key, ADDRESS));
            rows.put(SERVICE.prefix(), SERVICE);
            for (var entry : rows.entrySet()) {
                Limit limit = entry.getValue();
                var stale = SIGN_IN_THROTTLE.WINDOW_STARTED_AT.lt(now.minus(limit.window()));
                db.insertInto(SIGN_IN_THROTTLE)
                        .set(SIGN_IN_THROTTLE.PRINCIPAL_KEY, entry.getKey())
                        .set(SIGN_IN_THROTTLE.FAILURES, 1)
                        .set(SIGN_IN_THROTTLE.WINDOW_STARTED_AT, now)
                        .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, now)
                        .onConflict(SIGN_IN_THROTTLE.PRINCIPAL_KEY)
                        .doUpdate()
                        .set(SIGN_IN_THROTTLE.FAILURES,
                                DSL.when(stale, DSL.inline(1)).otherwise(SIGN_IN_THROTTLE.FAILURES.plus(1)))
                        .set(SIGN_IN_THROTTLE.WINDOW_STARTED_AT,
                                DSL.when(stale, DSL.val(now)).otherwise(SIGN_IN_THROTTLE.WINDOW_STARTED_AT))
                        .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, now)
                        .execute();
            }
            // Forgotten rows would only be read as "no failures": delete them now and then, not on every sign-in.
            if (now.getSecond() == 0) {
                db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.LAST_FAILURE_AT.lt(now.minus(FORGET_AFTER)))
                        .execute();
            }
        });
    }

    /** A successful sign-in clears its account's failures (not its address's: one good password proves little). */
    void reset(String account) {
        ownTransaction.executeWithoutResult(status ->
                db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.PRINCIPAL_KEY.eq(accountKey(account))).execute());
    }
}
