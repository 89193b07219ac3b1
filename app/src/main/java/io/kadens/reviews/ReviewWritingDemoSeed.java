package io.kadens.reviews;

import io.kadens.people.OrgFacts;
import io.kadens.reviews.ReviewAnswer.CriterionRating;
import io.kadens.reviews.ReviewWritingRepository.SeedCycle;
import io.kadens.reviews.ReviewWritingRepository.SeedReview;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Written reviews for the demo cycles of {@link ReviewsDemoSeed}, in the bound tenant when nobody has written a
 * review yet (so a database an earlier version seeded gets them too): in "acme" every self and manager review of the
 * closed semi-annual cycle is submitted with answers and an overall rating (calibration and pay have data), while
 * the open quarterly cycle is left alone (Sara's self review stays due); in any other company about half of the
 * manager reviews of the running cycle are drafted. Ratings are spread by a hash of the person, so each run gives the
 * same demo.
 */
@Component
public class ReviewWritingDemoSeed {

    private static final int[] RATINGS = {3, 4, 3, 5, 4, 3, 2, 4, 3, 4};

    private final ReviewWritingRepository repository;
    private final ReviewTemplateRepository templates;
    private final OrgFacts org;
    private final TransactionTemplate transactions;

    ReviewWritingDemoSeed(ReviewWritingRepository repository, ReviewTemplateRepository templates, OrgFacts org,
                          PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.templates = templates;
        this.org = org;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Seeds the written reviews unless someone has written one already; true when it wrote some. */
    public boolean seedIfMissing(String slug) {
        boolean swedish = "acme".equals(slug);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (repository.anyWritten()) {
                return false;
            }
            int written = 0;
            for (SeedCycle cycle : repository.launchedCycles()) {
                TemplateVersion version = templates.version(cycle.templateId(), cycle.templateVersion()).orElse(null);
                if (version == null) {
                    continue;
                }
                boolean closedHalfYear = cycle.status() == CycleStatus.CLOSED && cycle.kind() == CycleKind.SEMI_ANNUAL;
                boolean managerPhase = !"acme".equals(slug) && cycle.status() == CycleStatus.ACTIVE;
                if (!closedHalfYear && !managerPhase) {
                    continue;
                }
                for (SeedReview review : repository.reviewsOf(cycle.id())) {
                    int rating = ratingOf(review.subjectId());
                    if (closedHalfYear && (review.form() == ReviewForm.SELF || review.form() == ReviewForm.MANAGER)) {
                        int given = review.form() == ReviewForm.SELF ? Math.min(5, rating + (rating < 4 ? 1 : 0)) : rating;
                        List<ReviewAnswer> answers = answers(version, review, given, swedish, true);
                        repository.seedAnswers(review.id(), answers, overall(version, review.form(), answers),
                                ReviewStatus.SUBMITTED, cycle.windowEnd().plusDays(review.form() == ReviewForm.SELF ? 5 : 12)
                                        .atTime(9, 0).toInstant(ZoneOffset.UTC));
                        written++;
                    } else if (managerPhase && review.form() == ReviewForm.MANAGER
                            && Math.floorMod(review.subjectId().hashCode(), 2) == 0) {
                        List<ReviewAnswer> answers = answers(version, review, rating, swedish, false);
                        repository.seedAnswers(review.id(), answers, overall(version, review.form(), answers),
                                ReviewStatus.DRAFT, null);
                        written++;
                    }
                }
            }
            return written > 0;
        }));
    }

    static int ratingOf(UUID person) {
        return RATINGS[Math.floorMod(person.hashCode(), RATINGS.length)];
    }

    private static Integer overall(TemplateVersion version, ReviewForm form, List<ReviewAnswer> answers) {
        for (TemplateQuestion q : version.questions()) {
            if (q.kind() == QuestionKind.RATING && q.forms().contains(form)) {
                return answers.stream().filter(a -> a.questionId().equals(q.id())).map(ReviewAnswer::rating)
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /** Answers to the form's questions: complete when submitted, the texts and overall rating only in a draft. */
    private List<ReviewAnswer> answers(TemplateVersion version, SeedReview review, int rating, boolean swedish,
                                       boolean complete) {
        boolean managesOthers = org.managesAnyone(review.subjectId());
        List<ReviewAnswer> answers = new ArrayList<>();
        for (TemplateQuestion q : version.questions()) {
            if (!q.forms().contains(review.form())
                    || q.kind() == QuestionKind.LEADERSHIP && !managesOthers) {
                continue;
            }
            switch (q.kind()) {
                case TEXT -> answers.add(ReviewAnswer.text(q.id(), text(q, review.form(), rating, swedish)));
                case RATING -> answers.add(ReviewAnswer.rating(q.id(), rating, null));
                case COMPETENCY_RATING, LEADERSHIP -> {
                    if (complete) {
                        List<CriterionRating> ratings = new ArrayList<>();
                        int i = 0;
                        for (Criterion c : q.criteria()) {
                            int r = Math.max(1, Math.min(5, rating + (i++ % 3 == 1 ? -1 : i % 3 == 2 ? 1 : 0)));
                            ratings.add(new CriterionRating(c.key(), r, null));
                        }
                        answers.add(new ReviewAnswer(q.id(), null, null, ratings, null, null));
                    }
                }
                case GOAL_RATING -> { }
            }
        }
        return answers;
    }

    private static String text(TemplateQuestion q, ReviewForm form, int rating, boolean swedish) {
        boolean growth = q.textEn().toLowerCase(java.util.Locale.ROOT).contains("growth")
                || q.textEn().toLowerCase(java.util.Locale.ROOT).contains("differently");
        if (growth) {
            return swedish
                    ? "Fortsätt dela kunskap i teamet och planera större leveranser i mindre steg."
                    : "Keep sharing knowledge in the team and plan larger deliveries in smaller steps.";
        }
        if (form == ReviewForm.SELF) {
            return swedish
                    ? "Jag levererade mina viktigaste åtaganden och hjälpte nya kollegor att komma igång."
                    : "I delivered my main commitments and helped new colleagues get started.";
        }
        if (rating >= 4) {
            return swedish
                    ? "Levererade före tidplan, ledde överlämningen till supporten och fick beröm av kunderna."
                    : "Delivered ahead of schedule, led the handover to support and was praised by customers.";
        }
        if (rating <= 2) {
            return swedish
                    ? "Missade två leveranser; behöver förbättra planeringen och be om hjälp tidigare."
                    : "Missed two deliveries; needs to improve planning and ask for help earlier.";
        }
        return swedish
                ? "Levererade det som avtalades, med stabil kvalitet, och samarbetade bra med teamet."
                : "Delivered what was agreed with steady quality and worked well with the team.";
    }
}
