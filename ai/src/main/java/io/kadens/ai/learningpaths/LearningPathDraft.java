package io.kadens.ai.learningpaths;

import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.CourseLevel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A drafted learning path or course outline: editable by HR, never saved by the engine. Publishing it
 * creates an internal training item (the application's learning API).
 *
 * @param objectives what a learner can do afterwards: the framework's indicators up to the target level
 * @param steps      in order; each cites what it rests on
 * @param notes      what was left out for want of material, in the request's language
 * @param level      the course level the item is published at
 */
public record LearningPathDraft(LearningPathRequest.Kind kind, String title, String summary, List<Objective> objectives,
                                List<Step> steps, List<String> notes, CourseLevel level, String language) {

    public LearningPathDraft {
        objectives = List.copyOf(objectives);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    public enum StepKind {
        /** Read or study a passage of company content. */
        READ,
        /** Take a training library item. */
        COURSE,
        /** Practise on the job what the framework describes. */
        PRACTICE
    }

    public record Objective(String text, List<SourceRef> citations) {
        public Objective {
            citations = List.copyOf(citations);
        }
    }

    /**
     * @param referenceId the library item's id for COURSE, the content's source id for READ; null for PRACTICE
     */
    public record Step(int number, StepKind kind, String title, String text, String referenceId,
                       List<SourceRef> citations) {
        public Step {
            citations = List.copyOf(citations);
        }
    }

    /** Every source cited anywhere. */
    public Set<SourceRef> citedSources() {
        Set<SourceRef> all = new LinkedHashSet<>();
        objectives.forEach(o -> all.addAll(o.citations()));
        steps.forEach(s -> all.addAll(s.citations()));
        return all;
    }

    /** The draft as editable plain text: what HR edits and what the published item's description holds. */
    public String asText() {
        boolean sv = "sv".equals(language);
        StringBuilder text = new StringBuilder(summary).append("\n\n");
        if (!objectives.isEmpty()) {
            text.append(sv ? "Mål" : "Objectives").append(":\n");
            objectives.forEach(o -> text.append("- ").append(o.text()).append('\n'));
            text.append('\n');
        }
        text.append(kind == LearningPathRequest.Kind.COURSE_OUTLINE ? (sv ? "Moduler" : "Modules")
                : (sv ? "Steg" : "Steps")).append(":\n");
        steps.forEach(s -> text.append(s.number()).append(". ").append(s.title()).append(" — ").append(s.text())
                .append('\n'));
        return text.toString().strip();
    }
}
