package io.kadens.reviews;

import io.kadens.audit.AuditLog;
import io.kadens.people.OrgFacts;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-off and sharing (issue 15, part 6) and the pooled 360 results (part 3). The participant's manager chain reads
 * the outcome, the manager review and the 360 results at any time, and shares the outcome in the sign-off and sharing
 * phases. The employee sees nothing rated before sharing; after it, their manager review, final rating and pooled 360
 * results, which they acknowledge and may comment on. Every change is audited.
 */
@Service
public class ReviewSharing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReviewOutcomes outcomes;
    private final ReviewSharingRepository repository;
    private final ReviewCycleRepository cycles;
    private final ReviewTemplateRepository templates;
    private final Results360 results;
    private final ReviewCalendar calendar;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog audit;
    private final ReviewPacket packet;
    private final TransactionTemplate transactions;

    ReviewSharing(ReviewOutcomes outcomes, ReviewSharingRepository repository, ReviewCycleRepository cycles,
                  ReviewTemplateRepository templates, Results360 results, ReviewCalendar calendar, OrgFacts org,
                  CurrentUser currentUser, TenantSettingsService settings, AuditLog audit,
                  ReviewPacket packet, PlatformTransactionManager transactionManager) {
        this.packet = packet;
        this.outcomes = outcomes;
        this.repository = repository;
        this.cycles = cycles;
        this.templates = templates;
        this.results = results;
        this.calendar = calendar;
        this.org = org;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The launched cycles the caller took part in, with whether their outcome is shared; no ratings. */
    public List<SharedReview.MyCycle> myCycles() {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.cyclesOf(me.personId()));
    }

    /** A participant's review outcome as the caller may see it (the participant, or their manager chain). */
    public SharedReview review(UUID cycleId, UUID employeeId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> view(me, cycleId, employeeId));
    }

    /** The pooled peer and upward results about a participant; the employee only after sharing. */
    public Pooled360 results360(UUID cycleId, UUID employeeId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            cycle(cycleId);
            ReviewOutcome outcome = outcome(cycleId, employeeId);
            boolean manager = managesParticipant(me.personId(), outcome);
            boolean employee = me.personId().equals(employeeId);
            if (!manager && !(employee && outcome.shared())) {
                throw new AccessDeniedException("360 results go to the manager chain, and to the employee after sharing");
            }
            TenantSettings tenant = settings.current();
            return results.pool(cycleId, employeeId, tenant.anonymityThreshold(), tenant.ratingPoints(), me.locale());
        });
    }

    /** The manager chain shares the outcome with the employee, in the sign-off and sharing phases. */
    public SharedReview share(UUID cycleId, UUID employeeId, long expectedVersion) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            var cycle = cycle(cycleId);
            ReviewOutcome outcome = outcome(cycleId, employeeId);
            if (!managesParticipant(me.personId(), outcome)) {
                throw new AccessDeniedException("only the manager chain shares a review");
            }
            if (outcome.shared()) {
                throw InvalidInputException.of("status", "reviews.share.already");
            }
            if (!ReviewCalendar.sharingOpen(cycle.status(), cycles.deadlines(cycleId), calendar.today())) {
                throw InvalidInputException.of("status", "reviews.share.not-yet");
            }
            if (repository.submittedManagerReview(cycleId, employeeId).isEmpty()) {
                throw InvalidInputException.of("status", "reviews.share.no-manager-review");
            }
            ReviewOutcome shared = outcomes.share(cycleId, employeeId, me.personId(), expectedVersion);
            audit.record("review.outcome.shared", "review_outcome", cycleId + "/" + employeeId, null,
                    Map.of("employeeId", employeeId.toString(), "finalRating", String.valueOf(shared.finalRating())));
            return view(me, cycleId, employeeId);
        });
    }

    /** The employee acknowledges their shared outcome once, with an optional comment. */
    public SharedReview acknowledge(UUID cycleId, String comment, long expectedVersion) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            cycle(cycleId);
            outcomes.outcome(cycleId, me.personId())
                    .orElseThrow(() -> new ResourceNotFoundException("review-outcome", cycleId));
            // given once (ReviewOutcomes refuses a second one), so the audit has no earlier state to show
            ReviewOutcome after = outcomes.acknowledge(cycleId, me.personId(), comment, expectedVersion);
            audit.record("review.outcome.acknowledged", "review_outcome", cycleId + "/" + me.personId(), null,
                    Map.of("acknowledged", true, "commented", after.employeeComment() != null));
            return view(me, cycleId, me.personId());
        });
    }

    // ------------------------------------------------------------------ the view

    private SharedReview view(KadensUser me, UUID cycleId, UUID employeeId) {
        return view(me, cycleId, employeeId, me.locale());
    }

    private SharedReview view(KadensUser me, UUID cycleId, UUID employeeId, Locale locale) {
        var cycle = cycle(cycleId);
        ReviewOutcome outcome = outcome(cycleId, employeeId);
        boolean employee = me.personId().equals(employeeId);
        boolean manager = managesParticipant(me.personId(), outcome);
        if (!employee && !manager) {
            throw new AccessDeniedException("a review outcome goes to the employee and their manager chain");
        }
        boolean visible = manager || outcome.shared();
        TenantSettings tenant = settings.current();
        Set<UUID> people = new HashSet<>(Set.of(employeeId));
        if (outcome.managerId() != null) {
            people.add(outcome.managerId());
        }
        Map<UUID, String> names = org.names(people);
        var answers = repository.submittedManagerReview(cycleId, employeeId);
        List<SharedReview.Answer> managerReview = visible && answers.isPresent() && cycle.templateVersion() != null
                ? answers(templates.version(cycle.templateId(), cycle.templateVersion()).orElseThrow(), answers.get(),
                tenant.ratingLabels(), locale)
                : List.of();
        Integer rating = visible ? outcome.finalRating() : null;
        boolean canShare = manager && !outcome.shared() && answers.isPresent()
                && ReviewCalendar.sharingOpen(cycle.status(), cycles.deadlines(cycleId), calendar.today());
        return new SharedReview(cycleId, cycle.name(), employeeId, names.get(employeeId),
                outcome.managerId() == null ? null : names.get(outcome.managerId()), outcome.shared(), outcome.sharedAt(),
                outcome.acknowledgedAt(), outcome.employeeComment(), outcome.version(), visible, rating,
                label(rating, tenant.ratingLabels()), answers.isPresent(), managerReview,
                visible ? results.pool(cycleId, employeeId, tenant.anonymityThreshold(), tenant.ratingPoints(), locale) : null,
                employee, canShare, employee && outcome.shared() && outcome.acknowledgedAt() == null);
    }

    static List<SharedReview.Answer> answers(TemplateVersion version, String json, List<String> labels, Locale locale) {
        JsonNode all = JSON.readTree(json);
        List<SharedReview.Answer> result = new ArrayList<>();
        for (TemplateSection section : version.sections()) {
            for (TemplateQuestion question : section.questions()) {
                JsonNode answer = null;
                for (JsonNode a : all) {
                    if (question.id().toString().equals(a.path("questionId").asString(""))) {
                        answer = a;
                    }
                }
                if (answer == null || !question.forms().contains(ReviewForm.MANAGER)) {
                    continue;
                }
                List<SharedReview.CriterionAnswer> criteria = new ArrayList<>();
                for (Criterion criterion : question.criteria()) {
                    for (JsonNode c : answer.path("criteria")) {
                        if (criterion.key().equals(c.path("criterionId").asString(""))) {
                            Integer r = rating(c.path("rating"));
                            criteria.add(new SharedReview.CriterionAnswer(criterion.name(locale), r, label(r, labels),
                                    text(c.path("text"))));
                        }
                    }
                }
                List<SharedReview.GoalAnswer> goals = new ArrayList<>();
                for (JsonNode g : answer.path("goals")) {
                    Integer r = rating(g.path("rating"));
                    UUID goalId;
                    try {
                        goalId = UUID.fromString(g.path("goalId").asString(""));
                    } catch (IllegalArgumentException notAnId) {
                        continue;
                    }
                    goals.add(new SharedReview.GoalAnswer(goalId, rating(g.path("weight")), r, label(r, labels)));
                }
                Integer r = rating(answer.path("rating"));
                result.add(new SharedReview.Answer(section.title(locale), question.text(locale), question.kind(),
                        text(answer.path("text")), r, label(r, labels), criteria, goals));
            }
        }
        return result;
    }

    private static Integer rating(JsonNode node) {
        return node.isIntegralNumber() ? node.intValue() : null;
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
    }

    static String label(Integer rating, List<String> labels) {
        return rating == null || rating < 1 || rating > labels.size() ? null : labels.get(rating - 1);
    }

    // ------------------------------------------------------------------ helpers

    private ReviewOutcome outcome(UUID cycleId, UUID employeeId) {
        return outcomes.outcome(cycleId, employeeId)
                .orElseThrow(() -> new ResourceNotFoundException("review-participant", employeeId));
    }

    private boolean managesParticipant(UUID me, ReviewOutcome outcome) {
        return me.equals(outcome.managerId()) || org.isAbove(me, outcome.employeeId());
    }

    private ReviewCycleRepository.CycleRow cycle(UUID cycleId) {
        return cycles.cycle(cycleId).filter(c -> c.status() != CycleStatus.DRAFT)
                .orElseThrow(() -> new ResourceNotFoundException("review-cycle", cycleId));
    }

    private KadensUser requirePerson() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || me.tenantId() == null) {
            throw new AccessDeniedException("review outcomes belong to a tenant's people");
        }
        return me;
    }

    /** The review packet as PDF, in the reader's language (REST: the request's), showing what {@link #review} shows. */
    public byte[] packet(UUID cycleId, UUID employeeId, Locale locale) {
        KadensUser me = requirePerson();
        SharedReview review = transactions.execute(status -> view(me, cycleId, employeeId, locale));
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(settings.current().timeZone());
        } catch (java.time.DateTimeException unknown) {
            zone = java.time.ZoneId.of("UTC");
        }
        return packet.pdf(review, locale, zone);
    }
}
