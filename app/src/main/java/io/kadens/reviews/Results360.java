package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.db.Tables.REVIEW_CYCLE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pools the submitted peer and upward answers about a participant (see {@link Pooled360}). Checks no access rights:
 * {@link ReviewSharing} decides who may read them. Reads only submitted reviews, and nothing about who wrote them or
 * when, so that nothing downstream can leak it.
 */
@Component
class Results360 {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;
    private final ReviewTemplateRepository templates;

    Results360(DSLContext db, ReviewTemplateRepository templates) {
        this.db = db;
        this.templates = templates;
    }

    /** A submitted answer set; who wrote it and when is never read. */
    private record Submitted(JsonNode answers) {
    }

    Pooled360 pool(UUID cycleId, UUID subjectId, int threshold, int ratingPoints, Locale locale) {
        var cycle = db.select(REVIEW_CYCLE.TEMPLATE_ID, REVIEW_CYCLE.TEMPLATE_VERSION).from(REVIEW_CYCLE)
                .where(REVIEW_CYCLE.ID.eq(cycleId)).fetchOne();
        if (cycle == null || cycle.value2() == null) {
            return new Pooled360(cycleId, subjectId, threshold, ratingPoints, List.of());
        }
        TemplateVersion version = templates.version(cycle.value1(), cycle.value2()).orElseThrow();
        List<Pooled360.SourceResults> sources = new ArrayList<>();
        for (ReviewForm source : List.of(ReviewForm.PEER, ReviewForm.UPWARD)) {
            List<TemplateQuestion> questions = version.questions().stream().filter(q -> q.forms().contains(source)).toList();
            if (questions.isEmpty()) {
                continue;
            }
            List<Submitted> submitted = db.select(REVIEW.ANSWERS).from(REVIEW)
                    .where(REVIEW.CYCLE_ID.eq(cycleId), REVIEW.SUBJECT_ID.eq(subjectId), REVIEW.FORM.eq(source.name()),
                            REVIEW.STATUS.eq(ReviewStatus.SUBMITTED.name()))
                    .fetch(r -> new Submitted(JSON.readTree(r.value1() == null ? "[]" : r.value1().data())));
            sources.add(new Pooled360.SourceResults(source,
                    questions.stream().map(q -> pool(q, submitted, threshold, ratingPoints, locale)).toList()));
        }
        return new Pooled360(cycleId, subjectId, threshold, ratingPoints, sources);
    }

    private static Pooled360.QuestionResult pool(TemplateQuestion question, List<Submitted> submitted, int threshold,
                                                 int ratingPoints, Locale locale) {
        List<JsonNode> answers = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (Submitted review : submitted) {
            JsonNode answer = answerTo(review.answers(), question.id());
            if (answer == null || !answered(answer)) {
                continue;
            }
            answers.add(answer);
            for (String text : texts(answer)) {
                comments.add(text);
            }
        }
        String text = question.text(locale);
        if (answers.size() < threshold) {
            return new Pooled360.QuestionResult(question.id(), question.kind(), text, true, null, List.of(), null,
                    List.of(), List.of());
        }
        List<Integer> ratings = answers.stream().map(a -> rating(a.path("rating"), ratingPoints))
                .filter(java.util.Objects::nonNull).toList();
        List<Pooled360.CriterionResult> criteria = new ArrayList<>();
        for (Criterion criterion : question.criteria()) {
            List<Integer> criterionRatings = new ArrayList<>();
            for (JsonNode answer : answers) {
                for (JsonNode c : answer.path("criteria")) {
                    if (criterion.key().equals(c.path("criterionId").asString(""))) {
                        Integer r = rating(c.path("rating"), ratingPoints);
                        if (r != null) {
                            criterionRatings.add(r);
                        }
                    }
                }
            }
            boolean withheld = criterionRatings.size() < threshold;
            criteria.add(new Pooled360.CriterionResult(criterion.key(), criterion.name(locale), withheld,
                    withheld ? null : criterionRatings.size(), withheld ? List.of() : counts(criterionRatings, ratingPoints),
                    withheld ? null : average(criterionRatings)));
        }
        List<String> ordered = comments.stream()
                .sorted(java.util.Comparator.comparing((String c) -> orderKey(question.id(), c)).thenComparing(c -> c))
                .toList();
        return new Pooled360.QuestionResult(question.id(), question.kind(), text, false, answers.size(),
                ratings.isEmpty() ? List.of() : counts(ratings, ratingPoints), average(ratings), criteria, ordered);
    }

    private static JsonNode answerTo(JsonNode answers, UUID questionId) {
        for (JsonNode answer : answers) {
            if (questionId.toString().equals(answer.path("questionId").asString(""))) {
                return answer;
            }
        }
        return null;
    }

    /** An answer counts when it says something: a rating, a criterion rating, a goal rating or a text. */
    private static boolean answered(JsonNode answer) {
        if (answer.path("rating").isIntegralNumber() || !texts(answer).isEmpty()) {
            return true;
        }
        for (String list : List.of("criteria", "goals")) {
            for (JsonNode item : answer.path(list)) {
                if (item.path("rating").isIntegralNumber()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> texts(JsonNode answer) {
        List<String> texts = new ArrayList<>();
        addText(texts, answer.path("text"));
        for (JsonNode c : answer.path("criteria")) {
            addText(texts, c.path("text"));
        }
        return texts;
    }

    private static void addText(List<String> texts, JsonNode node) {
        if (node.isString() && !node.asString().isBlank()) {
            texts.add(node.asString().strip());
        }
    }

    private static Integer rating(JsonNode node, int ratingPoints) {
        return node.isIntegralNumber() && node.intValue() >= 1 && node.intValue() <= ratingPoints ? node.intValue() : null;
    }

    private static List<Integer> counts(List<Integer> ratings, int ratingPoints) {
        Integer[] counts = new Integer[ratingPoints];
        java.util.Arrays.fill(counts, 0);
        ratings.forEach(r -> counts[r - 1]++);
        return List.of(counts);
    }

    private static Double average(List<Integer> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        double mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return Math.round(mean * 10) / 10.0;
    }

    /**
     * Where a comment goes in the list: a hash of the question and the comment's own words, so the order is stable
     * between reads, differs per question (one writer's comments do not line up across questions), and depends on
     * nothing about the writer or when they submitted (a new answer lands anywhere, not at the end; knowing review ids
     * does not help to place it).
     */
    static String orderKey(UUID questionId, String comment) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((questionId + "/" + comment)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
