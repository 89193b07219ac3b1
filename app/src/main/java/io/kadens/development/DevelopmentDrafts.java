package io.kadens.development;

import io.kadens.ai.AiResult;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.AiMode;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceRef;
import io.kadens.ai.SourceTypes;
import io.kadens.ai.plans.ActionKind;
import io.kadens.ai.plans.CourseLevel;
import io.kadens.ai.plans.DraftAction;
import io.kadens.ai.plans.DraftObjective;
import io.kadens.ai.plans.GapOrigin;
import io.kadens.ai.plans.MissingInput;
import io.kadens.ai.plans.PlanDraft;
import io.kadens.ai.plans.PlanDraftOutcome;
import io.kadens.ai.plans.PlanDraftRequest;
import io.kadens.ai.plans.PlanDrafts;
import io.kadens.ai.plans.PlanSourceTypes;
import io.kadens.ai.plans.RankedGap;
import io.kadens.ai.summary.Polarity;
import io.kadens.competencies.Assessment;
import io.kadens.competencies.AssessmentKind;
import io.kadens.competencies.Assessments;
import io.kadens.competencies.CareerPaths;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.TargetRole;
import io.kadens.development.DraftedPlan.CitedSource;
import io.kadens.feedbacksummary.FeedbackSummaryReport;
import io.kadens.feedbacksummary.FeedbackSummaryService;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingLibrary;
import io.kadens.people.JobFamily;
import io.kadens.people.JobPosition;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Draft my plan" (issue 13, part 5), the application's side: gathers what the engine of {@code ai.plans}
 * rests on, each piece read through the feature that owns it and so limited to what the requester may see,
 * asks the engine for a draft and resolves every source it cites. The draft is never saved; the person
 * accepts the objectives they want into their plan, where they stay editable.
 *
 * <p>Only the person drafts their own plan: a manager or an HR admin who may see the person's plan gets
 * "access denied", anyone else the answer of a person who does not exist.
 */
@Service
@Transactional
public class DevelopmentDrafts {

    /** Training items looked at when the library is larger than this: the hybrid search's hits only. */
    static final int WHOLE_LIBRARY = 500;
    /** Hybrid search hits per competency, in the library and in company content. */
    static final int HITS_PER_COMPETENCY = 8;
    static final int PASSAGES_PER_COMPETENCY = 2;
    /** Company content less similar than this to a competency is not taken as describing it. */
    static final double MIN_PASSAGE_SIMILARITY = 0.3;
    static final int MAX_TITLE = DevelopmentPlans.MAX_TITLE;
    static final int MAX_CACHED_VECTORS = 5_000;

    private final Map<String, float[]> competencyVectors = new java.util.concurrent.ConcurrentHashMap<>();

    private final PlanDrafts engine;
    private final DevelopmentPlans plans;
    private final Mentoring mentoring;
    private final CompetencyFrameworks frameworks;
    private final Assessments assessments;
    private final CareerPaths careers;
    private final FeedbackSummaryService summaries;
    private final TrainingLibrary library;
    private final SearchAccessRules knowledge;
    private final EmbeddingModel embeddings;
    private final OrgFacts org;
    private final CurrentUser currentUser;

    DevelopmentDrafts(PlanDrafts engine, DevelopmentPlans plans, Mentoring mentoring, CompetencyFrameworks frameworks,
                      Assessments assessments, CareerPaths careers, FeedbackSummaryService summaries,
                      TrainingLibrary library, SearchAccessRules knowledge, EmbeddingModel embeddings, OrgFacts org,
                      CurrentUser currentUser) {
        this.engine = engine;
        this.plans = plans;
        this.mentoring = mentoring;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.careers = careers;
        this.summaries = summaries;
        this.library = library;
        this.knowledge = knowledge;
        this.embeddings = embeddings;
        this.org = org;
        this.currentUser = currentUser;
    }

    /**
     * A draft of the person's plan; nothing is saved.
     *
     * @param targetLevelId a job level to aim for; null: the person's marked target role, else their current level
     * @param horizonMonths 1 to 24; null: 6
     * @param language      {@code en} or {@code sv}; null: the requester's language
     */
    public DraftedPlan draft(UUID personId, UUID targetLevelId, Integer horizonMonths, String language) {
        Gathered gathered = gather(personId, targetLevelId, horizonMonths, language);
        if (gathered.request() == null) {
            return new DraftedPlan(personId, gathered.targetLevelId(), gathered.targetRoleName(),
                    gathered.horizonMonths(), AnswerMode.OFF, null, null, List.of(), Map.of(), null, null);
        }
        AiResult<PlanDraftOutcome> result = engine.draft(gathered.request(), gathered.people());
        return drafted(gathered, result);
    }

    /**
     * Another version of one objective of a draft (alternative n ≥ 1), on the same input as the draft; empty
     * when the competency is not among the draft's objectives.
     */
    @Transactional(readOnly = true)
    public Optional<DraftObjective> redraft(DraftedPlan drafted, String competencyId, int alternative) {
        requireOwn(drafted.personId());
        if (drafted.request() == null || competencyId == null) {
            return Optional.empty();
        }
        AiResult<Optional<DraftObjective>> result = engine.redraft(drafted.request(), competencyId,
                Math.max(1, alternative), drafted.people() == null
                ? PersonalDataRedactor.People.none() : drafted.people());
        return result.value() == null ? Optional.empty() : result.value();
    }

    /**
     * Accepts drafted objectives into the person's plan, after its own: the plan they are still writing (the newest
     * draft, e.g. next period's, which their manager has not seen yet) when there is one, else the plan of today (or
     * the newest); without a plan one is started for the draft's horizon. All of it or nothing: a plan that would
     * hold more than five objectives, or anything the plan refuses, saves nothing.
     */
    public DevelopmentPlan accept(DraftedPlan drafted, List<DraftObjective> accepted) {
        UUID me = requireOwn(drafted.personId());
        if (accepted == null || accepted.isEmpty()) {
            throw InvalidInputException.of("objectives", "development.draft.accept.none");
        }
        // The organisation's day, which the plan's rules read: a new plan starts on it (not on UTC's day).
        LocalDate today = plans.today();
        DevelopmentPlan plan = plans.plansOf(me).stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst()
                .or(() -> plans.current(me)).orElse(null);
        if (plan == null) {
            UUID created = plans.create(me, today, today.plusMonths(drafted.horizonMonths()), null);
            plan = plans.plan(created);
        }
        List<ObjectiveDraft> objectives = new ArrayList<>(plan.objectives().stream().map(ObjectiveDraft::of).toList());
        Map<String, RankedGap> gaps = new HashMap<>();
        if (drafted.draft() != null) {
            drafted.draft().gaps().forEach(gap -> gaps.put(gap.competencyId(), gap));
        }
        for (DraftObjective objective : accepted) {
            objectives.add(objectiveOf(objective, gaps.get(objective.competencyId()), drafted.targetLevelId(),
                    dueWithin(objective.due(), plan, today)));
        }
        return plans.edit(plan.id(), plan.version(), new DevelopmentPlans.PlanEdit(null, null, null, objectives));
    }

    /**
     * A drafted due date, counted from today, moved into the plan's period: a plan that starts later (next period's)
     * gets the same span from its own start, and no date falls outside the plan.
     */
    static LocalDate dueWithin(LocalDate drafted, DevelopmentPlan plan, LocalDate today) {
        LocalDate due = drafted;
        if (plan.periodStart().isAfter(today)) {
            due = plan.periodStart().plusDays(java.time.temporal.ChronoUnit.DAYS.between(today, drafted));
        }
        if (due.isAfter(plan.periodEnd())) {
            due = plan.periodEnd();
        }
        return due.isBefore(plan.periodStart()) ? plan.periodStart() : due;
    }

    static ObjectiveDraft objectiveOf(DraftObjective objective, RankedGap gap, UUID targetLevelId, LocalDate due) {
        UUID competency = UUID.fromString(objective.competencyId());
        boolean fromFeedbackOnly = gap != null && gap.origin() == GapOrigin.FEEDBACK;
        ObjectiveSource source = fromFeedbackOnly ? ObjectiveSource.GROWTH_AREA
                : targetLevelId != null ? ObjectiveSource.TARGET_ROLE : ObjectiveSource.COMPETENCY_GAP;
        String growthArea = fromFeedbackOnly ? shortened(gap.themeNames().isEmpty() ? objective.competencyName()
                : gap.themeNames().getFirst()) : null;
        String text = objective.text();
        String title = shortened(text);
        List<ObjectiveDraft.ActionDraft> actions = new ArrayList<>();
        for (DraftAction action : objective.actions()) {
            io.kadens.development.ActionKind kind = io.kadens.development.ActionKind.valueOf(action.kind().name());
            UUID reference = action.referenceId() == null ? null : UUID.fromString(action.referenceId());
            actions.add(new ObjectiveDraft.ActionDraft(null, kind, shortened(action.text()),
                    action.kind() == ActionKind.LEARN_FROM_OTHERS ? reference : null,
                    action.kind() == ActionKind.FORMAL_LEARNING ? reference : null, due, null));
        }
        return new ObjectiveDraft(null, title, title.equals(text) ? "" : text, source, competency,
                source == ObjectiveSource.TARGET_ROLE ? targetLevelId : null, growthArea, null, due, null,
                List.of(), actions);
    }

    /** At most a title's length, cut at a word with an ellipsis. */
    static String shortened(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= MAX_TITLE) {
            return flat;
        }
        String cut = flat.substring(0, MAX_TITLE - 1);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_TITLE / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    // ------------------------------------------------------------------ gathering

    record Gathered(PlanDraftRequest request, PersonalDataRedactor.People people, Map<String, CitedSource> sources,
                    UUID targetLevelId, String targetRoleName, int horizonMonths) {
    }

    private UUID requireOwn(UUID personId) {
        KadensUser user = currentUser.require();
        if (user.isOperator() || user.personId() == null) {
            throw new AccessDeniedException("development plans belong to a tenant's people");
        }
        if (personId == null || !personId.equals(user.personId())) {
            if (personId != null && plans.mayView(personId)) {
                throw new AccessDeniedException("a plan is drafted by its person");
            }
            throw new ResourceNotFoundException("person", personId);
        }
        return personId;
    }

    Gathered gather(UUID personId, UUID targetLevelId, Integer horizonMonths, String language) {
        UUID me = requireOwn(personId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(horizonMonths == null || horizonMonths >= 1 && horizonMonths <= PlanDraftRequest.MAX_HORIZON_MONTHS,
                "horizonMonths", "development.draft.horizon.invalid");
        errors.check(language == null || language.isBlank() || language.equals("en") || language.equals("sv"),
                "language", "development.draft.language.invalid");
        errors.throwIfAny();
        int horizon = horizonMonths == null ? PlanDraftRequest.DEFAULT_HORIZON_MONTHS : horizonMonths;
        OrgPerson person = org.person(me).orElseThrow(() -> new ResourceNotFoundException("person", me));
        Map<UUID, Place> places = places();
        if (targetLevelId != null && !places.containsKey(targetLevelId)) {
            // Another tenant's level is one that does not exist here.
            throw new ResourceNotFoundException("job_level", targetLevelId);
        }
        UUID target = targetLevelId != null ? targetLevelId
                : careers.target(me).map(TargetRole::jobLevelId).filter(places::containsKey).orElse(null);
        Place targetPlace = target == null ? null : places.get(target);
        String targetName = targetPlace == null ? null : targetPlace.name();
        if (engine.mode() == AiMode.OFF) {
            return new Gathered(null, null, Map.of(), target, targetName, horizon);
        }
        String lang = language == null || language.isBlank()
                ? ("sv".equals(currentUser.require().locale().getLanguage()) ? "sv" : "en") : language;
        Map<String, CitedSource> sources = new LinkedHashMap<>();
        Locale locale = Locale.forLanguageTag(lang);

        // The framework: what applies to the person's family (and the target's), expected at the target or now.
        JobPosition position = org.jobPositions(List.of(me)).get(me);
        Place current = position == null || position.jobLevelId() == null ? null : places.get(position.jobLevelId());
        Map<UUID, Integer> expected = new HashMap<>();
        if (current != null) {
            expected.putAll(frameworks.expectationsOfLevel(current.levelId()));
        }
        if (target != null) {
            expected.putAll(frameworks.expectationsOfLevel(target));
        }
        List<PlanDraftRequest.Competency> competencies = new ArrayList<>();
        List<Competency> applying = new ArrayList<>();
        for (Competency competency : frameworks.competencies(false)) {
            boolean applies = expected.containsKey(competency.id())
                    || (position == null || position.jobFamilyId() == null
                    ? competency.data().group() != io.kadens.competencies.CompetencyGroup.FUNCTIONAL
                    : CompetencyFrameworks.appliesTo(competency, position.jobFamilyId()))
                    || targetPlace != null && CompetencyFrameworks.appliesTo(competency, targetPlace.familyId());
            if (!applies) {
                continue;
            }
            applying.add(competency);
            competencies.add(new PlanDraftRequest.Competency(competency.id().toString(), competency.name(),
                    competency.data().description(), expected.get(competency.id()), competency.data().indicators()));
            put(sources, PlanSourceTypes.COMPETENCY, competency.id(), competency.name(), "admin/competencies");
        }

        // Assessments: the person's own, self and by managers.
        List<PlanDraftRequest.Rating> ratings = new ArrayList<>();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (Assessment assessment : assessments.of(me)) {
            for (io.kadens.competencies.Rating rating : assessment.ratings()) {
                ratings.add(new PlanDraftRequest.Rating(assessment.id().toString(), rating.competencyId().toString(),
                        rating.level(), assessment.kind() == AssessmentKind.SELF ? PlanDraftRequest.RatedBy.SELF
                        : PlanDraftRequest.RatedBy.MANAGER, assessment.assessedAt(), rating.comment()));
            }
            put(sources, PlanSourceTypes.ASSESSMENT, assessment.id(), assessment.assessorName() + ", "
                    + dates.format(assessment.assessedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()), "skills");
        }

        String roleName = current == null ? null : current.name();
        PlanDraftRequest.Person subject = new PlanDraftRequest.Person(me.toString(), person.fullName(), roleName,
                targetName);
        PersonalDataRedactor.Person subjectData = new PersonalDataRedactor.Person(person.givenName(),
                person.familyName(), person.email(), null);
        // The drafted due dates count from the organisation's day, as the plan they go into checks them.
        LocalDate today = plans.today();
        int scale = frameworks.scale().levels();

        // What is missing shows on the cheap inputs alone: no summary and no search is needed to say so.
        Map<UUID, TrainingItem> items = new LinkedHashMap<>();
        library.search(LibraryQuery.all()).stream().limit(WHOLE_LIBRARY).forEach(i -> items.put(i.id(), i));
        List<PlanDraftRequest.TrainingCandidate> anyItem = items.values().stream().limit(1).map(item ->
                new PlanDraftRequest.TrainingCandidate(item.id().toString(), item.title(), "", List.of(), null, null, 0))
                .toList();
        PlanDraftRequest probe = new PlanDraftRequest(subject, scale, competencies, ratings, List.of(), List.of(),
                anyItem, List.of(), horizon, lang, today);
        if (engine.engine().draft(probe) instanceof MissingInput) {
            return new Gathered(probe, new PersonalDataRedactor.People(subjectData, List.of()), sources, target,
                    targetName, horizon);
        }

        // Growth themes of the person's feedback summary, as they may see it.
        List<PlanDraftRequest.GrowthTheme> themes = new ArrayList<>();
        FeedbackSummaryReport summary = summaries.summarize(me, null, null);
        for (FeedbackSummaryReport.ThemeView theme : summary.themes()) {
            if (theme.polarity() != Polarity.GROWTH_AREA) {
                continue;
            }
            LinkedHashSet<UUID> cited = new LinkedHashSet<>();
            theme.quotes().forEach(q -> cited.add(q.citation().feedbackId()));
            theme.summary().forEach(s -> s.citations().forEach(c -> cited.add(c.feedbackId())));
            for (FeedbackSummaryReport.QuoteView quote : theme.quotes()) {
                put(sources, PlanSourceTypes.FEEDBACK, quote.citation().feedbackId(), "“" + quote.text() + "”", "feedback");
            }
            cited.forEach(id -> sources.putIfAbsent(SourceRef.of(PlanSourceTypes.FEEDBACK, id).toString(),
                    new CitedSource(PlanSourceTypes.FEEDBACK, id.toString(), theme.name(), "feedback")));
            String competencyId = theme.competency() == null ? null : applying.stream()
                    .filter(c -> c.id().toString().equals(theme.competency())).findFirst()
                    .map(c -> c.id().toString()).orElse(null);
            themes.add(new PlanDraftRequest.GrowthTheme(theme.name(), competencyId,
                    cited.stream().map(UUID::toString).toList(), theme.summary().isEmpty() ? ""
                    : theme.summary().getFirst().text()));
        }

        // The training library, ranked per competency by the hybrid search; company content on each competency.
        Map<UUID, Double> relevance = new HashMap<>();
        List<PlanDraftRequest.FrameworkChunk> chunks = new ArrayList<>();
        for (Competency competency : applying) {
            if (!assessedGap(competency.id(), expected, ratings)) {
                continue;
            }
            String query = (competency.name() + ". " + competency.data().description()).strip();
            float[] vector = embed(query);
            List<KnowledgeHit> training = knowledge.search(new KnowledgeQuery(query, HITS_PER_COMPETENCY,
                    Set.of(SourceTypes.TRAINING_ITEM), competency.name().toLowerCase(Locale.ROOT), null), vector);
            List<UUID> missingItems = new ArrayList<>();
            for (KnowledgeHit hit : training) {
                UUID id = UUID.fromString(hit.source().id());
                relevance.merge(id, hit.score(), Math::max);
                if (!items.containsKey(id)) {
                    missingItems.add(id);
                }
            }
            missingItems.forEach(id -> library.item(id).ifPresent(item -> items.put(id, item)));
            for (KnowledgeHit hit : knowledge.search(new KnowledgeQuery(query, PASSAGES_PER_COMPETENCY,
                    Set.of(SourceTypes.COMPANY_CONTENT), null, null), vector)) {
                if (hit.similarity() < MIN_PASSAGE_SIMILARITY) {
                    continue;
                }
                boolean tagged = hit.competencies().stream().anyMatch(t -> t.equalsIgnoreCase(competency.name()));
                chunks.add(new PlanDraftRequest.FrameworkChunk(hit.source(), tagged ? competency.id().toString() : null,
                        hit.text()));
                sources.putIfAbsent(hit.source().toString(), new CitedSource(hit.source().type(), hit.source().id(),
                        hit.title() == null ? competency.name() : hit.title(), hit.link()));
            }
        }
        List<PlanDraftRequest.TrainingCandidate> catalogue = new ArrayList<>();
        for (TrainingItem item : items.values()) {
            catalogue.add(new PlanDraftRequest.TrainingCandidate(item.id().toString(), item.title(),
                    item.data().description(), item.data().competencies(),
                    item.data().level() == null ? null : CourseLevel.valueOf(item.data().level().name()),
                    item.data().language(), relevance.getOrDefault(item.id(), 0.0)));
            put(sources, PlanSourceTypes.TRAINING_ITEM, item.id(), item.title(), "learning/" + item.id());
        }

        // Mentors who opted in, among the people the person may see (never themselves).
        Map<UUID, PlanDraftRequest.Mentor> mentors = new LinkedHashMap<>();
        List<PersonalDataRedactor.Person> others = new ArrayList<>();
        for (MentorSuggestion suggestion : mentoring.suggestions(null)) {
            PlanDraftRequest.Mentor known = mentors.get(suggestion.personId());
            List<String> teaches = new ArrayList<>(known == null ? List.of() : known.competencies());
            teaches.add(suggestion.competencyId().toString());
            mentors.put(suggestion.personId(), new PlanDraftRequest.Mentor(suggestion.personId().toString(),
                    suggestion.name(), teaches));
            put(sources, PlanSourceTypes.PERSON, suggestion.personId(), suggestion.name(), "people/" + suggestion.personId());
        }
        org.people(mentors.keySet()).values().forEach(p -> others.add(new PersonalDataRedactor.Person(p.givenName(),
                p.familyName(), p.email(), null)));

        PlanDraftRequest request = new PlanDraftRequest(subject, scale, competencies, ratings, themes, chunks, catalogue,
                List.copyOf(mentors.values()), horizon, lang, today);
        PersonalDataRedactor.People people = new PersonalDataRedactor.People(subjectData, others);
        return new Gathered(request, people, sources, target, targetName, horizon);
    }

    /**
     * Whether the latest rating of a competency (the manager's when there is one, as the engine ranks) is below
     * what is expected: only such competencies are searched for in the library and company content.
     */
    static boolean assessedGap(UUID competencyId, Map<UUID, Integer> expected, List<PlanDraftRequest.Rating> ratings) {
        Integer wanted = expected.get(competencyId);
        if (wanted == null) {
            return false;
        }
        String id = competencyId.toString();
        PlanDraftRequest.Rating latest = null;
        for (PlanDraftRequest.Rating rating : ratings) {
            if (!rating.competencyId().equals(id)) {
                continue;
            }
            boolean better = latest == null
                    || rating.ratedBy() == PlanDraftRequest.RatedBy.MANAGER && latest.ratedBy() == PlanDraftRequest.RatedBy.SELF
                    || rating.ratedBy() == latest.ratedBy() && rating.assessedAt().isAfter(latest.assessedAt());
            if (better) {
                latest = rating;
            }
        }
        return latest != null && latest.level() < wanted;
    }

    /**
     * The vector of a competency's search text. Framework texts change rarely and every draft searches the same
     * ones, so their vectors are kept (bounded, per node, like the summary's competency vectors): the in-process
     * model takes tens of milliseconds a text on a busy machine. Only framework texts are kept, never personal data.
     */
    private float[] embed(String text) {
        float[] known = competencyVectors.get(text);
        if (known != null) {
            return known;
        }
        float[] vector = embeddings.embed(text);
        if (competencyVectors.size() >= MAX_CACHED_VECTORS) {
            competencyVectors.clear();
        }
        competencyVectors.put(text, vector);
        return vector;
    }

    private static void put(Map<String, CitedSource> sources, String type, UUID id, String label, String link) {
        sources.putIfAbsent(SourceRef.of(type, id).toString(), new CitedSource(type, id.toString(), label, link));
    }

    private DraftedPlan drafted(Gathered gathered, AiResult<PlanDraftOutcome> result) {
        PlanDraftOutcome outcome = result.value();
        PlanDraft draft = outcome instanceof PlanDraft d ? d : null;
        List<MissingInput.Missing> missing = outcome instanceof MissingInput m ? m.missing() : List.of();
        if (draft != null) {
            // Everything cited was gathered as visible to the requester; a citation that does not resolve would
            // be the engine's fault, and nothing unresolved is ever shown.
            for (SourceRef cited : draft.citedSources()) {
                if (!gathered.sources().containsKey(cited.toString())) {
                    throw new IllegalStateException("the draft cites a source that was not gathered: " + cited);
                }
            }
        }
        return new DraftedPlan(gathered.request().person().id() == null ? null
                : UUID.fromString(gathered.request().person().id()), gathered.targetLevelId(),
                gathered.targetRoleName(), gathered.horizonMonths(), result.mode(), result.fallbackReason(), draft,
                missing, gathered.sources(), gathered.request(), gathered.people());
    }

    private record Place(UUID familyId, UUID levelId, String name) {
    }

    private Map<UUID, Place> places() {
        Map<UUID, Place> places = new HashMap<>();
        for (JobFamily family : frameworks.jobFamilies()) {
            family.levels().forEach(level -> places.put(level.id(), new Place(family.id(), level.id(),
                    family.name() + " – " + level.name())));
        }
        return places;
    }
}
