package io.kadens.ai.smart;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.Evidence;
import io.kadens.ai.GroundedPrompt;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.Languages;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The SMART goal coach: checks a goal as it is typed and suggests up to three SMART rewrites.
 *
 * <p>Rewrites fill what the checker found missing from what the requester may see: a target taken
 * from similar goals of the tenant and from company content and training, all read through
 * {@link SearchAccessRules} (so goals the requester may not see never appear, and a page of hits is
 * checked in one batch); a deadline from the goal's period end; a parent goal (given, or the most similar visible
 * goal) for Relevant. Offline, rules compose them; in LLM mode the model writes them from the same
 * fenced evidence. Either way the same checker scores every rewrite, and one that scores lower than
 * the original, or loses a criterion the original met, is never shown.
 */
public final class SmartCoach {

    public static final String CAPABILITY = "smart-coach";
    public static final int MAX_SUGGESTIONS = 3;
    public static final String GOAL = SourceTypes.GOAL;
    /** Where targets may come from besides similar goals: the company's content library and training. */
    public static final Set<String> CONTENT = SourceTypes.COMPANY_KNOWLEDGE;
    /** A similar goal must be at least this close (cosine) to be used as a parent candidate. */
    static final double PARENT_CANDIDATE_SIMILARITY = 0.5;

    /** What the model fills: rewrites citing the evidence labels they used. */
    public record Rewrites(List<Rewrite> rewrites) {
    }

    public record Rewrite(String text, List<String> sources) {
    }

    private final SmartChecker rules = new SmartChecker();
    private final SearchAccessRules knowledge;
    private final EmbeddingModel embeddings;
    private final AiAnswers answers;

    public SmartCoach(SearchAccessRules knowledge, EmbeddingModel embeddings, AiAnswers answers) {
        this.knowledge = knowledge;
        this.embeddings = embeddings;
        this.answers = answers;
    }

    /**
     * The checklist, by rules only: well under a millisecond, so the editor can show it while the goal
     * is typed. Relating a goal to its parent by sentence embeddings was measured too slow for that
     * (p50 62 ms, p95 200 ms on a shared machine; see the decision record), so the parent counts by
     * shared word stems; embeddings find the similar goals and content that suggestions draw on.
     */
    public SmartAssessment check(SmartInput input) {
        return rules.check(input);
    }

    /** The AI mode the bound tenant's people get now: suggestions are off when it is OFF. */
    public AiMode mode() {
        return answers.effectiveMode();
    }

    /**
     * Up to three rewrites, best first, each scoring at least as well as the original; none when AI is
     * off for the tenant (mode OFF) or the goal is already SMART and nothing better was found.
     */
    public AiResult<List<SmartSuggestion>> suggest(SmartRequest request) {
        SmartInput input = request.input();
        AiMode mode = answers.effectiveMode();
        if (mode == AiMode.OFF) {
            return AiResult.off();
        }
        SmartAssessment original = check(input);
        if (input.text().isBlank()) {
            return new AiResult<>(List.of(), AnswerMode.OFFLINE, null);
        }
        Material material = gather(request);
        GroundedPrompt prompt = new GroundedPrompt(CAPABILITY, instructions(original, input), input.text(),
                material.evidence);
        AiResult<Rewrites> result = answers.answer(prompt, Rewrites.class,
                () -> offlineRewrites(input, original, material), request.people());
        SmartInput parentContext = material.parent == null ? input
                : input.withParentText(input.parentText() != null ? input.parentText() : material.parent.text());
        // Rewrites are judged in the context they are checked in (with the parent candidate found), and
        // so is the original they must not fall behind.
        SmartAssessment originalInContext = parentContext == input ? original : check(parentContext);
        return result.map(rewrites -> withQuestions(shown(rewrites, originalInContext, parentContext, material),
                original, input, material));
    }

    // ---------------------------------------------------------------- evidence

    private record Source(Evidence evidence, String title, String link, double similarity) {
    }

    private record ParentSource(String label, String text) {
    }

    private static final class Material {
        final List<Evidence> evidence = new ArrayList<>();
        final Map<String, Source> byLabel = new LinkedHashMap<>();
        final List<Source> goals = new ArrayList<>();
        final List<Source> content = new ArrayList<>();
        ParentSource parent;
        String parentTitle;

        String add(SourceRef ref, String text, String title, String link, double similarity) {
            String label = "S" + (evidence.size() + 1);
            Evidence item = new Evidence(label, ref, text);
            evidence.add(item);
            byLabel.put(label, new Source(item, title, link, similarity));
            return label;
        }
    }

    private Material gather(SmartRequest request) {
        SmartInput input = request.input();
        String text = input.text().strip();
        float[] vector = embeddings.embed(text);
        Material material = new Material();
        Set<SourceRef> seen = new LinkedHashSet<>();
        if (request.parent() != null) {
            SmartRequest.Parent parent = request.parent();
            String parentText = input.parentText() != null ? input.parentText() : parent.title();
            String label = material.add(parent.source(), parentText, parent.title(), parent.link(), 1);
            material.parent = new ParentSource(label, parentText);
            material.parentTitle = parent.title();
            seen.add(parent.source());
        }
        // Only goals the requester may see: the registry checks the whole page with the goals feature's rule.
        List<KnowledgeHit> goalHits = knowledge.search(new KnowledgeQuery(text, 8, Set.of(GOAL), null, null), vector);
        for (KnowledgeHit hit : goalHits) {
            if (!seen.add(hit.source()) || hit.text().strip().equalsIgnoreCase(text)) {
                continue;
            }
            String label = material.add(hit.source(), hit.text(), titleOf(hit), hit.link(), hit.similarity());
            material.goals.add(material.byLabel.get(label));
            if (material.parent == null && hit.similarity() >= PARENT_CANDIDATE_SIMILARITY
                    && material.goals.size() == 1) {
                material.parent = new ParentSource(label, hit.text());
                material.parentTitle = titleOf(hit);
            }
            if (material.goals.size() >= 4) {
                break;
            }
        }
        for (KnowledgeHit hit : knowledge.search(new KnowledgeQuery(text, 4, CONTENT, null, null), vector)) {
            if (seen.add(hit.source())) {
                String label = material.add(hit.source(), hit.text(), titleOf(hit), hit.link(), hit.similarity());
                material.content.add(material.byLabel.get(label));
            }
        }
        return material;
    }

    private static String titleOf(KnowledgeHit hit) {
        if (hit.title() != null && !hit.title().isBlank()) {
            return hit.title();
        }
        String line = hit.text().strip().lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, 77).strip() + "…";
    }

    private static String instructions(SmartAssessment original, SmartInput input) {
        String language = Languages.SWEDISH.equals(original.language()) ? "Swedish" : "English";
        String missing = original.missing().stream().map(SmartCriterion::jsonName).collect(Collectors.joining(", "));
        String deadline = input.periodEnd() == null ? "none given"
                : input.periodEnd().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        return """
                You are Kadens' SMART goal coach. Rewrite the goal in the request as one to three SMART goals \
                (Specific, Measurable, Achievable, Relevant, Time-bound), each one sentence in %s, keeping the \
                writer's intent. The criteria it misses now: %s. Take metrics and targets only from the \
                sources (similar goals, company content, training); use the period end as the deadline \
                (period end: %s); relate it to a parent goal from the sources where one fits. Keep ambitions \
                realistic. For every rewrite, list in "sources" the labels of the sources it used.
                Answer as JSON: {"rewrites": [{"text": "...", "sources": ["S1"]}]}""".formatted(language,
                missing.isEmpty() ? "none" : missing, deadline);
    }

    // ---------------------------------------------------------------- offline rewrites

    private static Rewrites offlineRewrites(SmartInput input, SmartAssessment original, Material material) {
        boolean swedish = Languages.SWEDISH.equals(original.language());
        Set<SmartCriterion> missing = original.missing();
        List<TargetSource> targets = new ArrayList<>();
        if (missing.contains(SmartCriterion.MEASURABLE)) {
            for (Source source : concat(material.goals, material.content)) {
                // Only a target on the goal's own topic, with the metric it belongs to: a wrong target is
                // worse than none (a question about the number is asked instead).
                SmartChecker.targetWithMetric(source.evidence().text())
                        .filter(target -> CoachTopics.fits(input.text(), target.metric()))
                        .ifPresent(target -> {
                            if (targets.stream().noneMatch(t -> t.target.value().equalsIgnoreCase(target.value())
                                    && t.target.metric().equalsIgnoreCase(target.metric()))) {
                                targets.add(new TargetSource(target, source.evidence().label()));
                            }
                        });
            }
        }
        String deadline = missing.contains(SmartCriterion.TIME_BOUND) && input.periodEnd() != null
                ? deadline(input.periodEnd(), swedish) : null;
        String parentLabel = missing.contains(SmartCriterion.RELEVANT) && material.parent != null
                ? material.parent.label() : null;
        List<Rewrite> rewrites = new ArrayList<>();
        for (TargetSource target : targets.subList(0, Math.min(2, targets.size()))) {
            rewrites.add(compose(input.text(), target, deadline, parentLabel, material, swedish));
        }
        if (deadline != null || parentLabel != null) {
            rewrites.add(compose(input.text(), null, deadline, parentLabel, material, swedish));
        }
        return new Rewrites(rewrites);
    }

    private record TargetSource(SmartChecker.Target target, String label) {
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Rewrite compose(String original, TargetSource target, String deadline, String parentLabel,
                                   Material material, boolean swedish) {
        StringBuilder text = new StringBuilder(original.strip().replaceAll("[.!\\s]+$", ""));
        List<String> sources = new ArrayList<>();
        if (target != null) {
            // "Increase NPS to 45" when the goal names the metric, else the metric with its value.
            String metric = target.target().metric();
            boolean named = original.toLowerCase(Locale.ROOT).contains(metric.toLowerCase(Locale.ROOT));
            if (named) {
                text.append(swedish ? " till " : " to ").append(target.target().value());
            } else {
                text.append(swedish ? ", med målet " : ", reaching ").append(metric).append(' ')
                        .append(target.target().value());
            }
            sources.add(target.label());
        }
        if (deadline != null) {
            text.append(' ').append(deadline);
        }
        if (parentLabel != null) {
            String title = material.parentTitle == null ? material.parent.text() : material.parentTitle;
            text.append(swedish ? ", för att stödja ”" : ", to support “").append(title.strip()).append(swedish ? "”" : "”");
            sources.add(parentLabel);
        }
        return new Rewrite(text.append('.').toString(), sources);
    }

    private static String deadline(LocalDate end, boolean swedish) {
        return swedish ? "senast " + end.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv")))
                : "by " + end.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- scoring and filtering

    private List<SmartSuggestion> shown(Rewrites rewrites, SmartAssessment original, SmartInput context,
                                        Material material) {
        if (rewrites == null || rewrites.rewrites() == null) {
            return List.of();
        }
        List<SmartSuggestion> shown = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        for (Rewrite rewrite : rewrites.rewrites()) {
            if (rewrite == null || rewrite.text() == null || rewrite.text().isBlank() || rewrite.text().length() > 500
                    || rewrite.text().strip().equalsIgnoreCase(context.text().strip())
                    || !texts.add(rewrite.text().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> labels = rewrite.sources() == null ? List.of() : rewrite.sources();
            if (labels.stream().anyMatch(label -> label == null || !material.byLabel.containsKey(label.strip()))) {
                continue; // a citation that does not resolve: the rewrite rests on nothing we gave it
            }
            // Grounded in fact: its numbers, dates, names, negation and absolutes are the goal's, its
            // period's or what it cites.
            List<String> grounds = new ArrayList<>();
            grounds.add(context.text());
            if (context.periodEnd() != null) {
                grounds.add(deadline(context.periodEnd(), false) + " " + deadline(context.periodEnd(), true));
            }
            labels.forEach(label -> grounds.add(material.byLabel.get(label.strip()).evidence().text()));
            if (io.kadens.ai.grounding.FactCheck.disagreement(rewrite.text(), grounds).isPresent()) {
                continue;
            }
            SmartAssessment assessment = check(context.withText(rewrite.text().strip()).withLanguage(original.language()));
            // Never worse than what the person wrote: not in score, not in any single criterion.
            if (assessment.score() < original.score() || !assessment.keepsEverythingOf(original)) {
                continue;
            }
            List<SmartSuggestion.Citation> citations = new ArrayList<>();
            for (String label : labels) {
                Source source = material.byLabel.get(label.strip());
                if (source != null && citations.stream().noneMatch(c -> c.source().equals(source.evidence().source()))) {
                    citations.add(new SmartSuggestion.Citation(source.evidence().source(), source.title(), source.link()));
                }
            }
            shown.add(new SmartSuggestion(rewrite.text().strip(), assessment, citations));
        }
        shown.sort(Comparator.comparingInt((SmartSuggestion s) -> s.assessment().score()).reversed());
        return shown.subList(0, Math.min(MAX_SUGGESTIONS, shown.size()));
    }

    // ---------------------------------------------------------------- questions

    /**
     * When no rewrite fixes what is missing, a question instead of a guess: which number would show
     * progress (with the metrics similar goals of the company use), or what exactly will change.
     */
    private static List<SmartSuggestion> withQuestions(List<SmartSuggestion> rewrites, SmartAssessment original,
                                                       SmartInput input, Material material) {
        List<SmartSuggestion> all = new ArrayList<>(rewrites);
        boolean swedish = Languages.SWEDISH.equals(original.language());
        String subject = CoachTopics.subject(input.text());
        if (!original.passes(SmartCriterion.MEASURABLE)
                && rewrites.stream().noneMatch(s -> s.assessment().passes(SmartCriterion.MEASURABLE))) {
            List<String> metrics = new ArrayList<>();
            List<SmartSuggestion.Citation> citations = new ArrayList<>();
            for (Source goal : material.goals) {
                SmartChecker.targetWithMetric(goal.evidence().text()).map(SmartChecker.Target::metric)
                        .filter(metric -> metric != null && (CoachTopics.fits(input.text(), metric)
                                || goal.similarity() >= PARENT_CANDIDATE_SIMILARITY))
                        .filter(metric -> metrics.stream().noneMatch(m -> m.equalsIgnoreCase(metric)))
                        .ifPresent(metric -> {
                            metrics.add(metric);
                            citations.add(new SmartSuggestion.Citation(goal.evidence().source(), goal.title(),
                                    goal.link()));
                        });
            }
            String question = swedish ? "Vilket tal skulle visa framsteg med ”" + subject + "”?"
                    : "Which number would show progress on “" + subject + "”?";
            all.add(new SmartSuggestion(question, original, citations, SmartSuggestion.Kind.QUESTION,
                    metrics.subList(0, Math.min(4, metrics.size()))));
        }
        if (!original.passes(SmartCriterion.SPECIFIC)
                && rewrites.stream().noneMatch(s -> s.assessment().passes(SmartCriterion.SPECIFIC))) {
            String question = swedish ? "Vad exakt ska vara annorlunda när ”" + subject + "” är uppnått, och för vem?"
                    : "What exactly will be different when “" + subject + "” is achieved, and for whom?";
            all.add(new SmartSuggestion(question, original, List.of(), SmartSuggestion.Kind.QUESTION, List.of()));
        }
        return all.subList(0, Math.min(MAX_SUGGESTIONS, all.size()));
    }
}
