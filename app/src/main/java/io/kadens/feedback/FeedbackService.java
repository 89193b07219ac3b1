package io.kadens.feedback;

import io.kadens.ai.KnowledgeIndex;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TransactionTenant;
import io.kadens.tenants.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback between the people of a tenant. The anonymity rules live here (see the decision record
 * 2026-11-27-feedback-anonymity): anonymous items reach the receiver's side only per source group of at
 * least the tenant's threshold distinct authors (counted by the database, which alone reads sealed
 * authors), after every filter, without author, day or time, sorted by a hash of their text.
 */
@Service
class FeedbackService implements Feedback {

    static final int MAX_TEXT = 4000;
    static final int MAX_REPLY = 2000;
    static final int MAX_COMPETENCY = 200;

    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final FeedbackGoals goals;
    private final KnowledgeIndex knowledge;
    private final ApplicationEventPublisher events;
    private final TransactionTenant tenant;
    private final FeedbackCompetencyReferences competencies;
    private final io.kadens.competencies.CompetencyFrameworks frameworks;

    FeedbackService(FeedbackRepository repository, FeedbackAccess access, FeedbackGoals goals, KnowledgeIndex knowledge,
                    ApplicationEventPublisher events, TransactionTenant tenant,
                    FeedbackCompetencyReferences competencies, io.kadens.competencies.CompetencyFrameworks frameworks) {
        this.competencies = competencies;
        this.frameworks = frameworks;
        this.repository = repository;
        this.access = access;
        this.goals = goals;
        this.knowledge = knowledge;
        this.events = events;
        this.tenant = tenant;
    }

    // ------------------------------------------------------------------ giving

    @Override
    @Transactional
    public FeedbackItem give(NewFeedback feedback) {
        KadensUser me = access.me();
        FeedbackRepository.Row row = giveAs(me.personId(), feedback, null, access.today(), true);
        return toItem(row, true, names(List.of(row)));
    }

    /**
     * Validates and stores feedback from {@code giver}; used by giving, answering requests and the demo seed
     * (which passes its own date). Publishes {@link FeedbackGiven}.
     */
    FeedbackRepository.Row giveAs(UUID giver, NewFeedback feedback, UUID requestId, LocalDate on, boolean checkGoal) {
        var errors = new InvalidInputException.Collector();
        Optional<FeedbackRepository.Person> receiver = repository.person(feedback.receiverId());
        errors.check(feedback.receiverId() != null, "receiverId", "feedback.receiver.required");
        errors.check(feedback.receiverId() == null || receiver.isPresent(), "receiverId", "feedback.receiver.unknown");
        errors.check(receiver.map(FeedbackRepository.Person::active).orElse(true), "receiverId",
                "feedback.receiver.inactive");
        errors.check(!giver.equals(feedback.receiverId()), "receiverId", "feedback.receiver.self");
        String text = feedback.text() == null ? "" : feedback.text().strip();
        errors.check(!text.isEmpty(), "text", "feedback.text.required");
        errors.check(text.length() <= MAX_TEXT, "text", "feedback.text.too-long");
        errors.check(feedback.competency() == null || feedback.competency().length() <= MAX_COMPETENCY, "competency",
                "feedback.competency.too-long");
        FeedbackSource source = receiver.isPresent() && !giver.equals(feedback.receiverId())
                ? access.source(giver, feedback.receiverId()) : FeedbackSource.PEER;
        if (feedback.anonymous()) {
            errors.check(requestId == null, "anonymous", "feedback.anonymous.not-for-requests");
            errors.check(access.settings().anonymousAllowed(source), "anonymous", "feedback.anonymous.not-allowed");
            errors.check(feedback.goalId() == null, "goalId", "feedback.goal.not-with-anonymous");
        }
        if (feedback.goalId() != null && checkGoal) {
            errors.check(goals.visible(feedback.goalId()), "goalId", "feedback.goal.unknown");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        FeedbackCompetencyReferences.Resolved competency = competencies.resolve(feedback.competency());
        repository.insert(id, feedback.receiverId(), giver, feedback.anonymous(), source, feedback.visibility(), text,
                competency.label(), competency.competencyId(), feedback.anonymous() ? null : feedback.goalId(),
                requestId, on,
                on.equals(access.today()) ? access.now() : on.atTime(12, 0).atZone(access.zone()).toOffsetDateTime());
        events.publishEvent(new FeedbackGiven(tenant.require(), id, feedback.receiverId(),
                requestId));
        return repository.find(giver, id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public FeedbackSource sourceFor(UUID receiverId) {
        KadensUser me = access.me();
        return access.source(me.personId(), receiverId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anonymousAllowedFor(UUID receiverId) {
        KadensUser me = access.me();
        if (receiverId == null || me.personId().equals(receiverId)) {
            return false;
        }
        return access.settings().anonymousAllowed(access.source(me.personId(), receiverId));
    }

    // ------------------------------------------------------------------ reading

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UUID employeeId) {
        KadensUser me = access.me();
        return employeeId != null && repository.person(employeeId).isPresent()
                && access.mayRead(me.personId(), employeeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> readableAmong(List<UUID> employeeIds) {
        KadensUser me = access.me();
        // What mayRead asks per person (the person exists; the viewer, or above them), asked for all at once.
        Map<UUID, FeedbackRepository.Person> found = repository.people(employeeIds);
        Set<UUID> below = repository.below(me.personId(), found.keySet());
        Map<UUID, String> readable = new java.util.LinkedHashMap<>();
        for (UUID id : employeeIds) {
            FeedbackRepository.Person person = found.get(id);
            if (person != null && (id.equals(me.personId()) || below.contains(id))) {
                readable.put(id, person.name());
            }
        }
        return readable;
    }

    @Override
    @Transactional(readOnly = true)
    public ReceivedFeedback received(UUID employeeId, FeedbackFilter filter) {
        KadensUser me = access.me();
        FeedbackRepository.Person person = repository.person(employeeId)
                .filter(p -> access.mayRead(me.personId(), p.id()))
                .orElseThrow(() -> new FeedbackNotFoundException("person"));
        return receivedAs(me.personId(), person, filter == null ? FeedbackFilter.ALL : filter);
    }

    @Override
    @Transactional(readOnly = true)
    public ReceivedFeedback receivedByMe(FeedbackFilter filter) {
        return received(access.me().personId(), filter);
    }

    /**
     * What the viewer sees about a person. The threshold is decided on each whole, unfiltered source group
     * (so that no filter can probe how many authors wrote a part of it); a filter then only narrows what is
     * displayed of the groups that pass. The count of hidden items counts only items given before today, so
     * it changes at most once a day (and when a group starts to show, which shows anyway).
     */
    private ReceivedFeedback receivedAs(UUID viewer, FeedbackRepository.Person person, FeedbackFilter filter) {
        FeedbackSettings settings = access.settings();
        LocalDate today = access.today();
        List<FeedbackRepository.Row> all = repository.about(viewer, person.id(), FeedbackFilter.ALL);
        List<FeedbackRepository.Row> rows = filter.narrowed() ? repository.about(viewer, person.id(), filter) : all;
        int threshold = access.threshold();
        Set<FeedbackSource> passing = java.util.EnumSet.noneOf(FeedbackSource.class);
        int hidden = 0;
        for (var group : anonymousGroups(viewer, all, settings).entrySet()) {
            if (reachesThreshold(group.getValue(), threshold, today)) {
                passing.add(group.getKey());
            } else {
                hidden += repository.countedAnonymousItems(ids(group.getValue()), today);
            }
        }
        List<FeedbackRepository.Row> named = new ArrayList<>();
        Map<FeedbackSource, List<FeedbackRepository.Row>> anonymous = new EnumMap<>(FeedbackSource.class);
        for (FeedbackRepository.Row row : rows) {
            if (!row.anonymous()) {
                if (row.mine() || access.seesOnReceiverSide(viewer, row, settings)) {
                    named.add(row);
                }
            } else if (passing.contains(row.source()) && access.seesOnReceiverSide(viewer, row, settings)) {
                anonymous.computeIfAbsent(row.source(), s -> new ArrayList<>()).add(row);
            }
        }
        List<FeedbackRepository.Row> shown = new ArrayList<>(named);
        List<List<FeedbackRepository.Row>> groups = new ArrayList<>();
        for (List<FeedbackRepository.Row> group : anonymous.values()) {
            List<FeedbackRepository.Row> ordered = new ArrayList<>(group);
            ordered.sort(BY_TEXT_HASH);
            groups.add(ordered);
            shown.addAll(ordered);
        }
        Map<UUID, String> names = names(shown);
        names.putIfAbsent(person.id(), person.name());
        return new ReceivedFeedback(person.id(), person.name(),
                named.stream().map(row -> toItem(row, false, names)).toList(),
                groups.stream().map(group -> new AnonymousGroup(group.getFirst().source(),
                        group.stream().map(row -> toItem(row, false, names)).toList())).toList(),
                filter.narrowed() ? null : hidden);
    }

    /** The anonymous items about a person the viewer would see on the receiver's side, per source. */
    private Map<FeedbackSource, List<FeedbackRepository.Row>> anonymousGroups(UUID viewer,
                                                                            List<FeedbackRepository.Row> rows,
                                                                            FeedbackSettings settings) {
        Map<FeedbackSource, List<FeedbackRepository.Row>> groups = new EnumMap<>(FeedbackSource.class);
        for (FeedbackRepository.Row row : rows) {
            if (row.anonymous() && access.seesOnReceiverSide(viewer, row, settings)) {
                groups.computeIfAbsent(row.source(), s -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    /**
     * Whether a group has at least {@code threshold} distinct authors other than the signed-in person (the
     * database counts them; it alone reads sealed authors). Every item given so far counts here.
     */
    private boolean reachesThreshold(List<FeedbackRepository.Row> group, int threshold, LocalDate today) {
        return group.size() >= threshold
                && repository.anonymousAuthorCount(ids(group), today.plusDays(1)) >= threshold;
    }

    private static List<UUID> ids(List<FeedbackRepository.Row> rows) {
        return rows.stream().map(FeedbackRepository.Row::id).toList();
    }

    /** An order that says nothing about who wrote what or when: by a hash of the text (then the random id). */
    static final Comparator<FeedbackRepository.Row> BY_TEXT_HASH = Comparator
            .comparing((FeedbackRepository.Row row) -> textHash(row.body()))
            .thenComparing(row -> row.id().toString());

    static String textHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackItem> given(FeedbackFilter filter) {
        KadensUser me = access.me();
        List<FeedbackRepository.Row> rows = repository.givenBy(me.personId(), filter == null ? FeedbackFilter.ALL : filter);
        Map<UUID, String> names = names(rows);
        return rows.stream().map(row -> toItem(row, true, names)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedbackItem> find(UUID feedbackId) {
        KadensUser me = access.me();
        return visible(me.personId(), feedbackId).map(row -> toItem(row, row.mine(), names(List.of(row))));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> visibleIds(java.util.Collection<UUID> feedbackIds) {
        List<UUID> ids = feedbackIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        UUID viewer = access.me().personId();
        FeedbackSettings settings = access.settings();
        int threshold = access.threshold();
        var today = access.today();
        // The same rule as visible(...), with each receiver's anonymous groups worked out once per batch.
        Map<UUID, Map<FeedbackSource, List<FeedbackRepository.Row>>> groupsByReceiver = new java.util.HashMap<>();
        java.util.Set<UUID> visible = new java.util.HashSet<>();
        for (FeedbackRepository.Row row : repository.byIds(viewer, ids)) {
            if (row.mine()) {
                visible.add(row.id());
            } else if (access.seesOnReceiverSide(viewer, row, settings)) {
                if (!row.anonymous()) {
                    visible.add(row.id());
                } else {
                    List<FeedbackRepository.Row> group = groupsByReceiver.computeIfAbsent(row.receiverId(),
                                    receiver -> anonymousGroups(viewer,
                                            repository.about(viewer, receiver, FeedbackFilter.ALL), settings))
                            .getOrDefault(row.source(), List.of());
                    if (reachesThreshold(group, threshold, today)) {
                        visible.add(row.id());
                    }
                }
            }
        }
        return visible;
    }

    /** The item if the viewer may see it: as its author, or on the receiver's side (anonymous: in a group). */
    private Optional<FeedbackRepository.Row> visible(UUID viewer, UUID feedbackId) {
        if (feedbackId == null) {
            return Optional.empty();
        }
        Optional<FeedbackRepository.Row> found = repository.find(viewer, feedbackId);
        if (found.isEmpty()) {
            return found;
        }
        FeedbackRepository.Row row = found.get();
        if (row.mine()) {
            return found;
        }
        FeedbackSettings settings = access.settings();
        if (!access.seesOnReceiverSide(viewer, row, settings)) {
            return Optional.empty();
        }
        if (!row.anonymous()) {
            return found;
        }
        List<FeedbackRepository.Row> group = anonymousGroups(viewer,
                repository.about(viewer, row.receiverId(), FeedbackFilter.ALL), settings)
                .getOrDefault(row.source(), List.of());
        return reachesThreshold(group, access.threshold(), access.today()) ? found : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackReply> replies(UUID feedbackId) {
        KadensUser me = access.me();
        FeedbackRepository.Row item = visible(me.personId(), feedbackId)
                .orElseThrow(() -> new FeedbackNotFoundException("feedback"));
        List<FeedbackRepository.ReplyRow> rows = repository.replies(item.id());
        if (item.anonymous() && !item.mine()) {
            // the anonymous author's replies show to others from the next day on: their timing says nothing
            var startOfDay = repository.startOfDay();
            rows = rows.stream().filter(reply -> !reply.byAnonymousAuthor() || reply.writtenAt().isBefore(startOfDay))
                    .toList();
        }
        Map<UUID, String> names = repository.names(rows.stream().map(FeedbackRepository.ReplyRow::authorId).toList());
        return rows.stream().map(reply -> toReply(reply, item, me.personId(), names)).toList();
    }

    @Override
    @Transactional
    public FeedbackReply reply(UUID feedbackId, String text) {
        KadensUser me = access.me();
        return replyAs(me.personId(), feedbackId, text, access.today());
    }

    /** Replies as {@code person} on an item they may see; the demo seed passes its own day. */
    FeedbackReply replyAs(UUID person, UUID feedbackId, String text, LocalDate on) {
        FeedbackRepository.Row item = visible(person, feedbackId)
                .orElseThrow(() -> new FeedbackNotFoundException("feedback"));
        String body = text == null ? "" : text.strip();
        new InvalidInputException.Collector()
                .check(!body.isEmpty(), "text", "feedback.reply.required")
                .check(body.length() <= MAX_REPLY, "text", "feedback.reply.too-long")
                .throwIfAny();
        boolean byAnonymousAuthor = item.anonymous() && item.mine();
        UUID id = UUID.randomUUID();
        repository.insertReply(id, item.id(), person, byAnonymousAuthor, body,
                item.anonymous() ? on.withDayOfMonth(1) : on,
                on.equals(access.today()) ? access.now() : on.atTime(12, 0).atZone(access.zone()).toOffsetDateTime());
        return repository.replies(item.id()).stream().filter(reply -> reply.id().equals(id))
                .map(reply -> toReply(reply, item, person, repository.names(List.of(person))))
                .findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackEvidence> evidenceAbout(UUID employeeId, LocalDate from, LocalDate to) {
        KadensUser me = access.me();
        Optional<FeedbackRepository.Person> person = repository.person(employeeId)
                .filter(p -> access.mayRead(me.personId(), p.id()));
        if (person.isEmpty()) {
            return List.of();
        }
        ReceivedFeedback received = receivedAs(me.personId(), person.get(), new FeedbackFilter(from, to, null, null));
        List<FeedbackEvidence> evidence = new ArrayList<>();
        received.named().stream()
                .sorted(Comparator.comparing(FeedbackItem::givenOn).thenComparing(item -> item.id().toString()))
                .forEach(item -> evidence.add(new FeedbackEvidence(item.id(), item.text(), item.source(), false,
                        item.competency(), item.goalId(), item.givenOn(), item.authorName())));
        received.anonymousGroups().forEach(group -> group.items().forEach(item -> evidence.add(new FeedbackEvidence(
                item.id(), item.text(), item.source(), true, item.competency(), null, null, null))));
        return List.copyOf(evidence);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate today() {
        return access.today();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackItem> aboutGoal(UUID goalId) {
        KadensUser me = access.me();
        if (goalId == null) {
            return List.of();
        }
        FeedbackSettings settings = access.settings();
        List<FeedbackRepository.Row> rows = repository.aboutGoal(me.personId(), goalId).stream()
                .filter(row -> !row.anonymous())
                .filter(row -> row.mine() || access.seesOnReceiverSide(me.personId(), row, settings))
                .toList();
        Map<UUID, String> names = names(rows);
        return rows.stream().map(row -> toItem(row, row.mine(), names)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> competencies() {
        access.me();
        // With a framework, feedback is about one of its competencies (linked by id); without, the names
        // found in the company's content.
        List<String> framework = frameworks.competencies(false).stream()
                .map(io.kadens.competencies.Competency::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return framework.isEmpty() ? knowledge.competencies() : framework;
    }

    // ------------------------------------------------------------------ mapping

    private Map<UUID, String> names(List<FeedbackRepository.Row> rows) {
        Set<UUID> ids = new HashSet<>();
        for (FeedbackRepository.Row row : rows) {
            ids.add(row.receiverId());
            if (row.authorId() != null) {
                ids.add(row.authorId());
            }
        }
        return new java.util.HashMap<>(repository.names(ids));
    }

    /**
     * An item for its viewer. Anonymous items never carry author, day, time or request, whoever looks
     * (their author knows them anyway).
     */
    static FeedbackItem toItem(FeedbackRepository.Row row, boolean asAuthor, Map<UUID, String> names) {
        boolean anonymous = row.anonymous();
        return new FeedbackItem(row.id(), row.receiverId(), names.get(row.receiverId()), row.source(), anonymous,
                row.body(), row.competency(), anonymous ? null : row.goalId(), anonymous ? null : row.requestId(),
                row.visibility(), anonymous ? null : row.givenOn(),
                anonymous || row.givenAt() == null ? null : row.givenAt().toInstant(),
                YearMonth.from(row.givenOn()), anonymous ? null : row.authorId(),
                anonymous ? null : names.get(row.authorId()), asAuthor && row.mine(),
                anonymous && !row.mine() ? row.replyCount() - row.freshAnonymousReplies() : row.replyCount());
    }

    private static FeedbackReply toReply(FeedbackRepository.ReplyRow reply, FeedbackRepository.Row item, UUID viewer,
                                         Map<UUID, String> names) {
        boolean mine = reply.byAnonymousAuthor() ? item.mine() : viewer.equals(reply.authorId());
        if (item.anonymous()) {
            return new FeedbackReply(reply.id(), reply.feedbackId(), reply.authorId(),
                    reply.authorId() == null ? null : names.get(reply.authorId()), reply.byAnonymousAuthor(),
                    reply.body(), reply.writtenOn().withDayOfMonth(1), null, mine);
        }
        return new FeedbackReply(reply.id(), reply.feedbackId(), reply.authorId(), names.get(reply.authorId()), false,
                reply.body(), reply.writtenOn(), reply.writtenAt().toInstant(), mine);
    }
}
