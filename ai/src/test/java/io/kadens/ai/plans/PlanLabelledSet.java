package io.kadens.ai.plans;

import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.PlanDraftRequest.Competency;
import io.kadens.ai.plans.PlanDraftRequest.FrameworkChunk;
import io.kadens.ai.plans.PlanDraftRequest.GrowthTheme;
import io.kadens.ai.plans.PlanDraftRequest.Mentor;
import io.kadens.ai.plans.PlanDraftRequest.Person;
import io.kadens.ai.plans.PlanDraftRequest.RatedBy;
import io.kadens.ai.plans.PlanDraftRequest.Rating;
import io.kadens.ai.plans.PlanDraftRequest.TrainingCandidate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled development plan cases (src/test/resources/eval/plan-drafts-*.json): a person with their
 * expected levels, assessments and feedback themes, a company's framework, catalogue and mentors, and
 * the top gaps and acceptable training items a manager and a learning partner would choose. Shared with
 * the application's evaluation harness ({@code -Peval}).
 */
public final class PlanLabelledSet {

    /** The day every case is drafted on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    record CompetencyJson(String id, String name, String description, List<String> indicators) {
    }

    record ChunkJson(String id, String competency, String text) {
    }

    record ItemJson(String id, String title, String description, List<String> competencies, String level,
                    String language) {
    }

    record MentorJson(String id, String name, List<String> competencies) {
    }

    record Company(int scale, List<CompetencyJson> competencies, List<ChunkJson> chunks, List<ItemJson> catalogue,
                   List<MentorJson> mentors) {
    }

    record PersonJson(String id, String name, String role, String targetRole) {
    }

    record RatingJson(String id, String by, String at, Map<String, Integer> levels) {
    }

    record ThemeJson(String name, String competency, List<String> feedback, String summary) {
    }

    public record Case(String id, String company, String language, int horizonMonths, PersonJson person,
                       Map<String, Integer> expectations, List<RatingJson> ratings, List<ThemeJson> themes,
                       List<String> expectedTopGaps, List<String> acceptableTraining) {
    }

    record Document(String description, Map<String, Company> companies, List<Case> cases) {
    }

    /** A case ready to draft: the request the application would build, with its labels. */
    public record Labelled(Case labels, PlanDraftRequest request) {
        public String id() {
            return labels.id();
        }

        public String language() {
            return labels.language();
        }
    }

    private PlanLabelledSet() {
    }

    /** The cases the engine is tuned on. */
    public static List<Labelled> development() {
        return load("/eval/plan-drafts-dev.json");
    }

    /** Written on 2026-12-06 before the engine was first run on labelled data; never used to tune it. */
    public static List<Labelled> heldOut() {
        return load("/eval/plan-drafts-heldout.json");
    }

    private static List<Labelled> load(String resource) {
        Document document;
        try (InputStream in = PlanLabelledSet.class.getResourceAsStream(resource)) {
            document = JsonMapper.builder().build().readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Labelled> cases = new ArrayList<>();
        for (Case c : document.cases()) {
            cases.add(new Labelled(c, request(document.companies().get(c.company()), c)));
        }
        return cases;
    }

    static PlanDraftRequest request(Company company, Case c) {
        List<Competency> competencies = new ArrayList<>();
        for (CompetencyJson json : company.competencies()) {
            Integer expected = c.expectations().get(json.id());
            if (expected != null) { // the framework's competencies that apply to the person's role
                competencies.add(new Competency(json.id(), json.name(), json.description(), expected, json.indicators()));
            }
        }
        List<Rating> ratings = new ArrayList<>();
        for (RatingJson rating : c.ratings()) {
            rating.levels().forEach((competency, level) -> ratings.add(new Rating(rating.id(), competency, level,
                    RatedBy.valueOf(rating.by()), LocalDate.parse(rating.at()).atTime(9, 0).atOffset(ZoneOffset.UTC), "")));
        }
        List<GrowthTheme> themes = c.themes().stream()
                .map(t -> new GrowthTheme(t.name(), t.competency(), t.feedback(), t.summary())).toList();
        List<FrameworkChunk> chunks = company.chunks().stream()
                .map(ch -> new FrameworkChunk(SourceRef.of("company_content", ch.id()), ch.competency(), ch.text())).toList();
        List<TrainingCandidate> catalogue = company.catalogue().stream()
                .map(i -> new TrainingCandidate(i.id(), i.title(), i.description(), i.competencies(),
                        i.level() == null ? null : CourseLevel.valueOf(i.level()), i.language(), 0)).toList();
        List<Mentor> mentors = company.mentors().stream().map(m -> new Mentor(m.id(), m.name(), m.competencies())).toList();
        PersonJson p = c.person();
        return new PlanDraftRequest(new Person(p.id(), p.name(), p.role(), p.targetRole()), company.scale(), competencies,
                ratings, themes, chunks, catalogue, mentors, c.horizonMonths(), c.language(), TODAY);
    }

    /**
     * Gap recall@3 (expected top gaps found among the draft's first three gaps, over all cases) and the
     * precision of the recommended training items (recommended items that are acceptable, over all
     * recommendations), with every miss listed.
     */
    public record Result(int expectedGaps, int foundGaps, int recommended, int acceptable, int missingInput,
                         List<String> errors) {

        public double gapRecallAt3() {
            return expectedGaps == 0 ? 1 : (double) foundGaps / expectedGaps;
        }

        public double trainingPrecision() {
            return recommended == 0 ? 0 : (double) acceptable / recommended;
        }

        public String report() {
            return String.format("gap recall@3 %d of %d (%.3f); training precision %d of %d (%.3f); missing-input"
                    + " answers %d%n", foundGaps, expectedGaps, gapRecallAt3(), acceptable, recommended,
                    trainingPrecision(), missingInput);
        }
    }

    public static Result evaluate(PlanDraftEngine engine, List<Labelled> cases) {
        int expected = 0;
        int found = 0;
        int recommended = 0;
        int acceptable = 0;
        int missing = 0;
        List<String> errors = new ArrayList<>();
        for (Labelled c : cases) {
            expected += c.labels().expectedTopGaps().size();
            PlanDraftOutcome outcome = engine.draft(c.request());
            if (!(outcome instanceof PlanDraft draft)) {
                missing++;
                errors.add(c.id() + ": no draft, " + outcome);
                continue;
            }
            List<String> top = draft.gaps().stream().limit(3).map(RankedGap::competencyId).toList();
            Set<String> missed = new HashSet<>(c.labels().expectedTopGaps());
            missed.removeAll(top);
            found += c.labels().expectedTopGaps().size() - missed.size();
            if (!missed.isEmpty()) {
                errors.add(c.id() + ": top gaps " + top + " miss " + missed);
            }
            Map<String, Boolean> picks = new LinkedHashMap<>();
            for (String item : draft.recommendedTrainingIds()) {
                picks.put(item, c.labels().acceptableTraining().contains(item));
            }
            recommended += picks.size();
            acceptable += (int) picks.values().stream().filter(ok -> ok).count();
            picks.forEach((item, ok) -> {
                if (!ok) {
                    errors.add(c.id() + ": recommended " + item + ", not acceptable");
                }
            });
        }
        return new Result(expected, found, recommended, acceptable, missing, errors);
    }
}
