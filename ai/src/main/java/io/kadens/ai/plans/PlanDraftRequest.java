package io.kadens.ai.plans;

import io.kadens.ai.Languages;
import io.kadens.ai.SourceRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a development plan draft may rest on, already limited by the application to what the
 * requester may see. The engine cites only what is in here: every id in a draft comes from this request.
 *
 * @param person        whose plan it is
 * @param scale         the tenant's proficiency scale: 4 or 5 steps
 * @param competencies  the framework's competencies that apply to the person, each with the level expected
 *                      for the target role (when one is set) or the current job level; empty when the
 *                      tenant has no framework
 * @param ratings       the person's assessment ratings, self and manager, any age (the engine takes the latest)
 * @param growthThemes  growth themes from the person's feedback summary (improvement themes only)
 * @param frameworkChunks company content describing competencies (an uploaded framework document)
 * @param catalogue     training library candidates (from a hybrid search by competency, or the whole
 *                      library when it is small); empty when the library is
 * @param mentors       people who opted in to mentoring and whom the person may see
 * @param horizonMonths how far ahead the plan reaches: 1 to 24 months (default 6)
 * @param language      {@code en} or {@code sv}: the language objectives and notes are written in
 * @param today         the day due dates count from
 */
public record PlanDraftRequest(Person person, int scale, List<Competency> competencies, List<Rating> ratings,
                               List<GrowthTheme> growthThemes, List<FrameworkChunk> frameworkChunks,
                               List<TrainingCandidate> catalogue, List<Mentor> mentors, int horizonMonths,
                               String language, LocalDate today) {

    public static final int DEFAULT_HORIZON_MONTHS = 6;
    public static final int MAX_HORIZON_MONTHS = 24;

    public PlanDraftRequest {
        Objects.requireNonNull(person, "person");
        if (scale < 2 || scale > 10) {
            throw new IllegalArgumentException("a proficiency scale has 2 to 10 steps: " + scale);
        }
        competencies = copy(competencies);
        ratings = copy(ratings);
        growthThemes = copy(growthThemes);
        frameworkChunks = copy(frameworkChunks);
        catalogue = copy(catalogue);
        mentors = copy(mentors);
        horizonMonths = horizonMonths <= 0 ? DEFAULT_HORIZON_MONTHS : Math.min(horizonMonths, MAX_HORIZON_MONTHS);
        language = Languages.require(language == null ? Languages.ENGLISH : language);
        today = today == null ? LocalDate.now() : today;
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /**
     * @param targetRoleName the target role's name when the expectations are the target role's; null when
     *                       they are the current job level's
     */
    public record Person(String id, String name, String roleName, String targetRoleName) {
        public Person {
            Objects.requireNonNull(id, "person id");
            name = name == null ? "" : name.strip();
        }
    }

    /**
     * A competency of the framework with the proficiency expected of the person.
     *
     * @param expectedLevel 1..scale; null when the framework sets no expectation for the person's level
     * @param indicators    {@code indicators.get(n - 1)} describes proficiency level n; may be shorter
     */
    public record Competency(String id, String name, String description, Integer expectedLevel,
                             List<String> indicators) {
        public Competency {
            Objects.requireNonNull(id, "competency id");
            name = name == null ? id : name.strip();
            description = description == null ? "" : description.strip();
            indicators = indicators == null ? List.of() : indicators.stream().map(t -> t == null ? "" : t).toList();
        }

        /** The indicator of level n, blank when the framework describes none. */
        public String indicator(int level) {
            return level >= 1 && level <= indicators.size() ? indicators.get(level - 1).strip() : "";
        }

        public SourceRef source() {
            return SourceRef.of(PlanSourceTypes.COMPETENCY, id);
        }
    }

    public enum RatedBy { SELF, MANAGER }

    /** One rating of one competency in an assessment. */
    public record Rating(String assessmentId, String competencyId, int level, RatedBy ratedBy,
                         OffsetDateTime assessedAt, String comment) {
        public Rating {
            Objects.requireNonNull(assessmentId, "assessment id");
            Objects.requireNonNull(competencyId, "competency id");
            Objects.requireNonNull(ratedBy, "rated by");
            Objects.requireNonNull(assessedAt, "assessed at");
            comment = comment == null ? "" : comment.strip();
        }

        public SourceRef source() {
            return SourceRef.of(PlanSourceTypes.ASSESSMENT, assessmentId);
        }
    }

    /**
     * A growth theme of the person's feedback summary.
     *
     * @param competencyId the competency the theme is about when the feedback named one; null lets the
     *                     engine match the theme to a competency by its words (or leave it out with a note)
     * @param feedbackIds  the feedback items the theme rests on (at least one, or the theme is left out)
     * @param summary      the theme's description or a representative quote
     */
    public record GrowthTheme(String name, String competencyId, List<String> feedbackIds, String summary) {
        public GrowthTheme {
            name = name == null ? "" : name.strip();
            feedbackIds = feedbackIds == null ? List.of() : feedbackIds.stream().filter(Objects::nonNull).distinct()
                    .toList();
            summary = summary == null ? "" : summary.strip();
        }
    }

    /**
     * A passage of company content that describes a competency (a framework document's section).
     *
     * @param source       where it is: usually {@code company_content:<chunk id>}
     * @param competencyId the competency it describes; null lets the engine match it by the competency's name
     */
    public record FrameworkChunk(SourceRef source, String competencyId, String text) {
        public FrameworkChunk {
            Objects.requireNonNull(source, "source");
            text = text == null ? "" : text.strip();
        }
    }

    /**
     * A training library item.
     *
     * @param competencies the competencies it teaches: competency ids, or competency names as the library
     *                     tags them (matched case-insensitively)
     * @param level        null when the library gives none: such an item fits any level, after those that fit
     * @param relevance    the hybrid search's score for this competency, 0 when not searched
     */
    public record TrainingCandidate(String id, String title, String description, List<String> competencies,
                                    CourseLevel level, String language, double relevance) {
        public TrainingCandidate {
            Objects.requireNonNull(id, "training item id");
            title = title == null ? "" : title.strip();
            description = description == null ? "" : description.strip();
            competencies = competencies == null ? List.of() : competencies.stream().filter(Objects::nonNull)
                    .map(String::strip).toList();
        }

        public SourceRef source() {
            return SourceRef.of(PlanSourceTypes.TRAINING_ITEM, id);
        }
    }

    /**
     * A person who opted in to mentoring.
     *
     * @param competencies the competencies they mentor in: ids (or names, matched case-insensitively)
     */
    public record Mentor(String personId, String name, List<String> competencies) {
        public Mentor {
            Objects.requireNonNull(personId, "mentor id");
            name = name == null ? "" : name.strip();
            competencies = competencies == null ? List.of() : competencies.stream().filter(Objects::nonNull)
                    .map(String::strip).toList();
        }

        public SourceRef source() {
            return SourceRef.of(PlanSourceTypes.PERSON, personId);
        }
    }
}
