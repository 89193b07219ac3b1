package io.kadens.ai.learningpaths;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.SourceRef;
import io.kadens.ai.learningpaths.LearningPathDraft.StepKind;
import io.kadens.ai.learningpaths.LearningPathRequest.Kind;
import io.kadens.ai.learningpaths.LearningPathRequest.LibraryItem;
import io.kadens.ai.learningpaths.LearningPathRequest.Passage;
import io.kadens.ai.learningpaths.LearningPathRequest.Subject;
import io.kadens.ai.plans.CourseLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningPathEngineTest {

    final LearningPathEngine engine = new LearningPathEngine();

    static final Subject FEEDBACK = new Subject("c-fb", "Giving feedback", "Helps colleagues grow through feedback.",
            List.of("Thanks colleagues for their work", "Gives specific feedback on behaviour",
                    "Gives difficult feedback with care", "Builds a feedback culture"));

    static final List<Passage> PASSAGES = List.of(
            new Passage(SourceRef.of("company_content", "hb-4"), "The SBI model",
                    "Describe the situation, the behaviour and its impact. Ask before you advise. Follow up a week later.", 0.71),
            new Passage(SourceRef.of("company_content", "hb-9"), "",
                    "Feedback in 1:1s comes first on the agenda. Managers ask for feedback on themselves too.", 0.52),
            new Passage(SourceRef.of("company_content", "hb-2"), "Parking rules", "Park in zone B on Fridays.", 0.08));

    static final List<LibraryItem> LIBRARY = List.of(
            new LibraryItem("t-adv", "Feedback culture for leaders", "", List.of("c-fb"), CourseLevel.ADVANCED, 240),
            new LibraryItem("t-int", "Difficult conversations", "Hard feedback, kindly", List.of("Giving feedback"),
                    CourseLevel.INTERMEDIATE, 180),
            new LibraryItem("t-beg", "Feedback basics", "The SBI model in practice", List.of("c-fb"), CourseLevel.BEGINNER, 60),
            new LibraryItem("t-other", "Excel", "", List.of("c-data"), CourseLevel.BEGINNER, 60));

    @Test
    void aLearningPathOrdersFittingCoursesWithReadingsAndEndsInPractice() {
        LearningPathDraft draft = ((LearningPathOutcome.Drafted) engine.draft(new LearningPathRequest(Kind.LEARNING_PATH,
                FEEDBACK, 3, 4, "en", PASSAGES, LIBRARY))).draft();

        assertThat(draft.title()).isEqualTo("Learning path: Giving feedback, level 3");
        assertThat(draft.level()).isEqualTo(CourseLevel.INTERMEDIATE);
        assertThat(draft.steps()).extracting(LearningPathDraft.Step::kind).containsExactly(StepKind.COURSE, StepKind.READ,
                StepKind.COURSE, StepKind.READ, StepKind.PRACTICE);
        assertThat(draft.steps()).filteredOn(s -> s.kind() == StepKind.COURSE).extracting(LearningPathDraft.Step::referenceId)
                .containsExactly("t-beg", "t-int");
        assertThat(draft.steps().getLast().text()).contains("Gives difficult feedback with care");
        assertThat(draft.objectives()).hasSize(3);
        Set<SourceRef> input = new HashSet<>();
        input.add(FEEDBACK.source());
        PASSAGES.forEach(p -> input.add(p.source()));
        LIBRARY.forEach(i -> input.add(i.source()));
        assertThat(input).containsAll(draft.citedSources());
        assertThat(draft.citedSources()).doesNotContain(SourceRef.of("company_content", "hb-2"),
                SourceRef.of("training_item", "t-adv"));
        assertThat(draft.steps()).allSatisfy(step -> assertThat(step.citations()).isNotEmpty());
        assertThat(draft.asText()).contains("1. Feedback basics").contains("Level 2: Gives specific feedback on behaviour");
    }

    @Test
    void aCourseOutlineBuildsModulesFromCompanyContentInSwedish() {
        LearningPathDraft draft = ((LearningPathOutcome.Drafted) engine.draft(new LearningPathRequest(Kind.COURSE_OUTLINE,
                FEEDBACK, 2, 4, "sv", PASSAGES, LIBRARY))).draft();

        assertThat(draft.title()).startsWith("Kursupplägg: Giving feedback, nivå 2");
        assertThat(draft.steps().get(0).title()).isEqualTo("Modul 1: The SBI model");
        assertThat(draft.steps().get(1).title()).isEqualTo("Modul 2: Feedback in 1:1s comes first on the agenda");
        assertThat(draft.steps()).filteredOn(s -> s.kind() == StepKind.COURSE).extracting(LearningPathDraft.Step::referenceId)
                .containsExactly("t-beg");
        assertThat(draft.steps().getLast().kind()).isEqualTo(StepKind.PRACTICE);
    }

    @Test
    void withoutContentOrLibraryItemsThereIsNothingToDraftFrom() {
        LearningPathOutcome outcome = engine.draft(new LearningPathRequest(Kind.LEARNING_PATH, FEEDBACK, 2, 4, "en",
                List.of(PASSAGES.get(2)), List.of(LIBRARY.get(3))));

        assertThat(outcome).isInstanceOf(LearningPathOutcome.NothingToDraftFrom.class);
        assertThat(((LearningPathOutcome.NothingToDraftFrom) outcome).messageKey())
                .isEqualTo("learningdrafts.missing.NO_MATERIAL");
    }

    @Test
    void notesWhatIsMissingWhenOnlyContentExists() {
        LearningPathDraft draft = ((LearningPathOutcome.Drafted) engine.draft(new LearningPathRequest(Kind.LEARNING_PATH,
                new Subject("c-x", "Negotiation", "", List.of()), 2, 5, "en", PASSAGES.subList(0, 1), List.of()))).draft();

        assertThat(draft.steps()).extracting(LearningPathDraft.Step::kind).containsExactly(StepKind.READ);
        assertThat(draft.notes()).hasSize(3);
    }
}
