package io.kadens.ai.learningpaths;

import io.kadens.ai.Languages;
import io.kadens.ai.SourceRef;
import io.kadens.ai.learningpaths.LearningPathDraft.Objective;
import io.kadens.ai.learningpaths.LearningPathDraft.Step;
import io.kadens.ai.learningpaths.LearningPathDraft.StepKind;
import io.kadens.ai.learningpaths.LearningPathRequest.LibraryItem;
import io.kadens.ai.learningpaths.LearningPathRequest.Passage;
import io.kadens.ai.plans.CourseLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The offline learning content drafter: explicit rules, deterministic, every step cited.
 *
 * <p>A <b>learning path</b> orders the library items that teach the competency from the lowest level up
 * to the level that fits the target (items above it are left out), with the company's own passages about
 * the competency as readings after the course they fit best, and ends with practice from the
 * framework's description of the target level. A <b>course outline</b> makes a module of each passage of
 * company content (its heading as the module's title, its first sentences as the content), then points
 * to library items for further learning, and ends with the same practice. Objectives are the framework's
 * indicators up to the target level. Passages further in meaning than {@link #MIN_PASSAGE_SIMILARITY}
 * are left out: they are not about the competency.
 */
public final class LearningPathEngine {

    /** Least cosine similarity of a passage to the competency for it to be used. */
    public static final double MIN_PASSAGE_SIMILARITY = 0.3;
    static final int MAX_COURSES = 6;
    static final int MAX_READINGS = 4;
    static final int MAX_MODULES = 6;

    public LearningPathOutcome draft(LearningPathRequest request) {
        boolean sv = Languages.SWEDISH.equals(request.language());
        LearningPathRequest.Subject competency = request.competency();
        CourseLevel highest = CourseLevel.forStep(request.targetLevel(), request.scale());
        List<Passage> passages = request.passages().stream()
                .filter(p -> p.similarity() >= MIN_PASSAGE_SIMILARITY && !p.text().isBlank())
                .sorted(Comparator.comparingDouble(Passage::similarity).reversed()).toList();
        List<LibraryItem> items = request.library().stream()
                .filter(item -> teaches(item, competency))
                .filter(item -> item.level() == null || item.level().ordinal() <= highest.ordinal())
                .sorted(Comparator.comparingInt((LibraryItem item) -> item.level() == null ? 1 : item.level().ordinal())
                        .thenComparing(LibraryItem::title).thenComparing(LibraryItem::id))
                .toList();
        if (passages.isEmpty() && items.isEmpty()) {
            return new LearningPathOutcome.NothingToDraftFrom(competency.name());
        }
        List<String> notes = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        for (int level = 1; level <= request.targetLevel(); level++) {
            String indicator = competency.indicator(level);
            if (!indicator.isBlank()) {
                objectives.add(new Objective((sv ? "Nivå " : "Level ") + level + ": " + indicator,
                        List.of(competency.source())));
            }
        }
        if (objectives.isEmpty()) {
            notes.add(sv ? "Ramverket beskriver inga nivåer för " + competency.name() + ", så målen saknas."
                    : "The framework describes no levels of " + competency.name() + ", so there are no objectives.");
        }
        List<Step> steps = new ArrayList<>();
        if (request.kind() == LearningPathRequest.Kind.LEARNING_PATH) {
            List<Passage> readings = passages.subList(0, Math.min(MAX_READINGS, passages.size()));
            List<LibraryItem> courses = items.subList(0, Math.min(MAX_COURSES, items.size()));
            int reading = 0;
            for (LibraryItem item : courses) {
                steps.add(course(steps.size() + 1, item, competency, sv));
                if (reading < readings.size()) {
                    steps.add(read(steps.size() + 1, readings.get(reading++), competency, sv));
                }
            }
            while (reading < readings.size()) {
                steps.add(read(steps.size() + 1, readings.get(reading++), competency, sv));
            }
            if (courses.isEmpty()) {
                notes.add(sv ? "Biblioteket har ingen utbildning i " + competency.name() + " på passande nivå."
                        : "The library has no training in " + competency.name() + " at a fitting level.");
            }
        } else {
            for (Passage passage : passages.subList(0, Math.min(MAX_MODULES, passages.size()))) {
                steps.add(module(steps.size() + 1, passage, competency, sv));
            }
            if (passages.isEmpty()) {
                notes.add(sv ? "Det finns inget eget innehåll om " + competency.name()
                        + "; ladda upp material för att bygga moduler." : "There is no company content about "
                        + competency.name() + "; upload material to build modules from.");
            }
            for (LibraryItem item : items.subList(0, Math.min(3, items.size()))) {
                steps.add(course(steps.size() + 1, item, competency, sv));
            }
        }
        String practice = competency.indicator(request.targetLevel());
        if (!practice.isBlank()) {
            steps.add(new Step(steps.size() + 1, StepKind.PRACTICE, sv ? "Öva i arbetet" : "Practise on the job",
                    (sv ? "Ta dig an en uppgift där du visar: " : "Take on a task where you show: ") + practice,
                    null, List.of(competency.source())));
        } else {
            notes.add(sv ? "Ramverket beskriver inte nivå " + request.targetLevel() + ", så inget övningssteg föreslås."
                    : "The framework does not describe level " + request.targetLevel()
                    + ", so no practice step is suggested.");
        }
        String title = request.kind() == LearningPathRequest.Kind.LEARNING_PATH
                ? (sv ? "Lärväg: " : "Learning path: ") + competency.name() + (sv ? ", nivå " : ", level ")
                        + request.targetLevel()
                : (sv ? "Kursupplägg: " : "Course outline: ") + competency.name() + (sv ? ", nivå " : ", level ")
                        + request.targetLevel();
        String summary = sv
                ? "För dig som vill nå nivå " + request.targetLevel() + " i " + competency.name() + ". "
                        + competency.description()
                : "For anyone aiming for level " + request.targetLevel() + " in " + competency.name() + ". "
                        + competency.description();
        return new LearningPathOutcome.Drafted(new LearningPathDraft(request.kind(), title, summary.strip(), objectives,
                steps, notes, highest, request.language()));
    }

    private static boolean teaches(LibraryItem item, LearningPathRequest.Subject competency) {
        return item.competencies().stream().anyMatch(tag -> tag.equals(competency.id())
                || tag.equalsIgnoreCase(competency.name()));
    }

    private static Step course(int number, LibraryItem item, LearningPathRequest.Subject competency, boolean sv) {
        String level = item.level() == null ? "" : " (" + levelName(item.level(), sv) + ")";
        String text = (item.description().isBlank() ? item.title() : item.description()) + level;
        return new Step(number, StepKind.COURSE, item.title(), text, item.id(),
                List.of(item.source(), competency.source()));
    }

    private static Step read(int number, Passage passage, LearningPathRequest.Subject competency, boolean sv) {
        String title = passage.title().isBlank() ? (sv ? "Läs: " : "Read: ") + firstSentence(passage.text(), 60)
                : (sv ? "Läs: " : "Read: ") + passage.title();
        return new Step(number, StepKind.READ, title, firstSentences(passage.text(), 2), passage.source().id(),
                List.of(passage.source()));
    }

    private static Step module(int number, Passage passage, LearningPathRequest.Subject competency, boolean sv) {
        String title = passage.title().isBlank() ? firstSentence(passage.text(), 60) : passage.title();
        return new Step(number, StepKind.READ, (sv ? "Modul " : "Module ") + number + ": " + title,
                firstSentences(passage.text(), 3), passage.source().id(), List.of(passage.source(), competency.source()));
    }

    private static String levelName(CourseLevel level, boolean sv) {
        return switch (level) {
            case BEGINNER -> sv ? "grundläggande" : "beginner";
            case INTERMEDIATE -> sv ? "fördjupning" : "intermediate";
            case ADVANCED -> sv ? "avancerad" : "advanced";
        };
    }

    static String firstSentence(String text, int max) {
        String sentence = firstSentences(text, 1).replaceAll("[.!?]$", "");
        return sentence.length() <= max ? sentence : sentence.substring(0, max - 1).strip() + "…";
    }

    static String firstSentences(String text, int count) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = nextEnd(flat, end);
            if (next < 0) {
                return flat;
            }
            end = next;
        }
        return flat.substring(0, end).strip();
    }

    private static int nextEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i + 1;
            }
        }
        return -1;
    }
}
