package io.kadens.feedback;

import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.tenants.TransactionTenant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public praise on the tenant's feed: everyone of the tenant reads it and reacts. */
@Service
class PraiseService implements PraiseFeed {

    static final int MAX_FEED = 200;

    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTenant tenant;

    PraiseService(FeedbackRepository repository, FeedbackAccess access, ApplicationEventPublisher events,
                  TransactionTenant tenant) {
        this.repository = repository;
        this.access = access;
        this.events = events;
        this.tenant = tenant;
    }

    @Override
    @Transactional
    public Praise give(NewPraise praise) {
        KadensUser me = access.me();
        return giveAs(me.personId(), praise, access.now());
    }

    Praise giveAs(UUID author, NewPraise praise, OffsetDateTime at) {
        var errors = new InvalidInputException.Collector();
        Optional<FeedbackRepository.Person> recipient = repository.person(praise.recipientId());
        errors.check(praise.recipientId() != null, "recipientId", "feedback.praise.recipient.required");
        errors.check(praise.recipientId() == null || recipient.isPresent(), "recipientId",
                "feedback.praise.recipient.unknown");
        errors.check(recipient.map(FeedbackRepository.Person::active).orElse(true), "recipientId",
                "feedback.praise.recipient.inactive");
        errors.check(!author.equals(praise.recipientId()), "recipientId", "feedback.praise.recipient.self");
        String text = praise.text() == null ? "" : praise.text().strip();
        errors.check(!text.isEmpty(), "text", "feedback.praise.text.required");
        errors.check(text.length() <= Praise.MAX_LENGTH, "text", "feedback.praise.text.too-long");
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        repository.insertPraise(id, author, praise.recipientId(), text, at);
        events.publishEvent(new PraiseGiven(tenant.require(), id, author, praise.recipientId(),
                text));
        return toPraise(repository.praise(null, id, 1), author).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Praise> feed(int limit) {
        KadensUser me = access.me();
        return toPraise(repository.praise(null, null, Math.clamp(limit, 1, MAX_FEED)), me.personId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Praise> about(UUID employeeId, int limit) {
        KadensUser me = access.me();
        if (employeeId == null) {
            return List.of();
        }
        return toPraise(repository.praise(employeeId, null, Math.clamp(limit, 1, MAX_FEED)), me.personId());
    }

    @Override
    @Transactional(readOnly = true)
    public Praise find(UUID praiseId) {
        KadensUser me = access.me();
        return one(praiseId, me.personId());
    }

    private Praise one(UUID praiseId, UUID viewer) {
        if (praiseId == null) {
            throw new FeedbackNotFoundException("praise");
        }
        return toPraise(repository.praise(null, praiseId, 1), viewer).stream().findFirst()
                .orElseThrow(() -> new FeedbackNotFoundException("praise"));
    }

    @Override
    @Transactional
    public Praise react(UUID praiseId, Reaction reaction) {
        KadensUser me = access.me();
        return reactAs(me.personId(), praiseId, reaction, access.now());
    }

    Praise reactAs(UUID person, UUID praiseId, Reaction reaction, OffsetDateTime at) {
        one(praiseId, person);
        new InvalidInputException.Collector().check(reaction != null, "reaction", "feedback.praise.reaction.required")
                .throwIfAny();
        repository.react(praiseId, person, reaction, at);
        return one(praiseId, person);
    }

    @Override
    @Transactional
    public Praise unreact(UUID praiseId, Reaction reaction) {
        KadensUser me = access.me();
        one(praiseId, me.personId());
        new InvalidInputException.Collector().check(reaction != null, "reaction", "feedback.praise.reaction.required")
                .throwIfAny();
        repository.unreact(praiseId, me.personId(), reaction);
        return one(praiseId, me.personId());
    }

    private List<Praise> toPraise(List<FeedbackRepository.PraiseRow> rows, UUID viewer) {
        Map<UUID, List<FeedbackRepository.ReactionRow>> reactions = repository
                .reactions(rows.stream().map(FeedbackRepository.PraiseRow::id).toList()).stream()
                .collect(Collectors.groupingBy(FeedbackRepository.ReactionRow::praiseId));
        Set<UUID> people = new HashSet<>();
        rows.forEach(row -> {
            people.add(row.authorId());
            people.add(row.recipientId());
        });
        Map<UUID, String> names = repository.names(people);
        List<Praise> result = new ArrayList<>();
        for (FeedbackRepository.PraiseRow row : rows) {
            List<FeedbackRepository.ReactionRow> mine = reactions.getOrDefault(row.id(), List.of());
            List<ReactionCount> counts = new ArrayList<>();
            for (Reaction reaction : Reaction.values()) {
                int count = (int) mine.stream().filter(r -> r.reaction() == reaction).count();
                boolean own = mine.stream().anyMatch(r -> r.reaction() == reaction && r.employeeId().equals(viewer));
                counts.add(new ReactionCount(reaction, count, own));
            }
            result.add(new Praise(row.id(), row.authorId(), names.get(row.authorId()), row.recipientId(),
                    names.get(row.recipientId()), row.body(), row.givenAt().toInstant(), counts));
        }
        return result;
    }
}
