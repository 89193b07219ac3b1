package io.kadens.reviews;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiResult;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.Draft;
import io.kadens.ai.DraftStatement;
import io.kadens.ai.Evidence;
import io.kadens.ai.GroundedPrompt;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.ai.Statement;
import io.kadens.ai.VerifiedDraft;
import io.kadens.people.OrgFacts;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.KadensTranslations;
import io.kadens.reviews.EvidencePanel.EvidenceItem;
import io.kadens.reviews.EvidencePanel.Tone;
import io.kadens.reviews.ReviewAnswer.EvidenceRef;
import io.kadens.reviews.ReviewAnswer.EvidenceType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * "Draft the manager's summary" (manager reviews only; peers and upward reviewers get no AI draft). The writer sees
 * the evidence of the look-back (the cycle's window by default) as insights, each with how strong its support is,
 * ticks which to use, and gets a draft whose every statement cites its sources; the draft says how many insights it
 * used. The AI never proposes or sets a rating: the instructions forbid it and any statement that states one is
 * dropped.
 */
@Service
public class ReviewSummaryDrafts {

    static final String CAPABILITY = "review-summary";
    static final int MAX_QUOTE = 160;
    /** A statement that states a rating ("rating 4", "betyg 3", "4/5", "4 out of 5") never reaches the writer. */
    static final Pattern RATING = Pattern.compile(
            "(?i)\\b(rating|rated|rate|score|betyg|bedömning)\\b\\s*(of|:|=|är|is)?\\s*\\d|\\b\\d\\s*(/|out of|av)\\s*\\d\\b");

    private final ReviewWriting writing;
    private final ReviewEvidence evidence;
    private final AiAnswers ai;
    private final OrgFacts org;
    private final KadensTranslations translations;

    ReviewSummaryDrafts(ReviewWriting writing, ReviewEvidence evidence, AiAnswers ai, OrgFacts org,
                        KadensTranslations translations) {
        this.writing = writing;
        this.evidence = evidence;
        this.ai = ai;
        this.org = org;
        this.translations = translations;
    }

    /** How well an insight is supported: by the number of its sources and how many different kinds of source. */
    public enum Support { STRONG, MODERATE, WEAK }

    /**
     * One thing the evidence says.
     *
     * @param id      stable for the same evidence, so a ticked insight can be sent back
     * @param spread  how many different sources it rests on (feedback from peers and from a manager: 2)
     */
    public record Insight(String id, Tone tone, String text, List<EvidenceRef> sources, int spread, Support support) {
    }

    /** The insights of a look-back; {@code from} and {@code to} are the window used. */
    public record Insights(LocalDate from, LocalDate to, List<Insight> insights) {
    }

    /** One statement of the draft with the evidence it cites. */
    public record DraftLine(String text, List<EvidenceRef> citations) {
    }

    /**
     * A cited draft.
     *
     * @param used    the ticked insights the kept statements rest on
     * @param offered every insight of the look-back
     * @param dropped statements the verification removed (not grounded, or stating a rating)
     */
    public record SummaryDraft(List<DraftLine> lines, int used, int offered, int dropped, AnswerMode mode,
                               String messageKey) {
    }

    /**
     * The insights of the evidence for the author of a manager review.
     *
     * @param from null: the cycle's window start
     * @param to   null: the cycle's window end
     */
    public Insights insights(java.util.UUID reviewId, LocalDate from, LocalDate to, Locale locale) {
        requireManagerForm(reviewId);
        EvidencePanel panel = evidence.panel(reviewId, from, to);
        return new Insights(panel.windowStart(), panel.windowEnd(), insights(panel, locale));
    }

    /** Drafts the summary from the ticked insights (ids from {@link #insights}). */
    public SummaryDraft draft(java.util.UUID reviewId, List<String> insightIds, LocalDate from, LocalDate to,
                              Locale locale) {
        ReviewDocument review = requireManagerForm(reviewId);
        if (insightIds == null || insightIds.isEmpty()) {
            throw InvalidInputException.of("insights", "reviewwriting.summary.choose");
        }
        EvidencePanel panel = evidence.panel(reviewId, from, to);
        List<Insight> all = insights(panel, locale);
        Set<String> ticked = new HashSet<>(insightIds);
        List<Insight> chosen = all.stream().filter(i -> ticked.contains(i.id())).toList();
        if (chosen.isEmpty()) {
            throw InvalidInputException.of("insights", "reviewwriting.summary.choose");
        }
        Map<java.util.UUID, EvidenceItem> items = new HashMap<>();
        panel.items().forEach(i -> items.put(i.id(), i));
        List<Evidence> sources = new ArrayList<>();
        Map<String, String> labelOf = new LinkedHashMap<>();
        Map<SourceRef, EvidenceRef> refs = new HashMap<>();
        for (Insight insight : chosen) {
            for (EvidenceRef ref : insight.sources()) {
                String key = ref.type() + ":" + ref.id();
                if (labelOf.containsKey(key)) {
                    continue;
                }
                String label = "S" + (labelOf.size() + 1);
                labelOf.put(key, label);
                SourceRef source = SourceRef.of(sourceType(ref.type()), ref.id());
                refs.put(source, ref);
                sources.add(new Evidence(label, source, sourceText(items.get(ref.id()), locale)));
            }
        }
        List<DraftStatement> offline = chosen.stream().map(insight -> new DraftStatement(insight.text(),
                insight.sources().stream().map(r -> labelOf.get(r.type() + ":" + r.id())).toList())).toList();
        GroundedPrompt prompt = new GroundedPrompt(CAPABILITY, instructions(locale),
                translations.getTranslation("reviewwriting.summary.request", locale, review.subjectName()), sources);
        var subject = org.person(review.subjectId()).map(p -> new PersonalDataRedactor.Person(p.givenName(),
                p.familyName(), p.email(), null)).orElse(null);
        AiResult<VerifiedDraft> result = ai.draft(prompt, () -> new Draft(offline),
                new PersonalDataRedactor.People(subject, List.of()));
        if (result.value() == null) {
            return new SummaryDraft(List.of(), 0, all.size(), 0, result.mode(), result.messageKey());
        }
        List<DraftLine> lines = new ArrayList<>();
        Set<EvidenceRef> cited = new HashSet<>();
        int dropped = result.value().dropped().size();
        for (Statement statement : result.value().statements()) {
            if (RATING.matcher(statement.text()).find()) {
                dropped++;
                continue;
            }
            List<EvidenceRef> citations = statement.citations().stream().map(refs::get).filter(r -> r != null).toList();
            cited.addAll(citations);
            lines.add(new DraftLine(statement.text(), citations));
        }
        int used = (int) chosen.stream().filter(i -> i.sources().stream().anyMatch(cited::contains)).count();
        return new SummaryDraft(lines, used, all.size(), dropped, result.mode(), result.messageKey());
    }

    private ReviewDocument requireManagerForm(java.util.UUID reviewId) {
        if (!writing.isAuthor(reviewId)) {
            throw new io.kadens.platform.ResourceNotFoundException("review", reviewId);
        }
        ReviewDocument review = writing.review(reviewId);
        if (review.form() != ReviewForm.MANAGER) {
            throw InvalidInputException.of("form", "reviewwriting.summary.manager-only");
        }
        return review;
    }

    // ------------------------------------------------------------------ insights

    /** The evidence grouped into insights: each goal, feedback by competency and tone, praise, check-ins, the plan. */
    List<Insight> insights(EvidencePanel panel, Locale locale) {
        List<Insight> insights = new ArrayList<>();
        for (EvidenceItem goal : panel.of(EvidenceType.GOAL)) {
            insights.add(insight("goal:" + goal.id(), goal.tone(), t(locale, "reviewwriting.insight.goal", goal.title(),
                    percent(goal.progress()), health(goal, locale)), List.of(goal), 1));
        }
        Map<String, List<EvidenceItem>> feedbackGroups = new LinkedHashMap<>();
        for (EvidenceItem f : panel.of(EvidenceType.FEEDBACK)) {
            String topic = f.title() == null || f.title().isBlank() ? "" : f.title();
            feedbackGroups.computeIfAbsent(topic + "|" + f.tone().name(), k -> new ArrayList<>()).add(f);
        }
        feedbackGroups.forEach((key, group) -> {
            String topic = key.substring(0, key.lastIndexOf('|'));
            Tone tone = group.getFirst().tone();
            int spread = (int) group.stream().map(i -> String.valueOf(i.source())).distinct().count();
            String toneKey = "reviewwriting.insight.feedback." + tone.name() + (topic.isEmpty() ? "" : ".topic");
            insights.add(insight("feedback:" + topic + ":" + tone.name(), tone,
                    t(locale, toneKey, quote(group.getFirst().text()), topic), group, spread));
        });
        List<EvidenceItem> praise = panel.of(EvidenceType.PRAISE);
        if (!praise.isEmpty()) {
            int authors = (int) praise.stream().map(i -> String.valueOf(i.source())).distinct().count();
            insights.add(insight("praise", Tone.STRENGTH, t(locale, "reviewwriting.insight.praise",
                    quote(praise.getFirst().text())), praise, authors));
        }
        List<EvidenceItem> checkIns = panel.of(EvidenceType.CHECK_IN).stream()
                .filter(c -> c.text() != null && !c.text().isBlank()).toList();
        if (!checkIns.isEmpty()) {
            insights.add(insight("check-ins", Tone.NEUTRAL, t(locale, "reviewwriting.insight.check-ins",
                    quote(checkIns.getLast().text())), checkIns, 1));
        }
        for (EvidenceItem plan : panel.of(EvidenceType.DEVELOPMENT_PLAN)) {
            insights.add(insight("plan:" + plan.id(), Tone.NEUTRAL, t(locale, "reviewwriting.insight.plan",
                    quote(plan.text()), percent(plan.progress())), List.of(plan), 1));
        }
        return insights;
    }

    private static Insight insight(String id, Tone tone, String text, List<EvidenceItem> items, int spread) {
        int n = items.size();
        Support support = n >= 3 && spread >= 2 ? Support.STRONG : n >= 2 ? Support.MODERATE : Support.WEAK;
        return new Insight(id, tone, text, items.stream().map(i -> new EvidenceRef(i.type(), i.id())).toList(),
                spread, support);
    }

    private String sourceText(EvidenceItem item, Locale locale) {
        if (item == null) {
            return "";
        }
        return switch (item.type()) {
            case GOAL -> t(locale, "reviewwriting.insight.goal", item.title(), percent(item.progress()), health(item, locale));
            case DEVELOPMENT_PLAN -> t(locale, "reviewwriting.insight.plan", item.text(), percent(item.progress()));
            default -> item.text();
        };
    }

    private String health(EvidenceItem goal, Locale locale) {
        return goal.source() == null ? t(locale, "reviewwriting.insight.goal.status." + goal.text())
                : t(locale, "reviewwriting.evidence.health." + goal.source());
    }

    private static String percent(Double progress) {
        return progress == null ? "0%" : Math.round(progress * 100) + "%";
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.length() > MAX_QUOTE ? clean.substring(0, MAX_QUOTE - 1) + "…" : clean;
    }

    private String instructions(Locale locale) {
        return """
                You draft the summary of a manager's performance review. Write short statements in %s about what the \
                sources show: results, how the work was done, strengths and growth areas. Each statement cites the \
                labels of its sources. Never propose, suggest, mention or imply a rating, score or grade: the manager \
                rates, not you.""".formatted("sv".equals(locale.getLanguage()) ? "Swedish" : "English");
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String sourceType(EvidenceType type) {
        return switch (type) {
            case GOAL -> SourceTypes.GOAL;
            case FEEDBACK -> SourceTypes.FEEDBACK;
            case PRAISE -> ReviewEvidenceCitations.PRAISE;
            case CHECK_IN -> ReviewEvidenceCitations.CHECK_IN;
            case DEVELOPMENT_PLAN -> ReviewEvidenceCitations.DEVELOPMENT_PLAN;
            case ONE_ON_ONE -> "review_oneonone";
        };
    }
}
