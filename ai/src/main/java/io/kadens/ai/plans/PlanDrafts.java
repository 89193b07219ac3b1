package io.kadens.ai.plans;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.Draft;
import io.kadens.ai.DraftStatement;
import io.kadens.ai.Evidence;
import io.kadens.ai.GroundedPrompt;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;
import io.kadens.ai.Statement;
import io.kadens.ai.VerifiedDraft;
import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.plans.PlanDraftRequest.Competency;
import io.kadens.ai.plans.PlanDraftRequest.GrowthTheme;
import io.kadens.ai.plans.PlanDraftRequest.Rating;
import io.kadens.ai.smart.SmartAssessment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * "Draft my plan": the capability the application calls. The tenant's AI mode decides: {@code off}
 * drafts nothing; {@code offline} answers with {@link PlanDraftEngine} alone; {@code llm} lets the model
 * reword the objectives and nothing else (gaps, due dates, actions and citations stay the engine's). A
 * rewording is kept only when it cites sources of its own objective, passes the grounding verifier
 * against them (meaning close enough, no number, date or person the sources do not hold) and scores no
 * worse on the SMART checker; otherwise the engine's wording stays, with a note.
 */
public final class PlanDrafts {

    public static final String CAPABILITY = "plan-draft";

    static final String INSTRUCTIONS = """
            You are Kadens' development plan assistant. The request lists drafted objectives of one \
            person's development plan, each with the labels of the sources it rests on. Reword each \
            objective as one clear, encouraging sentence in the language given, in the first person, \
            keeping its competency, its levels and its due date exactly, and keeping it Specific, \
            Measurable, Achievable, Relevant and Time-bound. Add no fact, number, date, person or course \
            that its sources do not hold. Cite only the labels listed for that objective.
            Answer as JSON: {"statements": [{"text": "...", "sources": ["S1", "S2"]}]}, one statement per \
            objective, in the order given.""";

    private final PlanDraftEngine engine = new PlanDraftEngine();
    private final AiAnswers answers;
    private final EmbeddingModel embeddings;
    private final double minSupport;

    /**
     * @param minSupport least cosine similarity between a rewording and the sources it cites (the
     *                   deployment's grounding setting)
     */
    public PlanDrafts(AiAnswers answers, EmbeddingModel embeddings, double minSupport) {
        this.answers = answers;
        this.embeddings = embeddings;
        this.minSupport = minSupport;
    }

    /** The AI mode the bound tenant's people get now: drafting is off when it is OFF. */
    public AiMode mode() {
        return answers.effectiveMode();
    }

    /** The offline engine itself, for callers that need no mode (benchmarks, evaluation). */
    public PlanDraftEngine engine() {
        return engine;
    }

    /**
     * A draft for the request, never saved; {@link AiResult#off()} when AI is off for the tenant.
     *
     * @param people whose personal data must not reach the model (the subject and the mentors named)
     */
    public AiResult<PlanDraftOutcome> draft(PlanDraftRequest request, PersonalDataRedactor.People people) {
        AiMode mode = answers.effectiveMode();
        if (mode == AiMode.OFF) {
            return AiResult.off();
        }
        PlanDraftOutcome outcome = engine.draft(request);
        if (mode == AiMode.OFFLINE || !(outcome instanceof PlanDraft draft) || draft.objectives().isEmpty()) {
            return new AiResult<>(outcome, AnswerMode.OFFLINE, null);
        }
        return reworded(request, draft.objectives(), people).map(objectives -> {
            List<LeftOut> notes = new ArrayList<>(draft.leftOut());
            notes.addAll(objectives.notes());
            return (PlanDraftOutcome) draft.withObjectives(objectives.objectives(), notes);
        });
    }

    /**
     * Another version of one objective (alternative n ≥ 1: the next training item, mentor and stretch
     * description, and the other sentence pattern); empty when the competency is not among the draft's
     * objectives. In LLM mode the model rewords it under the same rules as a draft.
     */
    public AiResult<Optional<DraftObjective>> redraft(PlanDraftRequest request, String competencyId, int alternative,
                                                      PersonalDataRedactor.People people) {
        AiMode mode = answers.effectiveMode();
        if (mode == AiMode.OFF) {
            return AiResult.off();
        }
        Optional<DraftObjective> objective = engine.redraft(request, competencyId, alternative);
        if (mode == AiMode.OFFLINE || objective.isEmpty()) {
            return new AiResult<>(objective, AnswerMode.OFFLINE, null);
        }
        return reworded(request, List.of(objective.get()), people)
                .map(result -> Optional.of(result.objectives().getFirst()));
    }

    // ---------------------------------------------------------------- rewording

    record Reworded(List<DraftObjective> objectives, List<LeftOut> notes) {
    }

    private AiResult<Reworded> reworded(PlanDraftRequest request, List<DraftObjective> objectives,
                                        PersonalDataRedactor.People people) {
        Prompted prompted = prompt(request, objectives);
        AiResult<Draft> answer = answers.answer(prompted.prompt(), Draft.class, () -> null, people);
        if (answer.mode() != AnswerMode.LLM || answer.value() == null) {
            return new AiResult<>(new Reworded(objectives, List.of()), AnswerMode.OFFLINE,
                    answer.mode() == AnswerMode.OFF ? null : answer.fallbackReason());
        }
        return new AiResult<>(apply(request, objectives, answer.value(), prompted), AnswerMode.LLM, null);
    }

    /** The prompt and, per objective, the labels it may cite. */
    record Prompted(GroundedPrompt prompt, List<Set<String>> labelsPerObjective, List<Evidence> evidence) {
    }

    static Prompted prompt(PlanDraftRequest request, List<DraftObjective> objectives) {
        Map<SourceRef, String> texts = sourceTexts(request, objectives);
        Map<SourceRef, String> labels = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Set<String>> perObjective = new ArrayList<>();
        StringBuilder listing = new StringBuilder("Language: ")
                .append("sv".equals(request.language()) ? "Swedish" : "English").append("\nObjectives:\n");
        int number = 1;
        for (DraftObjective objective : objectives) {
            Set<String> allowed = new java.util.LinkedHashSet<>();
            for (SourceRef source : objective.citations()) {
                String label = labels.get(source);
                if (label == null) {
                    label = "S" + (labels.size() + 1);
                    labels.put(source, label);
                    evidence.add(new Evidence(label, source, texts.getOrDefault(source, "")));
                }
                allowed.add(label);
            }
            // The objective's own facts (levels, due date) are evidence too: a faithful rewording repeats them.
            String planLabel = "P" + number;
            evidence.add(new Evidence(planLabel, objective.citations().getFirst(), planFacts(request, objective)));
            allowed.add(planLabel);
            perObjective.add(allowed);
            listing.append("O").append(number++).append(": ").append(objective.text()).append(" — sources ")
                    .append(String.join(", ", allowed)).append('\n');
        }
        GroundedPrompt prompt = new GroundedPrompt(CAPABILITY, INSTRUCTIONS, listing.toString(), evidence);
        return new Prompted(prompt, perObjective, evidence);
    }

    private static String planFacts(PlanDraftRequest request, DraftObjective objective) {
        return objective.text() + " " + PlanDraftEngine.date(request, objective.due());
    }

    /** What each cited source says, from the request: the verifier measures rewordings against it. */
    static Map<SourceRef, String> sourceTexts(PlanDraftRequest request, List<DraftObjective> objectives) {
        Map<SourceRef, String> texts = new LinkedHashMap<>();
        Map<String, Competency> competencies = new LinkedHashMap<>();
        request.competencies().forEach(c -> competencies.putIfAbsent(c.id(), c));
        for (Competency c : request.competencies()) {
            texts.putIfAbsent(c.source(), (c.name() + ". " + c.description() + " " + String.join(" ", c.indicators()))
                    .strip());
        }
        for (Rating rating : request.ratings()) {
            Competency c = competencies.get(rating.competencyId());
            String line = (c == null ? rating.competencyId() : c.name()) + " rated " + rating.level() + " by "
                    + rating.ratedBy().name().toLowerCase(java.util.Locale.ROOT) + ". " + rating.comment();
            texts.merge(rating.source(), line.strip(), (a, b) -> a + " " + b);
        }
        for (GrowthTheme theme : request.growthThemes()) {
            for (String id : theme.feedbackIds()) {
                texts.merge(SourceRef.of(PlanSourceTypes.FEEDBACK, id), (theme.name() + ". " + theme.summary()).strip(),
                        (a, b) -> a.contains(b) ? a : a + " " + b);
            }
        }
        request.catalogue().forEach(t -> texts.putIfAbsent(t.source(), (t.title() + ". " + t.description()).strip()));
        request.mentors().forEach(m -> texts.putIfAbsent(m.source(), m.name()));
        request.frameworkChunks().forEach(chunk -> texts.putIfAbsent(chunk.source(), chunk.text()));
        return texts;
    }

    private Reworded apply(PlanDraftRequest request, List<DraftObjective> objectives, Draft draft, Prompted prompted) {
        Set<SourceRef> inRequest = new HashSet<>(sourceTexts(request, objectives).keySet());
        // Only what the request holds counts as visible: the application gave nothing the requester may not see.
        StatementVerifier verifier = new StatementVerifier(embeddings,
                sources -> sources.stream().filter(inRequest::contains).collect(java.util.stream.Collectors.toSet()),
                minSupport);
        List<DraftObjective> result = new ArrayList<>();
        List<LeftOut> notes = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            DraftObjective objective = objectives.get(i);
            DraftStatement statement = i < draft.statements().size() ? draft.statements().get(i) : null;
            Optional<DraftObjective> kept = statement == null ? Optional.empty()
                    : accepted(request, objective, statement, prompted.labelsPerObjective().get(i), prompted, verifier);
            kept.ifPresentOrElse(result::add, () -> {
                result.add(objective);
                notes.add(PlanDraftEngine.note(request, LeftOut.Reason.REWORDING_DROPPED, objective.competencyId(),
                        objective.competencyName()));
            });
        }
        return new Reworded(result, notes);
    }

    private Optional<DraftObjective> accepted(PlanDraftRequest request, DraftObjective objective,
                                              DraftStatement statement, Set<String> allowed, Prompted prompted,
                                              StatementVerifier verifier) {
        if (statement.text().isBlank() || statement.text().length() > 400 || statement.sources().isEmpty()
                || !allowed.containsAll(statement.sources().stream().map(String::strip).toList())) {
            return Optional.empty(); // a citation outside its own objective does not resolve here
        }
        VerifiedDraft verified = verifier.verify(new Draft(List.of(statement)), prompted.evidence());
        if (verified.statements().size() != 1) {
            return Optional.empty();
        }
        Statement kept = verified.statements().getFirst();
        SmartAssessment assessment = engine.check(request, kept.text(), objective.due());
        if (assessment.score() < objective.smart().score() || !assessment.keepsEverythingOf(objective.smart())) {
            return Optional.empty();
        }
        return Optional.of(objective.withText(kept.text(), assessment));
    }
}
