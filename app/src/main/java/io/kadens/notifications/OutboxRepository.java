package io.kadens.notifications;

import static io.kadens.db.Tables.NOTIFICATION;
import static io.kadens.db.Tables.NOTIFICATION_DELIVERY;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;

import io.kadens.organisation.Organisations;
import io.kadens.people.OrgFacts;
import io.kadens.tenants.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox tables of the bound tenant (row-level security keeps every query inside it). Recipients and
 * their names come from {@link OrgFacts}, the tenant list from {@link Organisations}: those tables are
 * theirs.
 */
@Repository
class OutboxRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final OrgFacts orgFacts;
    private final Organisations organisations;

    OutboxRepository(DSLContext db, OrgFacts orgFacts, Organisations organisations) {
        this.db = db;
        this.orgFacts = orgFacts;
        this.organisations = organisations;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> insert(NotificationKind kind, UUID recipientId, String dedupeKey, NotificationFacts facts,
                          List<Channel> channels, Instant now) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int inserted = db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.ID, id)
                .set(NOTIFICATION.KIND, kind.name())
                .set(NOTIFICATION.RECIPIENT_ID, recipientId)
                .set(NOTIFICATION.DEDUPE_KEY, dedupeKey)
                .set(NOTIFICATION.FACTS, JSONB.valueOf(JSON.writeValueAsString(facts)))
                .set(NOTIFICATION.CREATED_AT, at)
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            return Optional.empty();
        }
        for (Channel channel : channels) {
            db.insertInto(NOTIFICATION_DELIVERY)
                    .set(NOTIFICATION_DELIVERY.ID, UUID.randomUUID())
                    .set(NOTIFICATION_DELIVERY.NOTIFICATION_ID, id)
                    .set(NOTIFICATION_DELIVERY.CHANNEL, channel.name())
                    .set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.PENDING.name())
                    .set(NOTIFICATION_DELIVERY.ATTEMPTS, 0)
                    .set(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, at)
                    .set(NOTIFICATION_DELIVERY.CREATED_AT, at)
                    .set(NOTIFICATION_DELIVERY.UPDATED_AT, at)
                    .execute();
        }
        return Optional.of(id);
    }

    boolean exists(String dedupeKey) {
        return db.fetchExists(NOTIFICATION, NOTIFICATION.DEDUPE_KEY.eq(dedupeKey));
    }

    /**
     * Claims up to {@code limit} due deliveries until {@code leaseUntil}: rows another transaction
     * holds are skipped (FOR UPDATE SKIP LOCKED), and a claimed row stays invisible to other workers
     * until its lease runs out, so the sending can happen after this transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<UUID> ids = db.select(NOTIFICATION_DELIVERY.ID)
                .from(NOTIFICATION_DELIVERY)
                .where(NOTIFICATION_DELIVERY.STATUS.in(DeliveryStatus.PENDING.name(), DeliveryStatus.RETRYING.name()))
                .and(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT.le(at))
                .and(NOTIFICATION_DELIVERY.CLAIMED_UNTIL.isNull().or(NOTIFICATION_DELIVERY.CLAIMED_UNTIL.lt(at)))
                .orderBy(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(NOTIFICATION_DELIVERY.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.CLAIMED_UNTIL, leaseUntil.atOffset(ZoneOffset.UTC))
                .set(NOTIFICATION_DELIVERY.ATTEMPTS, NOTIFICATION_DELIVERY.ATTEMPTS.plus(1))
                .set(NOTIFICATION_DELIVERY.UPDATED_AT, at)
                .where(NOTIFICATION_DELIVERY.ID.in(ids))
                .execute();
        return db.select(NOTIFICATION_DELIVERY.ID, NOTIFICATION_DELIVERY.NOTIFICATION_ID, NOTIFICATION_DELIVERY.CHANNEL,
                        NOTIFICATION_DELIVERY.ATTEMPTS, NOTIFICATION.KIND, NOTIFICATION.RECIPIENT_ID, NOTIFICATION.FACTS)
                .from(NOTIFICATION_DELIVERY)
                .join(NOTIFICATION).on(NOTIFICATION.TENANT_ID.eq(NOTIFICATION_DELIVERY.TENANT_ID)
                        .and(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID)))
                .where(NOTIFICATION_DELIVERY.ID.in(ids))
                .orderBy(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT)
                .fetch(row -> new ClaimedDelivery(row.get(NOTIFICATION_DELIVERY.ID),
                        row.get(NOTIFICATION_DELIVERY.NOTIFICATION_ID),
                        Channel.valueOf(row.get(NOTIFICATION_DELIVERY.CHANNEL)),
                        row.get(NOTIFICATION_DELIVERY.ATTEMPTS),
                        NotificationKind.valueOf(row.get(NOTIFICATION.KIND)),
                        row.get(NOTIFICATION.RECIPIENT_ID),
                        JSON.readValue(row.get(NOTIFICATION.FACTS).data(), NotificationFacts.class)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markSent(UUID deliveryId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.SENT.name())
                .set(NOTIFICATION_DELIVERY.SENT_AT, at)
                .set(NOTIFICATION_DELIVERY.CLAIMED_UNTIL, (OffsetDateTime) null)
                .set(NOTIFICATION_DELIVERY.LAST_ERROR, (String) null)
                .set(NOTIFICATION_DELIVERY.UPDATED_AT, at)
                .where(NOTIFICATION_DELIVERY.ID.eq(deliveryId))
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markFailed(UUID deliveryId, DeliveryStatus status, Instant nextAttempt, String error, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATUS, status.name())
                .set(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, nextAttempt.atOffset(ZoneOffset.UTC))
                .set(NOTIFICATION_DELIVERY.CLAIMED_UNTIL, (OffsetDateTime) null)
                .set(NOTIFICATION_DELIVERY.LAST_ERROR, error == null ? null
                        : error.length() > 500 ? error.substring(0, 500) : error)
                .set(NOTIFICATION_DELIVERY.UPDATED_AT, at)
                .where(NOTIFICATION_DELIVERY.ID.eq(deliveryId))
                .execute();
    }

    /**
     * Makes the deliveries on {@code channel} that wait for a retry due now (not claimed ones, and not those
     * Slack rate-limited: its Retry-After is kept). Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int makeRetriesDueNow(Channel channel, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, at)
                .set(NOTIFICATION_DELIVERY.UPDATED_AT, at)
                .where(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.RETRYING.name()))
                .and(NOTIFICATION_DELIVERY.CHANNEL.eq(channel.name()))
                .and(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT.gt(at))
                .and(NOTIFICATION_DELIVERY.CLAIMED_UNTIL.isNull().or(NOTIFICATION_DELIVERY.CLAIMED_UNTIL.lt(at)))
                .and(NOTIFICATION_DELIVERY.LAST_ERROR.isDistinctFrom(DeliveryWorker.RATE_LIMITED))
                .execute();
    }

    /** Makes a waiting or failed delivery due now; false when it is unknown here or already sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean retryNow(UUID deliveryId, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return db.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.RETRYING.name())
                .set(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, at)
                .set(NOTIFICATION_DELIVERY.CLAIMED_UNTIL, (OffsetDateTime) null)
                .set(NOTIFICATION_DELIVERY.UPDATED_AT, at)
                .where(NOTIFICATION_DELIVERY.ID.eq(deliveryId))
                .and(NOTIFICATION_DELIVERY.STATUS.in(DeliveryStatus.RETRYING.name(), DeliveryStatus.FAILED.name(),
                        DeliveryStatus.PENDING.name()))
                .execute() == 1;
    }

    Optional<Recipient> recipient(UUID employeeId) {
        return orgFacts.person(employeeId).map(person -> new Recipient(person.id(), person.givenName(),
                person.familyName(), person.email(), Optional.ofNullable(person.preferredLocale()), person.active()));
    }

    private SelectOnConditionStep<? extends Record> deliveries() {
        return db.select(NOTIFICATION_DELIVERY.ID, NOTIFICATION.KIND, NOTIFICATION.RECIPIENT_ID,
                        NOTIFICATION_DELIVERY.CHANNEL, NOTIFICATION_DELIVERY.STATUS, NOTIFICATION_DELIVERY.ATTEMPTS,
                        NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, NOTIFICATION_DELIVERY.LAST_ERROR,
                        NOTIFICATION_DELIVERY.CREATED_AT, NOTIFICATION_DELIVERY.SENT_AT)
                .from(NOTIFICATION_DELIVERY)
                .join(NOTIFICATION).on(NOTIFICATION.TENANT_ID.eq(NOTIFICATION_DELIVERY.TENANT_ID)
                        .and(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID)));
    }

    /** The rows with their recipients' names, looked up in one batch. */
    private List<DeliveryRow> withNames(List<? extends Record> rows) {
        Map<UUID, String> names = orgFacts.names(rows.stream().map(row -> row.get(NOTIFICATION.RECIPIENT_ID)).toList());
        return rows.stream().map(row -> toRow(row, names.get(row.get(NOTIFICATION.RECIPIENT_ID)))).toList();
    }

    /** The active HR admins of the bound tenant. */
    List<UUID> activeHrAdmins() {
        return orgFacts.hrAdmins().stream().sorted().toList();
    }

    List<DeliveryRow> latest(int limit, Optional<DeliveryStatus> status) {
        var condition = status.map(s -> NOTIFICATION_DELIVERY.STATUS.eq(s.name())).orElse(org.jooq.impl.DSL.noCondition());
        return withNames(deliveries()
                .where(condition)
                .orderBy(NOTIFICATION_DELIVERY.CREATED_AT.desc(), NOTIFICATION_DELIVERY.ID)
                .limit(limit)
                .fetch());
    }

    Optional<DeliveryRow> delivery(UUID id) {
        return withNames(deliveries().where(NOTIFICATION_DELIVERY.ID.eq(id)).fetch()).stream().findFirst();
    }

    /** Per day (in {@code zone}) since {@code from}: how many deliveries created that day are in each status. */
    List<DailyDeliveries> daily(LocalDate from, ZoneId zone) {
        var day = field("(({0} AT TIME ZONE {1})::date)", LocalDate.class, NOTIFICATION_DELIVERY.CREATED_AT,
                org.jooq.impl.DSL.inline(zone.getId()));
        Map<LocalDate, Map<DeliveryStatus, Integer>> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(LocalDate.now(zone).plusDays(1)); d = d.plusDays(1)) {
            days.put(d, new EnumMap<>(DeliveryStatus.class));
        }
        db.select(day, NOTIFICATION_DELIVERY.STATUS, count())
                .from(NOTIFICATION_DELIVERY)
                .where(NOTIFICATION_DELIVERY.CREATED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()))
                .groupBy(day, NOTIFICATION_DELIVERY.STATUS)
                .forEach(row -> days.computeIfAbsent(row.value1(), d -> new EnumMap<>(DeliveryStatus.class))
                        .put(DeliveryStatus.valueOf(row.value2()), row.value3()));
        List<DailyDeliveries> result = new ArrayList<>();
        days.forEach((d, counts) -> result.add(new DailyDeliveries(d, Map.copyOf(counts))));
        return result;
    }

    /** Active tenants, read from the global registry: the worker visits each in its own scope. */
    /** Deliveries of the bound tenant still to be sent: waiting for their first attempt or for a retry. */
    int backlog() {
        return db.fetchCount(NOTIFICATION_DELIVERY, NOTIFICATION_DELIVERY.STATUS.in(DeliveryStatus.PENDING.name(),
                DeliveryStatus.RETRYING.name()));
    }

    List<TenantId> activeTenants() {
        return organisations.activeTenants();
    }

    private static DeliveryRow toRow(Record row, String recipientName) {
        return new DeliveryRow(row.get(NOTIFICATION_DELIVERY.ID), NotificationKind.valueOf(row.get(NOTIFICATION.KIND)),
                recipientName,
                Channel.valueOf(row.get(NOTIFICATION_DELIVERY.CHANNEL)),
                DeliveryStatus.valueOf(row.get(NOTIFICATION_DELIVERY.STATUS)),
                row.get(NOTIFICATION_DELIVERY.ATTEMPTS), row.get(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT),
                row.get(NOTIFICATION_DELIVERY.LAST_ERROR), row.get(NOTIFICATION_DELIVERY.CREATED_AT),
                row.get(NOTIFICATION_DELIVERY.SENT_AT));
    }
}
