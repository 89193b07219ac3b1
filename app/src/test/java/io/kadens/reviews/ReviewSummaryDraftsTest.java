package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.feedback.Feedback;
import io.kadens.feedback.NewFeedback;
import io.kadens.feedback.NewPraise;
import io.kadens.feedback.PraiseFeed;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.ReviewSummaryDrafts.Insight;
import io.kadens.reviews.ReviewSummaryDrafts.SummaryDraft;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The manager's summary draft: insights with their support, a cited draft that counts what it used, no rating. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewSummaryDraftsTest {

    @Autowired
    ReviewSummaryDrafts drafts;
    @Autowired
    ReviewEvidence evidence;
    @Autowired
    ReviewWritingTestData data;
    @Autowired
    Feedback feedback;
    @Autowired
    PraiseFeed praise;
    @Autowired
    TestTenants tenants;

    Company c;
    ReviewWritingTestData.Seeded seeded;

    @BeforeAll
    void evidenceAboutTheEmployee() {
        c = tenants.create("rwsum");
        seeded = data.seed(c);
        as(c.member(), () -> feedback.give(new NewFeedback(c.employee().id(),
                "She helped me debug the payments outage and explained the fix clearly.", "collaboration", null, null, false)));
        as(c.teamLead(), () -> feedback.give(new NewFeedback(c.employee().id(),
                "Excellent collaboration with support during the outage; she kept everyone informed.", "collaboration",
                null, null, false)));
        as(c.ceo(), () -> feedback.give(new NewFeedback(c.employee().id(),
                "Great collaboration with the sales team on the pricing launch.", "collaboration", null, null, false)));
        as(c.member(), () -> praise.give(new NewPraise(c.employee().id(), "Thank you for the excellent release checklist!")));
    }

    <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    @Test
    void theEvidencePanelHoldsTheFeedbackAndPraiseWithItsRecency() {
        EvidencePanel panel = as(c.manager(), () -> evidence.panel(seeded.managerReview()));
        assertThat(panel.of(ReviewAnswer.EvidenceType.FEEDBACK)).hasSize(3);
        assertThat(panel.of(ReviewAnswer.EvidenceType.PRAISE)).hasSize(1);
        assertThat(panel.feedback().total()).isEqualTo(3);
        // everything was given today, inside the window: all of it is recent, and the panel says so
        assertThat(panel.recency().recent()).isEqualTo(panel.recency().dated()).isGreaterThanOrEqualTo(4);
        assertThat(panel.recency().percent()).isEqualTo(100);
        assertThat(panel.recency().lopsided()).isTrue();
    }

    @Test
    void insightsShowTheirSupportAndTheDraftCitesAndCountsWhatItUsed() {
        List<Insight> insights = as(c.manager(), () -> drafts.insights(seeded.managerReview(), null, null, Locale.ENGLISH))
                .insights();
        Insight collaboration = insights.stream().filter(i -> i.id().startsWith("feedback:collaboration")).findFirst()
                .orElseThrow();
        assertThat(collaboration.sources()).hasSize(3);
        assertThat(collaboration.support()).isIn(ReviewSummaryDrafts.Support.STRONG, ReviewSummaryDrafts.Support.MODERATE);
        Insight praised = insights.stream().filter(i -> i.id().equals("praise")).findFirst().orElseThrow();
        assertThat(praised.support()).isEqualTo(ReviewSummaryDrafts.Support.WEAK);

        SummaryDraft all = as(c.manager(), () -> drafts.draft(seeded.managerReview(),
                insights.stream().map(Insight::id).toList(), null, null, Locale.ENGLISH));
        assertThat(all.lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.citations()).isNotEmpty();
            assertThat(ReviewSummaryDrafts.RATING.matcher(line.text()).find()).isFalse();
        });
        assertThat(all.offered()).isEqualTo(insights.size());
        assertThat(all.used()).isPositive().isLessThanOrEqualTo(insights.size());

        SummaryDraft one = as(c.manager(), () -> drafts.draft(seeded.managerReview(), List.of(praised.id()), null, null,
                Locale.ENGLISH));
        assertThat(one.used()).isEqualTo(1);
        assertThat(one.offered()).isEqualTo(insights.size());
        assertThat(one.lines()).allSatisfy(line -> assertThat(line.citations())
                .allSatisfy(ref -> assertThat(ref.type()).isEqualTo(ReviewAnswer.EvidenceType.PRAISE)));
    }

    @Test
    void peersAndSelfReviewsGetNoDraftAndNobodyButTheAuthorAsks() {
        assertThatThrownBy(() -> as(c.employee(), () -> drafts.insights(seeded.selfReview(), null, null, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("form", "reviewwriting.summary.manager-only"));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> drafts.insights(seeded.managerReview(), null, null, Locale.ENGLISH)))
                .isInstanceOf(io.kadens.platform.ResourceNotFoundException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> drafts.draft(seeded.managerReview(), List.of(), null, null,
                Locale.ENGLISH))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStatementThatStatesARatingIsRecognised() {
        assertThat(ReviewSummaryDrafts.RATING.matcher("A rating of 4 fits this period.").find()).isTrue();
        assertThat(ReviewSummaryDrafts.RATING.matcher("I would give 4/5.").find()).isTrue();
        assertThat(ReviewSummaryDrafts.RATING.matcher("Betyg 3 passar.").find()).isTrue();
        assertThat(ReviewSummaryDrafts.RATING.matcher("Goal \"Launch\": 80% done, on track.").find()).isFalse();
    }
}
