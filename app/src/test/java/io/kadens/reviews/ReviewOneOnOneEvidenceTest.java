package io.kadens.reviews;

import static io.kadens.db.Tables.ONE_ON_ONE_MEETING;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.oneonones.MeetingSummary;
import io.kadens.oneonones.MyOneOnOne;
import io.kadens.oneonones.OneOnOneMeetings;
import io.kadens.oneonones.OneOnOneNotes;
import io.kadens.oneonones.OneOnOnePair;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.reviews.EvidencePanel.EvidenceItem;
import io.kadens.reviews.ReviewAnswer.EvidenceType;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 1:1s beside a review form: the ones held in the window with the subject that the writer was in, with their
 * talking points and shared notes, linked to the meeting; never a 1:1 the writer was not in.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewOneOnOneEvidenceTest {

    @Autowired
    ReviewEvidence evidence;
    @Autowired
    ReviewWritingTestData data;
    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneMeetings meetings;
    @Autowired
    OneOnOneNotes notes;
    @Autowired
    io.kadens.oneonones.OneOnOneEvidence oneOnOneEvidence;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestTenants tenants;

    Company c;
    ReviewWritingTestData.Seeded seeded;
    UUID managerMeeting;
    UUID mentorMeeting;
    UUID futureMeeting;

    <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    @BeforeAll
    void heldOneOnOnes() {
        c = tenants.create("rw1on1");
        seeded = data.seed(c);
        // the manager's series with the employee: one meeting held last week with two points and shared notes
        UUID managerPair = as(c.manager(), () -> oneOnOnes.mine()).stream()
                .filter(m -> m.other().id().equals(c.employee().id())).map(MyOneOnOne::pairId).findFirst().orElseThrow();
        managerMeeting = held(c.manager(), managerPair, List.of("Career plan for next year", "Billing migration"),
                "Agreed that she leads the billing migration handover.", 7);
        // her mentorship with a colleague, which her manager was not in
        OneOnOnePair mentorPair = as(c.employee(), () -> oneOnOnes.createMentorPair(c.member().id(), c.employee().id()));
        mentorMeeting = held(c.employee(), mentorPair.id(), List.of("Public speaking"), null, 3);
        // the series' next meeting is ahead, not held: no evidence
        futureMeeting = as(c.manager(), () -> oneOnOnes.meetings(managerPair)).stream()
                .filter(m -> m.completedAt() == null).map(MeetingSummary::id).findFirst().orElseThrow();
    }

    /** Holds the series' first open meeting with these points (the first one covered) and notes, {@code daysAgo}. */
    private UUID held(Person by, UUID pairId, List<String> points, String sharedNotes, int daysAgo) {
        return as(by, () -> {
            UUID meeting = oneOnOnes.meetings(pairId).stream().filter(m -> m.completedAt() == null).findFirst()
                    .orElseThrow().id();
            for (int i = 0; i < points.size(); i++) {
                var item = meetings.addTalkingPoint(meeting, points.get(i), false);
                if (i == 0) {
                    meetings.setCovered(item.id(), true);
                }
            }
            if (sharedNotes != null) {
                long version = meetings.meeting(meeting).orElseThrow().sharedNotes().version();
                notes.saveSharedNotes(meeting, sharedNotes, version);
            }
            meetings.complete(meeting);
            // held in the past, inside the review window
            TenantScope.call(c.id(), () -> new TransactionTemplate(transactionManager).execute(status ->
                    db.update(ONE_ON_ONE_MEETING).set(ONE_ON_ONE_MEETING.SCHEDULED_AT,
                                    OffsetDateTime.ofInstant(Instant.now().minus(daysAgo, ChronoUnit.DAYS), ZoneOffset.UTC))
                            .where(ONE_ON_ONE_MEETING.ID.eq(meeting)).execute()));
            return meeting;
        });
    }

    @Test
    void theManagerSeesTheOneOnOnesHeHeldWithHerWithTalkingPointsAndSharedNotes() {
        EvidencePanel panel = as(c.manager(), () -> evidence.panel(seeded.managerReview()));
        List<EvidenceItem> held = panel.of(EvidenceType.ONE_ON_ONE);
        assertThat(held).extracting(EvidenceItem::id).containsExactly(managerMeeting);
        EvidenceItem item = held.getFirst();
        assertThat(item.title()).isEqualTo(c.employee().givenName() + " " + c.employee().familyName());
        assertThat(item.link()).isEqualTo("one-on-ones/" + managerMeeting);
        assertThat(item.source()).isEqualTo("MANAGER");
        assertThat(item.text()).contains("Career plan for next year", "Billing migration", "billing migration handover");
        assertThat(item.on()).isNotNull();
        assertThat(item.progress()).isEqualTo(0.5);
        EvidencePanel.OneOnOneFacts facts = panel.oneOnOne(managerMeeting).orElseThrow();
        assertThat(facts.agendaPoints()).isEqualTo(2);
        assertThat(facts.covered()).isEqualTo(1);
        assertThat(facts.sharedNotes()).isTrue();
        assertThat(facts.sharedNoteWords()).isEqualTo(8);
        // the writer may cite it in an answer
        assertThat(ReviewEvidence.ids(panel)).contains(managerMeeting).doesNotContain(mentorMeeting, futureMeeting);
        // the 1:1s count in the recency figures like any dated evidence
        assertThat(panel.recency().dated()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void herSelfReviewShowsEveryOneOnOneSheHeldAndNothingAheadOrOutsideTheWindow() {
        EvidencePanel panel = as(c.employee(), () -> evidence.panel(seeded.selfReview()));
        assertThat(panel.of(EvidenceType.ONE_ON_ONE)).extracting(EvidenceItem::id)
                .containsExactly(managerMeeting, mentorMeeting);
        EvidenceItem mentor = panel.of(EvidenceType.ONE_ON_ONE).get(1);
        assertThat(mentor.title()).isEqualTo(c.member().givenName() + " " + c.member().familyName());
        assertThat(mentor.source()).isEqualTo("MENTOR");
        assertThat(panel.oneOnOne(mentorMeeting).orElseThrow().sharedNotes()).isFalse();

        // a look-back that ends before the meetings holds none of them
        EvidencePanel earlier = as(c.employee(), () -> evidence.panel(seeded.selfReview(),
                io.kadens.support.TestTenants.today().minusMonths(6), io.kadens.support.TestTenants.today().minusDays(30)));
        assertThat(earlier.of(EvidenceType.ONE_ON_ONE)).isEmpty();
    }

    @Test
    void someoneOutsideThePairNeverSeesItsMeetings() {
        List<?> seenByOutsider = as(c.ceo(), () -> oneOnOneEvidence.heldWith(c.employee().id(),
                Instant.now().minus(30, ChronoUnit.DAYS), Instant.now()));
        assertThat(seenByOutsider).isEmpty();
        List<?> seenByMentor = as(c.member(), () -> oneOnOneEvidence.heldWith(c.employee().id(),
                Instant.now().minus(30, ChronoUnit.DAYS), Instant.now()));
        assertThat(seenByMentor).hasSize(1);
    }
}
