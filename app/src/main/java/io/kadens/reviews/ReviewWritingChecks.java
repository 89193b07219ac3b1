package io.kadens.reviews;

import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.EvidencePanel.EvidenceItem;
import io.kadens.reviews.ReviewTextChecks.Finding;
import io.kadens.reviews.ReviewTextChecks.Kind;
import io.kadens.reviews.ReviewTextChecks.Tone;
import io.kadens.settings.TenantSettingsService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The checks of a review as its writer writes it (on blur and on save; they never block): word findings per
 * answer, and whether the overall rating contradicts what the answers and the attached evidence say.
 */
@Service
public class ReviewWritingChecks {

    private final ReviewWriting writing;
    private final ReviewEvidence evidence;
    private final TenantSettingsService settings;

    ReviewWritingChecks(ReviewWriting writing, ReviewEvidence evidence, TenantSettingsService settings) {
        this.writing = writing;
        this.evidence = evidence;
        this.settings = settings;
    }

    /**
     * A finding about one answer ({@code questionId}), or about the whole review (null) for the rating checks.
     *
     * @param strengths   for the rating checks: sentences and evidence reading as strengths
     * @param growthAreas for the rating checks: sentences and evidence reading as growth areas
     */
    public record WritingCheck(Kind kind, UUID questionId, String term, int strengths, int growthAreas) {
    }

    /**
     * The checks of answers not yet saved, for the author of the review only.
     *
     * @throws ResourceNotFoundException the caller does not write this review
     */
    public List<WritingCheck> check(UUID reviewId, List<ReviewAnswer> answers) {
        if (!writing.isAuthor(reviewId)) {
            throw new ResourceNotFoundException("review", reviewId);
        }
        ReviewDocument review = writing.review(reviewId);
        Map<UUID, EvidenceItem> items = new HashMap<>();
        boolean anyEvidence = answers != null && answers.stream().anyMatch(a -> a != null && !a.evidence().isEmpty());
        if (anyEvidence) {
            evidence.panel(reviewId).items().forEach(i -> items.put(i.id(), i));
        }
        return check(review.questions(), answers == null ? List.of() : answers, items,
                Math.max(3, settings.current().ratingPoints()));
    }

    static List<WritingCheck> check(List<ReviewDocument.FormQuestion> questions, List<ReviewAnswer> answers,
                                    Map<UUID, EvidenceItem> evidence, int scale) {
        ReviewTextChecks checks = ReviewTextChecks.instance();
        List<WritingCheck> found = new ArrayList<>();
        Tone tone = new Tone(0, 0);
        for (ReviewAnswer answer : answers) {
            if (answer == null) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            if (answer.text() != null) {
                texts.add(answer.text());
            }
            answer.criteria().forEach(c -> {
                if (c.text() != null) {
                    texts.add(c.text());
                }
            });
            for (String text : texts) {
                for (Finding f : checks.wordFindings(text)) {
                    found.add(new WritingCheck(f.kind(), answer.questionId(), f.term(), 0, 0));
                }
                tone = tone.plus(checks.tone(text));
            }
            for (ReviewAnswer.EvidenceRef ref : answer.evidence()) {
                EvidenceItem item = evidence.get(ref.id());
                if (item != null && item.tone() == EvidencePanel.Tone.STRENGTH) {
                    tone = tone.plus(new Tone(1, 0));
                } else if (item != null && item.tone() == EvidencePanel.Tone.GROWTH) {
                    tone = tone.plus(new Tone(0, 1));
                }
            }
        }
        Integer overall = ReviewWriting.overallRating(questions, answers.stream().filter(a -> a != null).toList());
        for (Finding f : checks.ratingFindings(overall, scale, tone)) {
            found.add(new WritingCheck(f.kind(), null, f.term(), f.strengths(), f.growthAreas()));
        }
        return found;
    }
}
