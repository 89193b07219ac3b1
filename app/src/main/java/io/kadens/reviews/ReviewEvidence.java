package io.kadens.reviews;

import io.kadens.development.DevelopmentPlans;
import io.kadens.feedback.Feedback;
import io.kadens.feedback.FeedbackEvidence;
import io.kadens.feedback.Praise;
import io.kadens.feedback.PraiseFeed;
import io.kadens.goals.GoalQueries;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalTreeNode;
import io.kadens.goals.GoalTreeQuery;
import io.kadens.oneonones.CheckIn;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.HeldOneOnOne;
import io.kadens.oneonones.OneOnOneEvidence;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.EvidencePanel.EvidenceItem;
import io.kadens.reviews.EvidencePanel.FeedbackCounts;
import io.kadens.reviews.EvidencePanel.Recency;
import io.kadens.reviews.EvidencePanel.Tone;
import io.kadens.reviews.ReviewAnswer.EvidenceType;
import io.kadens.reviews.ReviewWritingRepository.ReviewRow;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence panel beside a review form, for its writer only, over the cycle's window. Every source is read
 * through its feature's public API as the writer, so the panel holds only what the writer may see.
 */
@Service
public class ReviewEvidence {

    static final int MAX_PRAISE = 200;

    private final ReviewWritingRepository repository;
    private final GoalQueries goals;
    private final Feedback feedback;
    private final PraiseFeed praise;
    private final CheckIns checkIns;
    private final DevelopmentPlans plans;
    private final OneOnOneEvidence oneOnOnes;
    private final io.kadens.feedbacksummary.FeedbackSummaryService summaries;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReviewEvidence(ReviewWritingRepository repository, GoalQueries goals, Feedback feedback, PraiseFeed praise,
                   CheckIns checkIns, DevelopmentPlans plans, OneOnOneEvidence oneOnOnes,
                   io.kadens.feedbacksummary.FeedbackSummaryService summaries, CurrentUser currentUser,
                   TenantSettingsService settings, Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.goals = goals;
        this.feedback = feedback;
        this.praise = praise;
        this.checkIns = checkIns;
        this.plans = plans;
        this.oneOnOnes = oneOnOnes;
        this.summaries = summaries;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The panel of a review the signed-in person writes (or wrote).
     *
     * @throws ResourceNotFoundException no such review, or the caller is not its author
     */
    public EvidencePanel panel(UUID reviewId) {
        KadensUser me = currentUser.require();
        return transactions.execute(status -> {
            ReviewRow row = repository.review(reviewId).filter(r -> r.authorId().equals(me.personId()))
                    .orElseThrow(() -> new ResourceNotFoundException("review", reviewId));
            return collect(me, row);
        });
    }

    /**
     * The panel over another look-back than the cycle's window (for the summary draft): at most three years.
     *
     * @throws ResourceNotFoundException no such review, or the caller is not its author
     */
    public EvidencePanel panel(UUID reviewId, LocalDate from, LocalDate to) {
        KadensUser me = currentUser.require();
        return transactions.execute(status -> {
            ReviewRow row = repository.review(reviewId).filter(r -> r.authorId().equals(me.personId()))
                    .orElseThrow(() -> new ResourceNotFoundException("review", reviewId));
            LocalDate start = from == null ? row.windowStart() : from;
            LocalDate end = to == null ? row.windowEnd() : to;
            new io.kadens.platform.InvalidInputException.Collector()
                    .check(!end.isBefore(start), "to", "reviewwriting.period.order")
                    .check(end.toEpochDay() - start.toEpochDay() <= MAX_PERIOD_DAYS, "from", "reviewwriting.period.too-long")
                    .throwIfAny();
            return collect(me, row, start, end);
        });
    }

    static final int MAX_PERIOD_DAYS = 3 * 366;

    private EvidencePanel collect(KadensUser me, ReviewRow row) {
        return collect(me, row, row.windowStart(), row.windowEnd());
    }

    private EvidencePanel collect(KadensUser me, ReviewRow row, LocalDate from, LocalDate to) {
        UUID subject = row.subjectId();
        List<EvidenceItem> items = new ArrayList<>();
        items.addAll(goalItems(subject, from, to));
        items.addAll(checkInItems(me, subject, from, to));
        List<EvidencePanel.OneOnOneFacts> meetingFacts = new ArrayList<>();
        items.addAll(oneOnOneItems(subject, from, to, meetingFacts));
        List<FeedbackEvidence> feedbackItems = feedback.evidenceAbout(subject, from, to);
        for (FeedbackEvidence f : feedbackItems) {
            items.add(new EvidenceItem(EvidenceType.FEEDBACK, f.feedbackId(), f.competency(), f.text(), f.givenOn(),
                    null, f.source() == null ? null : f.source().name(), EvidenceTone.of(f.text()), null));
        }
        for (Praise p : praise.about(subject, MAX_PRAISE)) {
            LocalDate on = LocalDate.ofInstant(p.givenAt(), zone());
            if (!on.isBefore(from) && !on.isAfter(to)) {
                items.add(new EvidenceItem(EvidenceType.PRAISE, p.id(), null, p.text(), on, null, p.authorName(),
                        Tone.STRENGTH, null));
            }
        }
        if (plans.mayView(subject)) {
            plans.current(subject).ifPresent(plan -> items.add(new EvidenceItem(EvidenceType.DEVELOPMENT_PLAN, plan.id(),
                    null, plan.objectives().stream().map(o -> o.title()).collect(Collectors.joining("; ")),
                    plan.lastTouchedAt() == null ? plan.periodStart() : LocalDate.ofInstant(plan.lastTouchedAt(), zone()),
                    plan.progressPercent() / 100.0, plan.status().name(), Tone.NEUTRAL,
                    me.personId().equals(subject) ? "development" : "development/" + subject)));
        }
        Map<String, Integer> bySource = new TreeMap<>();
        feedbackItems.forEach(f -> bySource.merge(f.source() == null ? "OTHER" : f.source().name(), 1, Integer::sum));
        int anonymous = (int) feedbackItems.stream().filter(FeedbackEvidence::anonymous).count();
        FeedbackCounts counts = new FeedbackCounts(feedbackItems.size(), feedbackItems.size() - anonymous, anonymous, bySource);
        String summaryLink = !me.personId().equals(subject) && summaries.mayView(subject)
                ? "feedback-summary/" + subject + "?from=" + from + "&to=" + to : null;
        return new EvidencePanel(row.id(), subject, from, to, items, counts, summaryLink,
                recency(items, to, today()), meetingFacts);
    }

    /**
     * The 1:1s held with the subject in the window that the writer was in (or all of the subject's, when they write
     * about themselves): the other person, the talking points and, in the figures, the shared notes. Linked to the
     * meeting's page.
     */
    private List<EvidenceItem> oneOnOneItems(UUID subject, LocalDate from, LocalDate to,
                                             List<EvidencePanel.OneOnOneFacts> facts) {
        ZoneId zone = zone();
        List<EvidenceItem> items = new ArrayList<>();
        for (HeldOneOnOne held : oneOnOnes.heldWith(subject, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())) {
            String agenda = String.join("\n", held.agenda());
            String text = held.sharedNotes() == null ? agenda
                    : agenda.isEmpty() ? held.sharedNotes() : agenda + "\n" + held.sharedNotes();
            items.add(new EvidenceItem(EvidenceType.ONE_ON_ONE, held.meetingId(),
                    held.other() == null ? null : held.other().name(), text,
                    LocalDate.ofInstant(held.scheduledAt(), zone),
                    held.agendaPoints() == 0 ? null : (double) held.covered() / held.agendaPoints(),
                    held.kind().name(), EvidenceTone.of(text), "one-on-ones/" + held.meetingId()));
            facts.add(new EvidencePanel.OneOnOneFacts(held.meetingId(), held.agendaPoints(), held.covered(),
                    held.sharedNotes() == null ? 0 : held.sharedNotes().split("\\s+").length));
        }
        return items;
    }

    /** How many dated items fall in the last 30 days before the window's end (or today, when earlier). */
    static Recency recency(List<EvidenceItem> items, LocalDate windowEnd, LocalDate today) {
        LocalDate end = today.isBefore(windowEnd) ? today : windowEnd;
        LocalDate start = end.minusDays(Recency.DAYS - 1L);
        List<LocalDate> dated = items.stream().map(EvidenceItem::on).filter(Objects::nonNull).toList();
        int recent = (int) dated.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).count();
        int percent = dated.isEmpty() ? 0 : Math.round(100f * recent / dated.size());
        return new Recency(dated.size(), recent, percent, dated.size() >= 4 && recent * 2 > dated.size());
    }

    private List<EvidenceItem> goalItems(UUID subject, LocalDate from, LocalDate to) {
        List<GoalSummary> found = new ArrayList<>();
        collectGoals(goals.tree(new GoalTreeQuery(null, null, from, to, null, null)), found);
        return found.stream()
                .filter(g -> g.owner() != null && subject.equals(g.owner().id()))
                .filter(g -> g.status() != GoalStatus.CANCELLED && g.status() != GoalStatus.DRAFT)
                .sorted(Comparator.comparing(GoalSummary::title).thenComparing(GoalSummary::id))
                .map(g -> new EvidenceItem(EvidenceType.GOAL, g.id(), g.title(), g.status().name(),
                        g.updatedAt() == null ? null : LocalDate.ofInstant(g.updatedAt(), zone()), g.progress(),
                        g.health() == null ? null : g.health().name(), goalTone(g), "goals/" + g.id()))
                .toList();
    }

    private static Tone goalTone(GoalSummary g) {
        if (g.status() == GoalStatus.ACHIEVED || g.progress() >= 0.9) {
            return Tone.STRENGTH;
        }
        if (g.status() == GoalStatus.MISSED || g.health() == io.kadens.goals.Health.OFF_TRACK) {
            return Tone.GROWTH;
        }
        return Tone.NEUTRAL;
    }

    private static void collectGoals(List<GoalTreeNode> nodes, List<GoalSummary> into) {
        for (GoalTreeNode node : nodes) {
            if (node.matched()) {
                into.add(node.goal());
            }
            collectGoals(node.children(), into);
        }
    }

    /** The subject's submitted check-ins of the window: their own when they write, their reports' for a manager. */
    private List<EvidenceItem> checkInItems(KadensUser me, UUID subject, LocalDate from, LocalDate to) {
        List<CheckIn> source = me.personId().equals(subject) ? checkIns.mine() : checkIns.ofMyReports();
        return source.stream()
                .filter(c -> c.employee() != null && subject.equals(c.employee().id()) && c.submittedAt() != null)
                .map(c -> {
                    LocalDate on = LocalDate.ofInstant(c.submittedAt(), zone());
                    String text = c.answers().stream().map(a -> a.text()).filter(t -> t != null && !t.isBlank())
                            .collect(Collectors.joining(" · "));
                    return new EvidenceItem(EvidenceType.CHECK_IN, c.id(), null, text, on,
                            c.pulse() == null ? null : c.pulse() / 5.0, null, EvidenceTone.of(text), null);
                })
                .filter(i -> !i.on().isBefore(from) && !i.on().isAfter(to))
                .toList();
    }

    /** The ids the writer may attach to answers. */
    static Set<UUID> ids(EvidencePanel panel) {
        return panel.items().stream().map(EvidenceItem::id).collect(Collectors.toSet());
    }

    private ZoneId zone() {
        return settings.zone();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
