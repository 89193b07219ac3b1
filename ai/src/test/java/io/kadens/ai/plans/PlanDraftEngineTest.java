package io.kadens.ai.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.PlanDraftRequest.Competency;
import io.kadens.ai.plans.PlanDraftRequest.FrameworkChunk;
import io.kadens.ai.plans.PlanDraftRequest.GrowthTheme;
import io.kadens.ai.plans.PlanDraftRequest.Mentor;
import io.kadens.ai.plans.PlanDraftRequest.Person;
import io.kadens.ai.plans.PlanDraftRequest.RatedBy;
import io.kadens.ai.plans.PlanDraftRequest.Rating;
import io.kadens.ai.plans.PlanDraftRequest.TrainingCandidate;
import io.kadens.ai.smart.SmartCriterion;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanDraftEngineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final OffsetDateTime MARCH = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime SEPTEMBER = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    final PlanDraftEngine engine = new PlanDraftEngine();

    static List<Competency> framework() {
        return List.of(
                new Competency("c-comm", "Stakeholder communication", "Explains work to people outside the team", 3,
                        List.of("Shares updates when asked", "Writes clear updates for the team",
                                "Tailors the message to each stakeholder group", "Shapes how others communicate")),
                new Competency("c-data", "Data analysis", "Turns data into decisions", 3,
                        List.of("Reads reports", "Builds simple queries", "Designs analyses that answer business questions",
                                "Sets the analysis standards")),
                new Competency("c-coach", "Coaching others", "Helps colleagues grow", 2,
                        List.of("Shares tips", "Gives regular, specific feedback to colleagues", "", "")),
                new Competency("c-plan", "Planning", "Plans and prioritises work", 3,
                        List.of("Plans own day", "Plans own week", "Plans the team's sprint", "Plans the roadmap")));
    }

    static List<Rating> ratings() {
        return List.of(
                // Self says 3, the manager says 1: the manager's rating counts.
                new Rating("a-self", "c-comm", 3, RatedBy.SELF, SEPTEMBER, ""),
                new Rating("a-mgr", "c-comm", 1, RatedBy.MANAGER, MARCH, "Updates often miss the audience"),
                new Rating("a-mgr", "c-data", 2, RatedBy.MANAGER, MARCH, ""),
                new Rating("a-mgr2", "c-data", 1, RatedBy.MANAGER, OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC), ""),
                new Rating("a-mgr", "c-coach", 2, RatedBy.MANAGER, MARCH, ""),
                new Rating("a-mgr", "c-plan", 3, RatedBy.MANAGER, MARCH, ""));
    }

    static List<TrainingCandidate> catalogue() {
        return List.of(
                new TrainingCandidate("t-comm-101", "Writing for busy readers", "Plain updates", List.of("c-comm"),
                        CourseLevel.BEGINNER, "en", 0),
                new TrainingCandidate("t-comm-201", "Stakeholder communication in practice", "Audience mapping",
                        List.of("Stakeholder communication"), CourseLevel.INTERMEDIATE, "en", 0.4),
                new TrainingCandidate("t-comm-adv", "Executive presence", "", List.of("c-comm"), CourseLevel.ADVANCED, "en", 0.9),
                new TrainingCandidate("t-data-201", "SQL for analysts", "Queries and joins", List.of("c-data"),
                        CourseLevel.INTERMEDIATE, "en", 0.2),
                new TrainingCandidate("t-coach", "Feedback that helps", "Coaching conversations", List.of("c-coach"),
                        CourseLevel.BEGINNER, "en", 0));
    }

    static PlanDraftRequest request(List<GrowthTheme> themes, List<Mentor> mentors, int horizon, String language) {
        return new PlanDraftRequest(new Person("p-sara", "Sara", "Analyst", null), 4, framework(), ratings(), themes,
                List.of(new FrameworkChunk(new SourceRef("company_content", "chunk-7"), "c-data",
                        "Analysts frame the business question first. Then they pick the data.")),
                catalogue(), mentors, horizon, language, TODAY);
    }

    static final List<GrowthTheme> THEMES = List.of(
            new GrowthTheme("Giving feedback to colleagues", null, List.of("f-1", "f-2"),
                    "Could share more feedback with the juniors"),
            new GrowthTheme("Astrology", null, List.of("f-9"), "Reads the stars"));

    static final List<Mentor> MENTORS = List.of(new Mentor("p-erik", "Erik", List.of("c-comm", "c-data")),
            new Mentor("p-sara", "Sara", List.of("c-comm")));

    @Test
    void ranksGapsByAssessedLevelsAndFeedbackPreferringTheManagersRating() {
        PlanDraft draft = (PlanDraft) engine.draft(request(THEMES, MENTORS, 6, "en"));

        assertThat(draft.gaps()).extracting(RankedGap::competencyId).containsExactly("c-comm", "c-data", "c-coach");
        RankedGap communication = draft.gaps().getFirst();
        assertThat(communication.current()).isEqualTo(1);
        assertThat(communication.ratedBy()).isEqualTo(RatedBy.MANAGER);
        assertThat(communication.citations()).contains(SourceRef.of("assessment", "a-mgr"))
                .doesNotContain(SourceRef.of("assessment", "a-self"));
        // The latest manager rating: March 2026 (level 2), not March 2025 (level 1).
        assertThat(draft.gaps().get(1).current()).isEqualTo(2);
        RankedGap coaching = draft.gaps().get(2);
        assertThat(coaching.origin()).isEqualTo(GapOrigin.FEEDBACK);
        assertThat(coaching.citations()).contains(SourceRef.of("feedback", "f-1"), SourceRef.of("feedback", "f-2"));
        assertThat(draft.leftOut()).extracting(LeftOut::reason).contains(LeftOut.Reason.THEME_WITHOUT_COMPETENCY);
    }

    @Test
    void objectivesAreSmartDueWithinTheHorizonAndCiteOnlyTheInput() {
        PlanDraftRequest request = request(THEMES, MENTORS, 6, "en");
        PlanDraft draft = (PlanDraft) engine.draft(request);

        assertThat(draft.objectives()).hasSize(3);
        assertThat(draft.objectives()).allSatisfy(objective -> {
            assertThat(objective.smart().missing()).as(objective.text()).isEmpty();
            assertThat(objective.due()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusMonths(6));
        });
        assertThat(draft.objectives().getLast().due()).isEqualTo(TODAY.plusMonths(6));
        Set<SourceRef> input = new HashSet<>();
        request.competencies().forEach(c -> input.add(c.source()));
        request.ratings().forEach(r -> input.add(r.source()));
        request.catalogue().forEach(t -> input.add(t.source()));
        request.mentors().forEach(m -> input.add(m.source()));
        request.frameworkChunks().forEach(c -> input.add(c.source()));
        request.growthThemes().forEach(t -> t.feedbackIds().forEach(id -> input.add(SourceRef.of("feedback", id))));
        assertThat(input).containsAll(draft.citedSources());
        assertThat(draft.objectives()).allSatisfy(o -> assertThat(o.actions()).allSatisfy(a ->
                assertThat(a.citations()).isNotEmpty()));
    }

    @Test
    void actionsComeFromTheFittingLevelTheOptedInMentorsAndTheFramework() {
        PlanDraft draft = (PlanDraft) engine.draft(request(THEMES, MENTORS, 6, "en"));
        DraftObjective communication = draft.objectives().getFirst();

        // Level 1 -> 3 on a scale of 4: beginner and intermediate material fit; the advanced item scores higher in
        // search but comes after them.
        assertThat(communication.actions()).extracting(DraftAction::kind)
                .containsExactly(ActionKind.STRETCH, ActionKind.LEARN_FROM_OTHERS, ActionKind.FORMAL_LEARNING);
        assertThat(communication.actions().get(2).referenceId()).isEqualTo("t-comm-201");
        assertThat(communication.actions().get(0).text()).contains("Tailors the message to each stakeholder group");
        // The person is never their own mentor.
        assertThat(communication.actions().get(1).referenceId()).isEqualTo("p-erik");
        DraftObjective coaching = draft.objectives().get(2);
        assertThat(coaching.actions()).extracting(DraftAction::kind).doesNotContain(ActionKind.LEARN_FROM_OTHERS);
        assertThat(draft.leftOut()).anySatisfy(note -> {
            assertThat(note.reason()).isEqualTo(LeftOut.Reason.NO_MENTOR);
            assertThat(note.competencyId()).isEqualTo("c-coach");
        });
        assertThat(draft.recommendedTrainingIds()).doesNotHaveDuplicates().containsExactly("t-comm-201", "t-data-201", "t-coach");
    }

    @Test
    void aShortHorizonHasTwoObjectivesAndNotesTheRest() {
        PlanDraft draft = (PlanDraft) engine.draft(request(THEMES, MENTORS, 3, "en"));

        assertThat(draft.objectives()).hasSize(2);
        assertThat(draft.leftOut()).anySatisfy(note -> {
            assertThat(note.reason()).isEqualTo(LeftOut.Reason.BELOW_THE_CUT);
            assertThat(note.competencyId()).isEqualTo("c-coach");
        });
    }

    @Test
    void writesSwedishObjectivesThatPassTheSmartChecker() {
        PlanDraft draft = (PlanDraft) engine.draft(request(THEMES, MENTORS, 6, "sv"));

        assertThat(draft.objectives()).allSatisfy(objective -> {
            assertThat(objective.text()).contains("senast");
            assertThat(objective.smart().missing()).as(objective.text()).isEmpty();
        });
    }

    @Test
    void redraftingAnObjectiveChoosesTheNextAlternativeDeterministically() {
        PlanDraftRequest request = request(THEMES, MENTORS, 6, "en");
        DraftObjective first = ((PlanDraft) engine.draft(request)).objectives().getFirst();

        DraftObjective second = engine.redraft(request, "c-comm", 1).orElseThrow();

        assertThat(second.text()).isNotEqualTo(first.text());
        assertThat(second.smart().missing()).as(second.text()).isEmpty();
        assertThat(second.due()).isEqualTo(first.due());
        assertThat(engine.redraft(request, "c-comm", 1)).contains(second);
        // Only intermediate or unlevelled items fit, minus those the other objectives use: it cycles back.
        assertThat(second.actions()).filteredOn(a -> a.kind() == ActionKind.FORMAL_LEARNING)
                .extracting(DraftAction::referenceId).containsExactly("t-comm-101");
        assertThat(engine.redraft(request, "c-plan", 1)).isEmpty();
    }

    @Test
    void saysExactlyWhatIsMissingAndWhoCanAddIt() {
        PlanDraftRequest nothing = new PlanDraftRequest(new Person("p", "P", null, null), 4, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), 6, "sv", TODAY);

        MissingInput missing = (MissingInput) engine.draft(nothing);

        assertThat(missing.missing()).extracting(MissingInput.Missing::what).containsExactly(
                MissingInput.What.NO_FRAMEWORK, MissingInput.What.NO_ASSESSMENT, MissingInput.What.EMPTY_LIBRARY);
        assertThat(missing.missing()).extracting(MissingInput.Missing::who).containsExactly(
                MissingInput.Who.HR_ADMIN, MissingInput.Who.PERSON_OR_MANAGER, MissingInput.Who.HR_ADMIN);
        assertThat(missing.missing().getFirst().describe("sv")).contains("HR-administratör");

        PlanDraftRequest unassessed = new PlanDraftRequest(new Person("p", "P", null, null), 4, framework(), List.of(),
                THEMES, List.of(), catalogue(), List.of(), 6, "en", TODAY);
        assertThat(((MissingInput) engine.draft(unassessed)).missing()).extracting(MissingInput.Missing::what)
                .containsExactly(MissingInput.What.NO_ASSESSMENT);
    }

    @Test
    void aSwedishThemeNamedInACompoundMatchesTheCompetencyInsideIt() {
        java.util.Map<String, Competency> framework = new java.util.LinkedHashMap<>();
        framework.put("proj", new Competency("proj", "Projektledning", "Leder uppdrag till mål i tid och budget.", 2,
                List.of("Följer projektplanen", "Planerar och följer upp sina delar")));
        framework.put("aff", new Competency("aff", "Affärsmannaskap", "Ser till att uppdragen är lönsamma.", 2,
                List.of("Rapporterar tid korrekt", "Förstår uppdragets ekonomi")));

        assertThat(PlanDraftEngine.themeCompetency(new GrowthTheme("Tidrapporteringen", null, List.of("f"),
                "Tiden rapporteras sent och på fel projekt."), framework)).isEqualTo("aff");
        assertThat(PlanDraftEngine.themeCompetency(new GrowthTheme("Projektplanen hålls inte", null, List.of("f"),
                ""), framework)).isEqualTo("proj");
        assertThat(PlanDraftEngine.themeCompetency(new GrowthTheme("Astrologi", null, List.of("f"), "Stjärnorna"),
                framework)).isNull();
    }

    @Test
    void courseLevelsFitTheStepOnFourAndFiveStepScales() {
        assertThat(CourseLevel.forStep(2, 4)).isEqualTo(CourseLevel.BEGINNER);
        assertThat(CourseLevel.forStep(3, 4)).isEqualTo(CourseLevel.INTERMEDIATE);
        assertThat(CourseLevel.forStep(4, 4)).isEqualTo(CourseLevel.ADVANCED);
        assertThat(CourseLevel.forStep(2, 5)).isEqualTo(CourseLevel.BEGINNER);
        assertThat(CourseLevel.forStep(4, 5)).isEqualTo(CourseLevel.INTERMEDIATE);
        assertThat(CourseLevel.forStep(5, 5)).isEqualTo(CourseLevel.ADVANCED);
        assertThat(SmartCriterion.values()).hasSize(5);
    }
}
