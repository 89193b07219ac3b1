package io.kadens.reviews;

import io.kadens.audit.AuditLog;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalTreeNode;
import io.kadens.goals.GoalTreeQuery;
import io.kadens.people.OrgFacts;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.ReviewAnswer.CriterionRating;
import io.kadens.reviews.ReviewAnswer.EvidenceRef;
import io.kadens.reviews.ReviewAnswer.GoalRating;
import io.kadens.reviews.ReviewDocument.FormQuestion;
import io.kadens.reviews.ReviewDocument.GoalOption;
import io.kadens.reviews.ReviewWritingRepository.ReviewRow;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing reviews (issue 15, part 4): a person's review tasks in every cycle, one review with its template
 * questions resolved for the subject, saving a draft with optimistic locking and submitting with the required
 * answers checked. Only the author writes, and only while the cycle runs; submitting after the form's phase
 * deadline is refused with the reason. Every save sets {@code review.overall_rating}.
 *
 * <p>Who reads a review: its author always; once submitted, a self or manager review is read by the subject,
 * the managers above the subject and HR admins, and the subject sees another writer's ratings only after the
 * outcome was shared. Peer and upward reviews are read by their author only (pooled results are shown elsewhere).
 */
@Service
public class ReviewWriting {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_EVIDENCE_PER_ANSWER = 20;

    private final ReviewWritingRepository repository;
    private final ReviewTemplateRepository templates;
    private final CompetencyCriteria competencies;
    private final GoalQueries goals;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ReviewEvidence evidence;

    ReviewWriting(ReviewWritingRepository repository, ReviewTemplateRepository templates,
                  CompetencyCriteria competencies, GoalQueries goals, OrgFacts org, CurrentUser currentUser,
                  TenantSettingsService settings, AuditLog audit, Clock clock,
                  PlatformTransactionManager transactionManager, ReviewEvidence evidence) {
        this.evidence = evidence;
        this.repository = repository;
        this.templates = templates;
        this.competencies = competencies;
        this.goals = goals;
        this.org = org;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ reading

    /** The reviews the signed-in person writes, in every launched cycle, newest cycle first. */
    public List<ReviewTask> myTasks() {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            List<ReviewRow> rows = repository.byAuthor(me.personId());
            Set<UUID> subjects = new HashSet<>();
            rows.forEach(r -> subjects.add(r.subjectId()));
            Map<UUID, String> names = subjects.isEmpty() ? Map.of() : org.names(subjects);
            LocalDate today = today();
            return rows.stream().map(r -> new ReviewTask(r.id(), r.cycleId(), r.cycleName(), r.cycleStatus(),
                    r.subjectId(), names.get(r.subjectId()), r.form(), r.status(), r.deadline(),
                    refusal(r, today))).toList();
        });
    }

    /** The signed-in person's unsubmitted reviews whose cycle runs: what the home page lists. */
    public List<ReviewTask> myOpenTasks() {
        return myTasks().stream().filter(t -> t.status() != ReviewStatus.SUBMITTED
                && t.cycleStatus() == CycleStatus.ACTIVE).toList();
    }

    /**
     * One review with its questions, if the caller may read it.
     *
     * @throws ResourceNotFoundException no such review, or the caller may not read it (they learn nothing)
     */
    public ReviewDocument review(UUID reviewId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            ReviewRow row = repository.review(reviewId).filter(r -> mayRead(me, r))
                    .orElseThrow(() -> new ResourceNotFoundException("review", reviewId));
            return document(me, row);
        });
    }

    /** Whether the signed-in person wrote (or writes) this review: the evidence panel and checks are theirs. */
    boolean isAuthor(UUID reviewId) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> repository.review(reviewId)
                .map(r -> r.authorId().equals(me.personId())).orElse(false));
    }

    // ------------------------------------------------------------------ writing

    /**
     * Saves the answers as a draft if nobody saved since {@code expectedVersion}.
     *
     * @throws ConcurrentEditException the review was saved in between (another tab): nothing is written
     * @throws InvalidInputException   an answer does not fit its question, or the cycle is paused or closed
     */
    public ReviewDocument saveDraft(UUID reviewId, List<ReviewAnswer> answers, long expectedVersion) {
        return write(reviewId, answers, expectedVersion, false);
    }

    /**
     * Saves the answers and submits the review: every required question answered, weights adding up to 100,
     * the cycle running and the form's phase deadline not passed. Nothing is written when any check fails.
     */
    public ReviewDocument submit(UUID reviewId, List<ReviewAnswer> answers, long expectedVersion) {
        return write(reviewId, answers, expectedVersion, true);
    }

    private ReviewDocument write(UUID reviewId, List<ReviewAnswer> answers, long expectedVersion, boolean submit) {
        KadensUser me = requirePerson();
        return transactions.execute(status -> {
            ReviewRow row = repository.reviewForUpdate(reviewId)
                    .orElseThrow(() -> new ResourceNotFoundException("review", reviewId));
            if (!row.authorId().equals(me.personId())) {
                if (mayRead(me, row)) {
                    throw new AccessDeniedException("only the author writes a review");
                }
                throw new ResourceNotFoundException("review", reviewId);
            }
            if (row.version() != expectedVersion) {
                throw new ConcurrentEditException("review", reviewId);
            }
            if (row.status() == ReviewStatus.SUBMITTED) {
                throw InvalidInputException.of("status", "reviews.write.submitted");
            }
            if (row.cycleStatus() == CycleStatus.PAUSED) {
                throw InvalidInputException.of("status", "reviews.submit.paused");
            }
            if (row.cycleStatus() != CycleStatus.ACTIVE) {
                throw InvalidInputException.of("status", "reviews.submit.closed");
            }
            List<FormQuestion> questions = questions(row);
            List<ReviewAnswer> clean = validate(questions, answers);
            requireEvidenceFromThePanel(reviewId, clean);
            if (submit) {
                String refusal = refusal(row, today());
                if (refusal != null) {
                    throw InvalidInputException.of("status", refusal);
                }
                requireComplete(questions, clean);
            }
            Integer overall = overallRating(questions, clean);
            Instant now = clock.instant();
            if (!repository.save(reviewId, clean, overall, submit ? ReviewStatus.SUBMITTED : ReviewStatus.DRAFT,
                    submit ? now : null, expectedVersion)) {
                throw new ConcurrentEditException("review", reviewId);
            }
            if (submit) {
                audit.record("review.submitted", "review", reviewId.toString(), Map.of("status", row.status().name()),
                        Map.of("status", "SUBMITTED", "form", row.form().name(), "answers", clean.size()));
            }
            return document(me, repository.review(reviewId).orElseThrow());
        });
    }

    /** The rating of the form's first RATING question, in template order; null when it has none. */
    static Integer overallRating(List<FormQuestion> questions, List<ReviewAnswer> answers) {
        Map<UUID, ReviewAnswer> byQuestion = byQuestion(answers);
        for (FormQuestion q : questions) {
            if (q.kind() == QuestionKind.RATING) {
                ReviewAnswer a = byQuestion.get(q.id());
                return a == null ? null : a.rating();
            }
        }
        return null;
    }

    /**
     * Checks every answer against its question and returns them in template order, trimmed. Errors are
     * collected per question ({@code answers.<questionId>}), so the form can show each beside its field.
     */
    List<ReviewAnswer> validate(List<FormQuestion> questions, List<ReviewAnswer> answers) {
        int scale = Math.max(3, settings.current().ratingPoints());
        Map<UUID, FormQuestion> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Map<UUID, ReviewAnswer> given = new HashMap<>();
        var errors = new InvalidInputException.Collector();
        for (ReviewAnswer answer : answers == null ? List.<ReviewAnswer>of() : answers) {
            if (answer == null || answer.questionId() == null || !byId.containsKey(answer.questionId())) {
                throw InvalidInputException.of("answers", "reviews.write.unknown-question");
            }
            if (given.put(answer.questionId(), answer) != null) {
                throw InvalidInputException.of("answers", "reviews.write.duplicate-question");
            }
        }
        List<ReviewAnswer> clean = new ArrayList<>();
        for (FormQuestion q : questions) {
            ReviewAnswer a = given.get(q.id());
            if (a == null) {
                continue;
            }
            String field = "answers." + q.id();
            String text = a.text() == null || a.text().isBlank() ? null : a.text().strip();
            errors.check(text == null || text.length() <= MAX_TEXT, field, "reviews.write.text-too-long");
            Predicate<Integer> onScale = r -> r == null || (r >= 1 && r <= scale);
            Integer rating = null;
            List<CriterionRating> criteria = List.of();
            List<GoalRating> goalRatings = List.of();
            switch (q.kind()) {
                case TEXT -> { }
                case RATING -> {
                    errors.check(onScale.test(a.rating()), field, "reviews.write.rating-range");
                    rating = a.rating();
                }
                case COMPETENCY_RATING, LEADERSHIP -> {
                    Set<String> keys = new HashSet<>();
                    q.criteria().forEach(c -> keys.add(c.key()));
                    List<CriterionRating> kept = new ArrayList<>();
                    for (CriterionRating c : a.criteria()) {
                        if (c == null || !keys.contains(c.criterionId())) {
                            throw InvalidInputException.of(field, "reviews.write.unknown-criterion");
                        }
                        errors.check(onScale.test(c.rating()), field, "reviews.write.rating-range");
                        String comment = c.text() == null || c.text().isBlank() ? null : c.text().strip();
                        errors.check(comment == null || comment.length() <= MAX_TEXT, field, "reviews.write.text-too-long");
                        if (c.rating() != null || comment != null) {
                            kept.add(new CriterionRating(c.criterionId(), c.rating(), comment));
                        }
                    }
                    criteria = kept;
                }
                case GOAL_RATING -> {
                    Set<UUID> ids = new HashSet<>();
                    q.goals().forEach(g -> ids.add(g.goalId()));
                    List<GoalRating> kept = new ArrayList<>();
                    for (GoalRating g : a.goals()) {
                        if (g == null || !ids.contains(g.goalId())) {
                            throw InvalidInputException.of(field, "reviews.write.unknown-goal");
                        }
                        errors.check(onScale.test(g.rating()), field, "reviews.write.rating-range");
                        errors.check(g.weight() == null || (g.weight() >= 0 && g.weight() <= 100), field,
                                "reviews.write.weight-range");
                        if (g.rating() != null || g.weight() != null) {
                            kept.add(g);
                        }
                    }
                    goalRatings = kept;
                }
            }
            errors.check(a.evidence().size() <= MAX_EVIDENCE_PER_ANSWER, field, "reviews.write.evidence-too-many");
            List<EvidenceRef> evidence = a.evidence().stream().filter(e -> e != null && e.type() != null && e.id() != null)
                    .distinct().toList();
            if (text != null || rating != null || !criteria.isEmpty() || !goalRatings.isEmpty() || !evidence.isEmpty()) {
                clean.add(new ReviewAnswer(q.id(), text, rating, criteria, goalRatings, evidence));
            }
        }
        errors.throwIfAny();
        return clean;
    }

    /** Attached evidence must be in the writer's panel: nobody cites what they may not see. */
    private void requireEvidenceFromThePanel(UUID reviewId, List<ReviewAnswer> answers) {
        if (answers.stream().allMatch(a -> a.evidence().isEmpty())) {
            return;
        }
        Set<UUID> allowed = ReviewEvidence.ids(evidence.panel(reviewId));
        for (ReviewAnswer a : answers) {
            if (a.evidence().stream().anyMatch(e -> !allowed.contains(e.id()))) {
                throw InvalidInputException.of("answers." + a.questionId(), "reviews.write.unknown-evidence");
            }
        }
    }

    /** On submit: every required question answered in full, and writer-set goal weights adding up to 100. */
    static void requireComplete(List<FormQuestion> questions, List<ReviewAnswer> answers) {
        Map<UUID, ReviewAnswer> byQuestion = byQuestion(answers);
        var errors = new InvalidInputException.Collector();
        for (FormQuestion q : questions) {
            ReviewAnswer a = byQuestion.get(q.id());
            String field = "answers." + q.id();
            if (q.kind() == QuestionKind.GOAL_RATING && q.question().goalWeighting() == GoalWeighting.WRITER_SETS_WEIGHTS
                    && a != null && !a.goals().isEmpty()) {
                int sum = a.goals().stream().mapToInt(g -> g.weight() == null ? 0 : g.weight()).sum();
                errors.check(sum == 100, field, "reviews.write.weights-sum");
            }
            if (!q.question().required()) {
                continue;
            }
            boolean complete = switch (q.kind()) {
                case TEXT -> a != null && a.text() != null;
                case RATING -> a != null && a.rating() != null;
                case COMPETENCY_RATING, LEADERSHIP -> a != null && q.criteria().stream().allMatch(c -> a.criteria().stream()
                        .anyMatch(r -> r.criterionId().equals(c.key()) && r.rating() != null));
                case GOAL_RATING -> q.goals().isEmpty() || a != null && q.goals().stream().allMatch(g -> a.goals().stream()
                        .anyMatch(r -> r.goalId().equals(g.goalId()) && r.rating() != null));
            };
            errors.check(complete, field, "reviews.write.required");
        }
        errors.throwIfAny();
    }

    private static Map<UUID, ReviewAnswer> byQuestion(List<ReviewAnswer> answers) {
        Map<UUID, ReviewAnswer> map = new HashMap<>();
        answers.forEach(a -> map.put(a.questionId(), a));
        return map;
    }

    // ------------------------------------------------------------------ the document

    private ReviewDocument document(KadensUser me, ReviewRow row) {
        List<FormQuestion> questions = questions(row);
        boolean author = row.authorId().equals(me.personId());
        boolean ratingsHidden = !author && row.subjectId().equals(me.personId()) && row.sharedAt() == null;
        List<ReviewAnswer> answers = ratingsHidden ? withoutRatings(row.answers()) : row.answers();
        Map<UUID, String> names = org.names(new HashSet<>(List.of(row.subjectId(), row.authorId())));
        String refusal = refusal(row, today());
        boolean editable = author && row.status() != ReviewStatus.SUBMITTED && row.cycleStatus() == CycleStatus.ACTIVE;
        return new ReviewDocument(row.id(), row.cycleId(), row.cycleName(), row.cycleKind(), row.cycleStatus(),
                row.windowStart(), row.windowEnd(), row.subjectId(), names.get(row.subjectId()), row.authorId(),
                names.get(row.authorId()), row.form(), row.status(), row.deadline(), row.submittedAt(), editable,
                refusal, ratingsHidden, settings.current().ratingLabels(), questions, answers,
                ratingsHidden ? null : row.overallRating(), row.version());
    }

    private static List<ReviewAnswer> withoutRatings(List<ReviewAnswer> answers) {
        return answers.stream().map(a -> new ReviewAnswer(a.questionId(), a.text(), null,
                a.criteria().stream().map(c -> new CriterionRating(c.criterionId(), null, c.text()))
                        .filter(c -> c.text() != null).toList(),
                List.of(), a.evidence())).toList();
    }

    /**
     * The template version's questions for the review's form, resolved for its subject: competencies from the
     * framework (or the question's list), leadership only about someone who manages others, goals of the window.
     */
    private List<FormQuestion> questions(ReviewRow row) {
        TemplateVersion version = templates.version(row.templateId(), row.templateVersion()).orElseThrow();
        boolean managesOthers = org.managesAnyone(row.subjectId());
        List<GoalOption> windowGoals = null;
        List<FormQuestion> questions = new ArrayList<>();
        for (TemplateSection section : version.sections()) {
            for (TemplateQuestion q : section.questions()) {
                if (!q.forms().contains(row.form())) {
                    continue;
                }
                if (q.kind() == QuestionKind.LEADERSHIP && row.form() != ReviewForm.UPWARD && !managesOthers) {
                    continue;
                }
                List<GoalOption> goalOptions = List.of();
                if (q.kind() == QuestionKind.GOAL_RATING) {
                    if (windowGoals == null) {
                        windowGoals = goalsInWindow(row.subjectId(), row.windowStart(), row.windowEnd());
                    }
                    goalOptions = windowGoals;
                }
                questions.add(new FormQuestion(q, section.titleEn(), section.titleSv(),
                        competencies.of(q, row.subjectId()), goalOptions));
            }
        }
        return questions;
    }

    /** The subject's own goals whose period overlaps the window, that the caller may see; cancelled and drafts left out. */
    private List<GoalOption> goalsInWindow(UUID subjectId, LocalDate from, LocalDate to) {
        List<GoalSummary> found = new ArrayList<>();
        collect(goals.tree(new GoalTreeQuery(null, null, from, to, null, null)), found);
        return found.stream()
                .filter(g -> g.owner() != null && subjectId.equals(g.owner().id()))
                .filter(g -> g.status() != GoalStatus.CANCELLED && g.status() != GoalStatus.DRAFT)
                .sorted(java.util.Comparator.comparing(GoalSummary::title).thenComparing(GoalSummary::id))
                .map(g -> new GoalOption(g.id(), g.title(), g.progress(), g.status().name(), g.endsOn()))
                .toList();
    }

    private static void collect(List<GoalTreeNode> nodes, List<GoalSummary> into) {
        for (GoalTreeNode node : nodes) {
            if (node.matched()) {
                into.add(node.goal());
            }
            collect(node.children(), into);
        }
    }

    // ------------------------------------------------------------------ rules

    private String refusal(ReviewRow row, LocalDate today) {
        return ReviewCycles.submissionRefusal(row.cycleStatus(),
                row.deadline() == null ? Map.of() : Map.of(CyclePhase.writingPhaseOf(row.form()), row.deadline()),
                row.form(), today).orElse(null);
    }

    private boolean mayRead(KadensUser me, ReviewRow row) {
        if (row.authorId().equals(me.personId())) {
            return true;
        }
        if (row.status() != ReviewStatus.SUBMITTED || row.form() == ReviewForm.PEER || row.form() == ReviewForm.UPWARD) {
            return false;
        }
        return row.subjectId().equals(me.personId()) || me.has(Role.HR_ADMIN)
                || org.isAbove(me.personId(), row.subjectId());
    }

    private LocalDate today() {
        ZoneId zone;
        try {
            zone = ZoneId.of(settings.current().timeZone());
        } catch (RuntimeException e) {
            zone = ZoneId.of("UTC");
        }
        return LocalDate.now(clock.withZone(zone));
    }

    private KadensUser requirePerson() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || me.personId() == null) {
            throw new AccessDeniedException("reviews are written by people of an organisation");
        }
        return me;
    }
}
