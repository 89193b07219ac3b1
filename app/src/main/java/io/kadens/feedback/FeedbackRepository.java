package io.kadens.feedback;

import static io.kadens.db.Tables.FEEDBACK;
import static io.kadens.db.Tables.FEEDBACK_AUTHOR;
import static io.kadens.db.Tables.FEEDBACK_REPLY;
import static io.kadens.db.Tables.FEEDBACK_REPORT;
import static io.kadens.db.Tables.FEEDBACK_REQUEST;
import static io.kadens.db.Tables.FEEDBACK_REQUEST_RECIPIENT;
import static io.kadens.db.Tables.FEEDBACK_SETTINGS;
import static io.kadens.db.Tables.FEEDBACK_UNMASK_REQUEST;
import static io.kadens.db.Tables.PRAISE;
import static io.kadens.db.Tables.PRAISE_REACTION;

import io.kadens.people.OrgFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * jOOQ access to feedback, requests and praise. Row-level security confines every statement to the bound
 * tenant; sealed authors of anonymous items are readable here only for the signed-in person's own items
 * (the database's author_only policy), and otherwise only through the two database functions. People,
 * their names and reporting lines come from {@link OrgFacts}: the people tables belong to {@code people}.
 */
@Repository
class FeedbackRepository {

    private final DSLContext db;
    private final OrgFacts orgFacts;
    private final Clock clock;

    FeedbackRepository(DSLContext db, OrgFacts orgFacts, Clock clock) {
        this.db = db;
        this.orgFacts = orgFacts;
        this.clock = clock;
    }

    /**
     * The start of the current day (UTC): replies of an anonymous author count and show to others only once
     * they are older than this, so their number changes at most once a day.
     */
    OffsetDateTime startOfDay() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------ people

    record Person(UUID id, String name, UUID managerId, boolean active) {
    }

    Optional<Person> person(UUID id) {
        return orgFacts.person(id).map(p -> new Person(p.id(), p.fullName(), p.managerId(), p.active()));
    }

    /** The people with these ids that exist, active or not. One query. */
    Map<UUID, Person> people(Collection<UUID> ids) {
        Map<UUID, Person> people = new HashMap<>();
        orgFacts.people(ids).forEach((id, p) -> people.put(id, new Person(p.id(), p.fullName(), p.managerId(), p.active())));
        return people;
    }

    /** Which of these people have the manager above them (what {@link #managerChain} holds). One query. */
    Set<UUID> below(UUID managerId, Collection<UUID> ids) {
        return orgFacts.below(managerId, ids);
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        return orgFacts.names(ids);
    }

    /** The managers above a person, nearest first. */
    List<UUID> managerChain(UUID personId) {
        return orgFacts.managerChain(personId);
    }

    // ------------------------------------------------------------------ settings

    Optional<FeedbackSettings> settings() {
        return db.selectFrom(FEEDBACK_SETTINGS).fetchOptional(row -> new FeedbackSettings(
                row.getAnonymousPeerAllowed(), row.getAnonymousUpwardAllowed(),
                ManagerVisibility.valueOf(row.getManagerVisibility()), row.getVersion()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveSettings(FeedbackSettings settings) {
        if (settings().isEmpty()) {
            if (settings.version() != 0) {
                return false;
            }
            return db.insertInto(FEEDBACK_SETTINGS)
                    .set(FEEDBACK_SETTINGS.ANONYMOUS_PEER_ALLOWED, settings.anonymousPeerAllowed())
                    .set(FEEDBACK_SETTINGS.ANONYMOUS_UPWARD_ALLOWED, settings.anonymousUpwardAllowed())
                    .set(FEEDBACK_SETTINGS.MANAGER_VISIBILITY, settings.managerVisibility().name())
                    .set(FEEDBACK_SETTINGS.VERSION, 1L)
                    .onConflictDoNothing()
                    .execute() == 1;
        }
        return db.update(FEEDBACK_SETTINGS)
                .set(FEEDBACK_SETTINGS.ANONYMOUS_PEER_ALLOWED, settings.anonymousPeerAllowed())
                .set(FEEDBACK_SETTINGS.ANONYMOUS_UPWARD_ALLOWED, settings.anonymousUpwardAllowed())
                .set(FEEDBACK_SETTINGS.MANAGER_VISIBILITY, settings.managerVisibility().name())
                .set(FEEDBACK_SETTINGS.VERSION, FEEDBACK_SETTINGS.VERSION.plus(1))
                .where(FEEDBACK_SETTINGS.VERSION.eq(settings.version()))
                .execute() == 1;
    }

    // ------------------------------------------------------------------ feedback

    /**
     * A stored item. For anonymous items {@code authorId} is null; {@code mine} says whether the signed-in
     * person wrote it (for anonymous items: whether its sealed author row is readable, which the database
     * allows only to the author).
     */
    record Row(UUID id, UUID receiverId, UUID authorId, boolean anonymous, FeedbackSource source,
               FeedbackVisibility visibility, String body, String competency, UUID goalId, UUID requestId,
               LocalDate givenOn, OffsetDateTime givenAt, boolean mine, int replyCount, int freshAnonymousReplies) {
    }

    private static final Field<Integer> REPLY_COUNT = DSL.field(DSL.selectCount().from(FEEDBACK_REPLY)
            .where(FEEDBACK_REPLY.FEEDBACK_ID.eq(FEEDBACK.ID))).as("reply_count");

    /** Replies of the anonymous author written today: counted for others only from tomorrow. */
    private Field<Integer> freshAnonymousReplies() {
        return DSL.field(DSL.selectCount().from(FEEDBACK_REPLY)
                .where(FEEDBACK_REPLY.FEEDBACK_ID.eq(FEEDBACK.ID))
                .and(FEEDBACK_REPLY.BY_ANONYMOUS_AUTHOR.isTrue())
                .and(FEEDBACK_REPLY.WRITTEN_AT.ge(startOfDay()))).as("fresh_anonymous_replies");
    }

    private Field<Boolean> mine(UUID viewer) {
        return DSL.when(FEEDBACK.AUTHOR_ID.eq(viewer), DSL.inline(true))
                .when(DSL.exists(DSL.selectOne().from(FEEDBACK_AUTHOR)
                        .where(FEEDBACK_AUTHOR.FEEDBACK_ID.eq(FEEDBACK.ID))
                        .and(FEEDBACK_AUTHOR.AUTHOR_ID.eq(viewer))), DSL.inline(true))
                .otherwise(DSL.inline(false)).as("mine");
    }

    private List<Row> rows(UUID viewer, Condition where) {
        return db.select(FEEDBACK.ID, FEEDBACK.RECEIVER_ID, FEEDBACK.AUTHOR_ID, FEEDBACK.ANONYMOUS, FEEDBACK.SOURCE,
                        FEEDBACK.VISIBILITY, FEEDBACK.BODY, FEEDBACK.COMPETENCY, FEEDBACK.GOAL_ID, FEEDBACK.REQUEST_ID,
                        FEEDBACK.GIVEN_ON, FEEDBACK.GIVEN_AT, mine(viewer), REPLY_COUNT, freshAnonymousReplies())
                .from(FEEDBACK).where(where)
                .orderBy(FEEDBACK.GIVEN_ON.desc(), FEEDBACK.GIVEN_AT.desc().nullsLast(), FEEDBACK.ID)
                .limit(2000)
                .fetch(FeedbackRepository::toRow);
    }

    private static Row toRow(Record row) {
        return new Row(row.get(FEEDBACK.ID), row.get(FEEDBACK.RECEIVER_ID), row.get(FEEDBACK.AUTHOR_ID),
                row.get(FEEDBACK.ANONYMOUS), FeedbackSource.valueOf(row.get(FEEDBACK.SOURCE)),
                FeedbackVisibility.valueOf(row.get(FEEDBACK.VISIBILITY)), row.get(FEEDBACK.BODY),
                row.get(FEEDBACK.COMPETENCY), row.get(FEEDBACK.GOAL_ID), row.get(FEEDBACK.REQUEST_ID),
                row.get(FEEDBACK.GIVEN_ON), row.get(FEEDBACK.GIVEN_AT), row.get("mine", Boolean.class),
                row.get("reply_count", Integer.class), row.get("fresh_anonymous_replies", Integer.class));
    }

    /**
     * Items about a person matching a filter; a date range matches anonymous items by their month (stored
     * as its first day), so no range can narrow them below a month.
     */
    List<Row> about(UUID viewer, UUID receiverId, FeedbackFilter filter) {
        return rows(viewer, FEEDBACK.RECEIVER_ID.eq(receiverId).and(matching(filter)));
    }

    List<Row> givenBy(UUID viewer, FeedbackFilter filter) {
        Condition mineOnly = FEEDBACK.AUTHOR_ID.eq(viewer).or(DSL.exists(DSL.selectOne().from(FEEDBACK_AUTHOR)
                .where(FEEDBACK_AUTHOR.FEEDBACK_ID.eq(FEEDBACK.ID)).and(FEEDBACK_AUTHOR.AUTHOR_ID.eq(viewer))));
        return rows(viewer, mineOnly.and(matching(filter)));
    }

    List<Row> aboutGoal(UUID viewer, UUID goalId) {
        return rows(viewer, FEEDBACK.GOAL_ID.eq(goalId));
    }

    Optional<Row> find(UUID viewer, UUID id) {
        return rows(viewer, FEEDBACK.ID.eq(id)).stream().findFirst();
    }

    private static Condition matching(FeedbackFilter filter) {
        Condition where = DSL.trueCondition();
        if (filter.from() != null) {
            // an anonymous item's month matches when any of its days is in the range
            where = where.and(FEEDBACK.GIVEN_ON.ge(filter.from()).or(FEEDBACK.ANONYMOUS.isTrue()
                    .and(FEEDBACK.GIVEN_ON.ge(filter.from().withDayOfMonth(1)))));
        }
        if (filter.to() != null) {
            where = where.and(FEEDBACK.GIVEN_ON.le(filter.to()));
        }
        if (filter.competency() != null) {
            where = where.and(DSL.lower(FEEDBACK.COMPETENCY).eq(filter.competency().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.source() != null) {
            where = where.and(FEEDBACK.SOURCE.eq(filter.source().name()));
        }
        return where;
    }

    /**
     * Distinct sealed authors of the given items other than the bound person, counting only items that count
     * by {@code day} (database function, owner rights).
     */
    int anonymousAuthorCount(Collection<UUID> feedbackIds, LocalDate day) {
        return countFunction("feedback_anonymous_author_count", feedbackIds, day);
    }

    /** How many of the given anonymous items count by {@code day} (database function, owner rights). */
    int countedAnonymousItems(Collection<UUID> feedbackIds, LocalDate day) {
        return countFunction("feedback_anonymous_counted_items", feedbackIds, day);
    }

    private int countFunction(String function, Collection<UUID> feedbackIds, LocalDate day) {
        if (feedbackIds.isEmpty()) {
            return 0;
        }
        Integer count = db.select(DSL.field(function + "({0}, {1})", Integer.class,
                        DSL.val(feedbackIds.toArray(UUID[]::new), SQLDataType.UUID.array()),
                        DSL.val(day, SQLDataType.LOCALDATE)))
                .fetchOne(0, Integer.class);
        return count == null ? 0 : count;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(UUID id, UUID receiverId, UUID authorId, boolean anonymous, FeedbackSource source,
                FeedbackVisibility visibility, String body, String competency, UUID competencyId, UUID goalId,
                UUID requestId, LocalDate givenOn, OffsetDateTime givenAt) {
        db.insertInto(FEEDBACK)
                .set(FEEDBACK.ID, id)
                .set(FEEDBACK.RECEIVER_ID, receiverId)
                .set(FEEDBACK.AUTHOR_ID, anonymous ? null : authorId)
                .set(FEEDBACK.ANONYMOUS, anonymous)
                .set(FEEDBACK.SOURCE, source.name())
                .set(FEEDBACK.VISIBILITY, visibility.name())
                .set(FEEDBACK.BODY, body)
                .set(FEEDBACK.COMPETENCY, competency)
                .set(FEEDBACK.COMPETENCY_ID, competencyId)
                .set(FEEDBACK.GOAL_ID, goalId)
                .set(FEEDBACK.REQUEST_ID, requestId)
                .set(FEEDBACK.GIVEN_ON, anonymous ? givenOn.withDayOfMonth(1) : givenOn)
                .set(FEEDBACK.GIVEN_AT, anonymous ? null : givenAt)
                .execute();
        if (anonymous) {
            db.insertInto(FEEDBACK_AUTHOR)
                    .set(FEEDBACK_AUTHOR.FEEDBACK_ID, id)
                    .set(FEEDBACK_AUTHOR.AUTHOR_ID, authorId)
                    // counts towards thresholds and counters from the next day on (V93)
                    .set(FEEDBACK_AUTHOR.COUNTED_FROM, givenOn.plusDays(1))
                    .execute();
        }
    }

    // ------------------------------------------------------------------ reports and unmasking (V93)

    record ReportRow(UUID id, UUID feedbackId, UUID reporterId, String reason, OffsetDateTime reportedAt) {
    }

    record UnmaskRow(UUID id, UUID feedbackId, UUID requestedBy, String reason, OffsetDateTime requestedAt,
                     UnmaskStatus status, UUID decidedBy, OffsetDateTime decidedAt) {
    }

    List<Row> byIds(UUID viewer, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : rows(viewer, FEEDBACK.ID.in(ids));
    }

    /** Stores a report; false when this person had reported the item already. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean insertReport(UUID id, UUID feedbackId, UUID reporterId, String reason, OffsetDateTime at) {
        return db.insertInto(FEEDBACK_REPORT)
                .set(FEEDBACK_REPORT.ID, id)
                .set(FEEDBACK_REPORT.FEEDBACK_ID, feedbackId)
                .set(FEEDBACK_REPORT.REPORTER_ID, reporterId)
                .set(FEEDBACK_REPORT.REASON, reason)
                .set(FEEDBACK_REPORT.REPORTED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    List<ReportRow> reports(UUID feedbackId) {
        Condition where = feedbackId == null ? DSL.trueCondition() : FEEDBACK_REPORT.FEEDBACK_ID.eq(feedbackId);
        return db.selectFrom(FEEDBACK_REPORT).where(where)
                .orderBy(FEEDBACK_REPORT.REPORTED_AT.desc(), FEEDBACK_REPORT.ID).limit(1000)
                .fetch(row -> new ReportRow(row.getId(), row.getFeedbackId(), row.getReporterId(), row.getReason(),
                        row.getReportedAt()));
    }

    List<UnmaskRow> unmaskRequests(UUID id) {
        Condition where = id == null ? DSL.trueCondition() : FEEDBACK_UNMASK_REQUEST.ID.eq(id);
        return db.selectFrom(FEEDBACK_UNMASK_REQUEST).where(where)
                .orderBy(FEEDBACK_UNMASK_REQUEST.REQUESTED_AT.desc(), FEEDBACK_UNMASK_REQUEST.ID).limit(1000)
                .fetch(row -> new UnmaskRow(row.getId(), row.getFeedbackId(), row.getRequestedBy(), row.getReason(),
                        row.getRequestedAt(), UnmaskStatus.valueOf(row.getStatus()), row.getDecidedBy(),
                        row.getDecidedAt()));
    }

    /** Step 1 of unmasking, through the database function that enforces every rule and audits. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID createUnmaskRequest(UUID feedbackId, String reason) {
        return db.select(DSL.field("feedback_unmask_request_create({0}, {1})", UUID.class,
                        DSL.val(feedbackId, SQLDataType.UUID), DSL.val(reason, SQLDataType.CLOB)))
                .fetchOne(0, UUID.class);
    }

    /** Step 2: another HR admin decides (database function). */
    @Transactional(propagation = Propagation.MANDATORY)
    void decideUnmaskRequest(UUID requestId, boolean approve) {
        db.select(DSL.field("feedback_unmask_request_decide({0}, {1})", Object.class,
                DSL.val(requestId, SQLDataType.UUID), DSL.val(approve, SQLDataType.BOOLEAN))).fetch();
    }

    /** Step 3: the requester reads the author of an approved request (database function, audited). */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> revealUnmasked(UUID requestId) {
        return Optional.ofNullable(db.select(DSL.field("feedback_unmask_reveal({0})", UUID.class,
                DSL.val(requestId, SQLDataType.UUID))).fetchOne(0, UUID.class));
    }

    // ------------------------------------------------------------------ replies

    record ReplyRow(UUID id, UUID feedbackId, UUID authorId, boolean byAnonymousAuthor, String body,
                    LocalDate writtenOn, OffsetDateTime writtenAt) {
    }

    List<ReplyRow> replies(UUID feedbackId) {
        return db.select(FEEDBACK_REPLY.ID, FEEDBACK_REPLY.FEEDBACK_ID, FEEDBACK_REPLY.AUTHOR_ID,
                        FEEDBACK_REPLY.BY_ANONYMOUS_AUTHOR, FEEDBACK_REPLY.BODY, FEEDBACK_REPLY.WRITTEN_ON,
                        FEEDBACK_REPLY.WRITTEN_AT)
                .from(FEEDBACK_REPLY).where(FEEDBACK_REPLY.FEEDBACK_ID.eq(feedbackId))
                .orderBy(FEEDBACK_REPLY.WRITTEN_AT, FEEDBACK_REPLY.ID)
                .fetch(row -> new ReplyRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertReply(UUID id, UUID feedbackId, UUID authorId, boolean byAnonymousAuthor, String body,
                     LocalDate writtenOn, OffsetDateTime writtenAt) {
        db.insertInto(FEEDBACK_REPLY)
                .set(FEEDBACK_REPLY.ID, id)
                .set(FEEDBACK_REPLY.FEEDBACK_ID, feedbackId)
                .set(FEEDBACK_REPLY.AUTHOR_ID, byAnonymousAuthor ? null : authorId)
                .set(FEEDBACK_REPLY.BY_ANONYMOUS_AUTHOR, byAnonymousAuthor)
                .set(FEEDBACK_REPLY.BODY, body)
                .set(FEEDBACK_REPLY.WRITTEN_ON, writtenOn)
                .set(FEEDBACK_REPLY.WRITTEN_AT, writtenAt)
                .execute();
    }

    // ------------------------------------------------------------------ requests

    record RequestRow(UUID id, UUID subjectId, UUID requesterId, String question, LocalDate dueDate,
                      LocalDate askedOn) {
    }

    record RecipientRow(UUID requestId, UUID recipientId, RequestStatus status, LocalDate respondedOn) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertRequest(UUID id, UUID subjectId, UUID requesterId, String question, LocalDate dueDate,
                       Collection<UUID> recipients, OffsetDateTime now) {
        db.insertInto(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.ID, id)
                .set(FEEDBACK_REQUEST.SUBJECT_ID, subjectId)
                .set(FEEDBACK_REQUEST.REQUESTER_ID, requesterId)
                .set(FEEDBACK_REQUEST.QUESTION, question)
                .set(FEEDBACK_REQUEST.DUE_DATE, dueDate)
                .set(FEEDBACK_REQUEST.CREATED_AT, now)
                .execute();
        for (UUID recipient : recipients) {
            db.insertInto(FEEDBACK_REQUEST_RECIPIENT)
                    .set(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID, id)
                    .set(FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID, recipient)
                    .execute();
        }
    }

    private static RequestRow toRequest(Record row) {
        return new RequestRow(row.get(FEEDBACK_REQUEST.ID), row.get(FEEDBACK_REQUEST.SUBJECT_ID),
                row.get(FEEDBACK_REQUEST.REQUESTER_ID), row.get(FEEDBACK_REQUEST.QUESTION),
                row.get(FEEDBACK_REQUEST.DUE_DATE), row.get(FEEDBACK_REQUEST.CREATED_AT).toLocalDate());
    }

    Optional<RequestRow> request(UUID id) {
        return db.selectFrom(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.ID.eq(id)).fetchOptional(FeedbackRepository::toRequest);
    }

    List<RequestRow> requestsBy(UUID requesterId) {
        return db.selectFrom(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.REQUESTER_ID.eq(requesterId))
                .orderBy(FEEDBACK_REQUEST.CREATED_AT.desc(), FEEDBACK_REQUEST.ID).limit(500)
                .fetch(FeedbackRepository::toRequest);
    }

    List<RequestRow> openRequestsFor(UUID recipientId) {
        return db.select(FEEDBACK_REQUEST.fields()).from(FEEDBACK_REQUEST).join(FEEDBACK_REQUEST_RECIPIENT)
                .on(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID.eq(FEEDBACK_REQUEST.ID))
                .where(FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID.eq(recipientId))
                .and(FEEDBACK_REQUEST_RECIPIENT.STATUS.eq(RequestStatus.OPEN.name()))
                .orderBy(FEEDBACK_REQUEST.DUE_DATE, FEEDBACK_REQUEST.ID).limit(500)
                .fetch(FeedbackRepository::toRequest);
    }

    List<RecipientRow> recipients(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(FEEDBACK_REQUEST_RECIPIENT).where(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID.in(requestIds))
                .fetch(row -> new RecipientRow(row.getRequestId(), row.getRecipientId(),
                        RequestStatus.valueOf(row.getStatus()), row.getRespondedOn()));
    }

    /** Closes one open recipient entry; false when it was not open (answered, declined, or not asked). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean closeRecipient(UUID requestId, UUID recipientId, RequestStatus status, LocalDate on) {
        return db.update(FEEDBACK_REQUEST_RECIPIENT)
                .set(FEEDBACK_REQUEST_RECIPIENT.STATUS, status.name())
                .set(FEEDBACK_REQUEST_RECIPIENT.RESPONDED_ON, on)
                .set(FEEDBACK_REQUEST_RECIPIENT.VERSION, FEEDBACK_REQUEST_RECIPIENT.VERSION.plus(1))
                .where(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID.eq(requestId))
                .and(FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID.eq(recipientId))
                .and(FEEDBACK_REQUEST_RECIPIENT.STATUS.eq(RequestStatus.OPEN.name()))
                .execute() == 1;
    }

    List<DueFeedbackRequest> openDueOn(LocalDate dueDate, boolean onlyUnreminded) {
        Condition where = FEEDBACK_REQUEST.DUE_DATE.eq(dueDate)
                .and(FEEDBACK_REQUEST_RECIPIENT.STATUS.eq(RequestStatus.OPEN.name()));
        if (onlyUnreminded) {
            where = where.and(FEEDBACK_REQUEST_RECIPIENT.REMINDED_ON.isNull());
        }
        return db.select(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID, FEEDBACK_REQUEST.REQUESTER_ID,
                        FEEDBACK_REQUEST.SUBJECT_ID, FEEDBACK_REQUEST.QUESTION, FEEDBACK_REQUEST.DUE_DATE)
                .from(FEEDBACK_REQUEST).join(FEEDBACK_REQUEST_RECIPIENT)
                .on(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID.eq(FEEDBACK_REQUEST.ID))
                .where(where)
                .orderBy(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID)
                .fetch(row -> new DueFeedbackRequest(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean markReminded(UUID requestId, UUID recipientId, LocalDate on) {
        return db.update(FEEDBACK_REQUEST_RECIPIENT)
                .set(FEEDBACK_REQUEST_RECIPIENT.REMINDED_ON, on)
                .where(FEEDBACK_REQUEST_RECIPIENT.REQUEST_ID.eq(requestId))
                .and(FEEDBACK_REQUEST_RECIPIENT.RECIPIENT_ID.eq(recipientId))
                .and(FEEDBACK_REQUEST_RECIPIENT.REMINDED_ON.isNull())
                .execute() == 1;
    }

    // ------------------------------------------------------------------ praise

    record PraiseRow(UUID id, UUID authorId, UUID recipientId, String body, OffsetDateTime givenAt) {
    }

    record ReactionRow(UUID praiseId, UUID employeeId, Reaction reaction) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insertPraise(UUID id, UUID authorId, UUID recipientId, String body, OffsetDateTime givenAt) {
        db.insertInto(PRAISE)
                .set(PRAISE.ID, id)
                .set(PRAISE.AUTHOR_ID, authorId)
                .set(PRAISE.RECIPIENT_ID, recipientId)
                .set(PRAISE.BODY, body)
                .set(PRAISE.GIVEN_AT, givenAt)
                .execute();
    }

    List<PraiseRow> praise(UUID recipientId, UUID id, int limit) {
        Condition where = DSL.trueCondition();
        if (recipientId != null) {
            where = where.and(PRAISE.RECIPIENT_ID.eq(recipientId));
        }
        if (id != null) {
            where = where.and(PRAISE.ID.eq(id));
        }
        return db.selectFrom(PRAISE).where(where).orderBy(PRAISE.GIVEN_AT.desc(), PRAISE.ID).limit(limit)
                .fetch(row -> new PraiseRow(row.getId(), row.getAuthorId(), row.getRecipientId(), row.getBody(),
                        row.getGivenAt()));
    }

    List<ReactionRow> reactions(Collection<UUID> praiseIds) {
        if (praiseIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(PRAISE_REACTION).where(PRAISE_REACTION.PRAISE_ID.in(praiseIds))
                .fetch(row -> new ReactionRow(row.getPraiseId(), row.getEmployeeId(), Reaction.valueOf(row.getReaction())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void react(UUID praiseId, UUID employeeId, Reaction reaction, OffsetDateTime at) {
        db.insertInto(PRAISE_REACTION)
                .set(PRAISE_REACTION.PRAISE_ID, praiseId)
                .set(PRAISE_REACTION.EMPLOYEE_ID, employeeId)
                .set(PRAISE_REACTION.REACTION, reaction.name())
                .set(PRAISE_REACTION.REACTED_AT, at)
                .onConflictDoNothing()
                .execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void unreact(UUID praiseId, UUID employeeId, Reaction reaction) {
        db.deleteFrom(PRAISE_REACTION)
                .where(PRAISE_REACTION.PRAISE_ID.eq(praiseId))
                .and(PRAISE_REACTION.EMPLOYEE_ID.eq(employeeId))
                .and(PRAISE_REACTION.REACTION.eq(reaction.name()))
                .execute();
    }

    static <T> List<T> copy(List<T> list) {
        return new ArrayList<>(list);
    }
}
