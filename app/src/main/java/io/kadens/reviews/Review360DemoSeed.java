package io.kadens.reviews;

import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo 360 and sharing for Acme's Sara Nilsson, on top of the demo cycles ({@link ReviewsDemoSeed}), their written
 * reviews ({@link ReviewWritingDemoSeed}) and calibration: in the open quarterly cycle Sara has nominated two
 * colleagues (her manager approved one, who has answered; the other waits for approval), and in the closed
 * semi-annual cycle her manager has shared her outcome, so the sharing page has something to show. Each part is
 * written only when missing, so it also fills a database an earlier version seeded, and a re-run changes nothing.
 * Any other company is left alone (Globex's running cycle is already in its manager-review phase). Seeding acts as
 * nobody: it checks no access rights.
 */
@Component
public class Review360DemoSeed {

    private final ReviewCycleRepository cycles;
    private final ReviewNominationRepository nominations;
    private final ReviewWritingRepository writing;
    private final ReviewTemplateRepository templates;
    private final ReviewOutcomes outcomes;
    private final OrgFacts org;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Review360DemoSeed(ReviewCycleRepository cycles, ReviewNominationRepository nominations,
                      ReviewWritingRepository writing, ReviewTemplateRepository templates, ReviewOutcomes outcomes,
                      OrgFacts org, Clock clock, PlatformTransactionManager transactionManager) {
        this.cycles = cycles;
        this.nominations = nominations;
        this.writing = writing;
        this.templates = templates;
        this.outcomes = outcomes;
        this.org = org;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds what is missing in the bound tenant; true when it wrote anything. */
    public boolean seedIfMissing(String slug) {
        if (!"acme".equals(slug)) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<OrgPerson> sara = org.personNamed("Sara", "Nilsson");
            if (sara.isEmpty() || sara.get().managerId() == null) {
                return false;
            }
            boolean nominated = nominate(sara.get());
            boolean shared = share(sara.get());
            return nominated || shared;
        }));
    }

    /** Two peers nominated in the open quarterly cycle: one approved with a submitted answer, one pending. */
    private boolean nominate(OrgPerson sara) {
        var cycle = cycles.cycles().stream()
                .filter(c -> c.kind() == CycleKind.QUARTERLY && c.status() == CycleStatus.ACTIVE).findFirst();
        if (cycle.isEmpty() || cycle.get().templateVersion() == null
                || nominations.participant(cycle.get().id(), sara.id()).isEmpty()
                || !nominations.nominations(cycle.get().id(), sara.id()).isEmpty()) {
            return false;
        }
        List<UUID> peers = peersOf(sara);
        if (peers.size() < 2) {
            return false;
        }
        UUID cycleId = cycle.get().id();
        Instant now = clock.instant();
        UUID approved = peers.get(0);
        nominations.insert(UUID.randomUUID(), cycleId, sara.id(), approved, sara.id(), NominationStatus.APPROVED,
                sara.managerId(), now.minus(3, ChronoUnit.DAYS));
        nominations.insertPeerReview(cycleId, sara.id(), approved);
        nominations.insert(UUID.randomUUID(), cycleId, sara.id(), peers.get(1), sara.id(), NominationStatus.PENDING,
                null, null);
        TemplateVersion version = templates.version(cycle.get().templateId(), cycle.get().templateVersion()).orElseThrow();
        writing.reviewsOf(cycleId).stream()
                .filter(r -> r.form() == ReviewForm.PEER && r.subjectId().equals(sara.id()) && r.authorId().equals(approved))
                .findFirst()
                .ifPresent(review -> {
                    List<ReviewAnswer> answers = peerAnswers(version);
                    writing.seedAnswers(review.id(), answers, overall(version, answers), ReviewStatus.SUBMITTED,
                            now.minus(1, ChronoUnit.DAYS));
                });
        return true;
    }

    /** Sara's colleagues under the same manager, in name order; her manager's other reports first. */
    private List<UUID> peersOf(OrgPerson sara) {
        List<UUID> ids = new ArrayList<>(org.directReports(sara.managerId()));
        ids.remove(sara.id());
        Map<UUID, OrgPerson> people = org.people(ids);
        return people.values().stream().filter(OrgPerson::active)
                .sorted(Comparator.comparing(OrgPerson::familyName).thenComparing(OrgPerson::givenName))
                .map(OrgPerson::id).toList();
    }

    private static List<ReviewAnswer> peerAnswers(TemplateVersion version) {
        List<ReviewAnswer> answers = new ArrayList<>();
        for (TemplateQuestion q : version.questions()) {
            if (!q.forms().contains(ReviewForm.PEER)) {
                continue;
            }
            switch (q.kind()) {
                case TEXT -> answers.add(ReviewAnswer.text(q.id(),
                        "Sara förbereder kundmötena noga och delar med sig av det hon lär sig till hela säljteamet."));
                case RATING -> answers.add(ReviewAnswer.rating(q.id(), 4, null));
                case COMPETENCY_RATING -> answers.add(new ReviewAnswer(q.id(), null, null, q.criteria().stream()
                        .map(c -> new ReviewAnswer.CriterionRating(c.key(), 4, null)).toList(), null, null));
                default -> { }
            }
        }
        return answers;
    }

    private static Integer overall(TemplateVersion version, List<ReviewAnswer> answers) {
        for (TemplateQuestion q : version.questions()) {
            if (q.kind() == QuestionKind.RATING && q.forms().contains(ReviewForm.PEER)) {
                return answers.stream().filter(a -> a.questionId().equals(q.id())).map(ReviewAnswer::rating)
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /** Sara's outcome of the closed semi-annual cycle, shared by her manager once the manager review is submitted. */
    private boolean share(OrgPerson sara) {
        var cycle = cycles.cycles().stream()
                .filter(c -> c.kind() == CycleKind.SEMI_ANNUAL && c.status() == CycleStatus.CLOSED).findFirst();
        if (cycle.isEmpty()) {
            return false;
        }
        UUID cycleId = cycle.get().id();
        var outcome = outcomes.outcome(cycleId, sara.id());
        boolean managerReviewSubmitted = writing.reviewsOf(cycleId).stream().anyMatch(r -> r.form() == ReviewForm.MANAGER
                && r.subjectId().equals(sara.id()) && r.status() == ReviewStatus.SUBMITTED);
        if (outcome.isEmpty() || outcome.get().shared() || outcome.get().managerId() == null || !managerReviewSubmitted) {
            return false;
        }
        outcomes.share(cycleId, sara.id(), outcome.get().managerId(), outcome.get().version());
        return true;
    }
}
