package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pooled 360 results and sharing (issue 15, parts 3 and 6): below the anonymity threshold nothing is shown, whatever
 * is tried (drafts, criteria answered by fewer, the order of comments); the employee sees no rating before sharing;
 * the manager shares only in the sign-off and sharing phases; the employee acknowledges with optimistic locking.
 */
@KadensSpringTest
class ReviewSharingTest {

    @Autowired
    ReviewSharing sharing;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    static final UUID ACHIEVEMENTS = starter("achievements");
    static final UUID COMPETENCIES = starter("competencies");
    static final UUID OVERALL = starter("overall-rating");

    Company c;
    ReviewCycle cycle;

    static UUID starter(String key) {
        return UUID.nameUUIDFromBytes(("kadens.review-template.starter." + key).getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void signOffPhase() {
        c = tenants.create("rshare");
        ReviewTemplate template = as(c.hrAdmin(), () -> templates.create(ReviewTemplates.starter()));
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        for (CyclePhase phase : CyclePhase.values()) {
            deadlines.put(phase, phase.ordinal() <= CyclePhase.CALIBRATION.ordinal()
                    ? TestTenants.today().minusDays(2) : TestTenants.today().plusDays(9));
        }
        cycle = as(c.hrAdmin(), () -> {
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), TestTenants.today());
            ReviewCycle draft = cycles.create(new CycleDraft("Q4", base.kind(), base.templateId(), base.windowStart(),
                    base.windowEnd(), 5, deadlines, new ParticipantSelection(Set.of(c.salesId()), null, null)));
            return cycles.launch(draft.id(), draft.version());
        });
    }

    private <T> T as(Person person, java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private void write(UUID subject, Person author, String form, String status, String answers, Integer overall) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            db.deleteFrom(REVIEW).where(REVIEW.CYCLE_ID.eq(cycle.id()), REVIEW.SUBJECT_ID.eq(subject),
                    REVIEW.AUTHOR_ID.eq(author.id()), REVIEW.FORM.eq(form)).execute();
            db.insertInto(REVIEW).set(REVIEW.CYCLE_ID, cycle.id()).set(REVIEW.SUBJECT_ID, subject)
                    .set(REVIEW.AUTHOR_ID, author.id()).set(REVIEW.FORM, form).set(REVIEW.STATUS, status)
                    .set(REVIEW.SUBMITTED_AT, "SUBMITTED".equals(status) ? OffsetDateTime.now() : null)
                    .set(REVIEW.ANSWERS, JSONB.valueOf(answers))
                    .set(REVIEW.OVERALL_RATING, overall == null ? null : overall.shortValue()).execute();
        }));
    }

    private static String peerAnswer(String comment, int collaboration, Integer communication) {
        return "[{\"questionId\":\"" + ACHIEVEMENTS + "\",\"text\":\"" + comment + "\"},"
                + "{\"questionId\":\"" + COMPETENCIES + "\",\"criteria\":[{\"criterionId\":\"collaboration\",\"rating\":"
                + collaboration + "}" + (communication == null ? "" : ",{\"criterionId\":\"communication\",\"rating\":"
                + communication + "}") + "]}]";
    }

    private static Pooled360.QuestionResult question(Pooled360 pooled, ReviewForm source, UUID questionId) {
        return pooled.sources().stream().filter(s -> s.source() == source).findFirst().orElseThrow().questions()
                .stream().filter(q -> q.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    @Test
    void peerAnswersShowOnlyPooledAtTheThresholdAndBelowItNothingLeaksByCountOrDraftOrCriterionOrOrder() {
        UUID sara = c.employee().id();
        write(sara, c.teamLead(), "PEER", "SUBMITTED", peerAnswer("Leads the weekly demo", 4, 3), null);
        write(sara, c.member(), "PEER", "SUBMITTED", peerAnswer("Always helpful in reviews", 5, 4), null);
        // a draft is not an answer: it must not tip the count over the threshold
        write(sara, c.hrAdmin(), "PEER", "DRAFT", peerAnswer("Draft words", 2, 2), null);

        Pooled360 below = as(c.manager(), () -> sharing.results360(cycle.id(), sara));
        assertThat(below.threshold()).isEqualTo(3);
        Pooled360.QuestionResult withheld = question(below, ReviewForm.PEER, ACHIEVEMENTS);
        assertThat(withheld.withheld()).isTrue();
        // withheld says nothing: no count (counting two, then three, would time a submission), no ratings, no words
        assertThat(withheld.answers()).isNull();
        assertThat(withheld.comments()).isEmpty();
        assertThat(question(below, ReviewForm.PEER, COMPETENCIES).criteria()).allSatisfy(cr -> {
            assertThat(cr.withheld()).isTrue();
            assertThat(cr.answers()).isNull();
            assertThat(cr.ratingCounts()).isEmpty();
        });
        String belowJson = JsonMapper.builder().build().writeValueAsString(below);
        assertThat(belowJson).doesNotContain("Leads the weekly demo", "Draft words", c.teamLead().id().toString());

        // the third submitted answer: all three show at once, pooled, in an order of their words, not of submission
        write(sara, c.hrAdmin(), "PEER", "SUBMITTED", peerAnswer("Clear written updates", 3, null), null);
        Pooled360 at = as(c.manager(), () -> sharing.results360(cycle.id(), sara));
        Pooled360.QuestionResult shown = question(at, ReviewForm.PEER, ACHIEVEMENTS);
        assertThat(shown.withheld()).isFalse();
        assertThat(shown.answers()).isEqualTo(3);
        List<String> byHash = List.of("Leads the weekly demo", "Always helpful in reviews", "Clear written updates")
                .stream().sorted(Comparator.comparing(t -> Results360.orderKey(ACHIEVEMENTS, t))).toList();
        assertThat(shown.comments()).containsExactlyElementsOf(byHash);
        assertThat(as(c.manager(), () -> sharing.results360(cycle.id(), sara)).sources())
                .as("stable between reads").isEqualTo(at.sources());
        Pooled360.QuestionResult competencies = question(at, ReviewForm.PEER, COMPETENCIES);
        // collaboration was rated three times: shown as counts per rating; communication only twice: withheld alone
        assertThat(competencies.criteria()).filteredOn(cr -> cr.key().equals("collaboration")).singleElement()
                .satisfies(cr -> {
                    assertThat(cr.withheld()).isFalse();
                    assertThat(cr.ratingCounts()).containsExactly(0, 0, 1, 1, 1);
                    assertThat(cr.average()).isEqualTo(4.0);
                });
        assertThat(competencies.criteria()).filteredOn(cr -> cr.key().equals("communication")).singleElement()
                .satisfies(cr -> assertThat(cr.withheld()).isTrue());
        String json = JsonMapper.builder().build().writeValueAsString(at);
        for (Person author : List.of(c.teamLead(), c.member(), c.hrAdmin())) {
            assertThat(json).doesNotContain(author.id().toString(), author.familyName());
        }
        assertThat(json).doesNotContainIgnoringCase("submitted");

        // a colleague, or Sara before sharing, sees none of it
        assertThatThrownBy(() -> as(c.member(), () -> sharing.results360(cycle.id(), sara)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> sharing.results360(cycle.id(), sara)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void upwardAnswersAboutAManagerArePooledForTheirOwnManagerChain() {
        UUID erik = c.manager().id();
        UUID leadership = starter("leadership");
        String answer = "[{\"questionId\":\"" + leadership + "\",\"criteria\":[{\"criterionId\":\"builds-trust\",\"rating\":4}]}]";
        write(erik, c.employee(), "UPWARD", "SUBMITTED", answer, null);
        write(erik, c.teamLead(), "UPWARD", "SUBMITTED", answer, null);
        Pooled360 pooled = as(c.ceo(), () -> sharing.results360(cycle.id(), erik));
        assertThat(question(pooled, ReviewForm.UPWARD, leadership).withheld()).isTrue();
        // Erik cannot read what his reports wrote about him before his own outcome is shared
        assertThatThrownBy(() -> as(c.manager(), () -> sharing.results360(cycle.id(), erik)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEmployeeSeesNoRatingBeforeSharingThenAcknowledgesWithAComment() {
        UUID sara = c.employee().id();
        SharedReview before = as(c.employee(), () -> sharing.review(cycle.id(), sara));
        assertThat(before.ratingsVisible()).isFalse();
        assertThatThrownBy(() -> as(c.manager(), () -> sharing.share(cycle.id(), sara, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("status", "reviews.share.no-manager-review"));

        write(sara, c.manager(), "MANAGER", "SUBMITTED", "[{\"questionId\":\"" + OVERALL + "\",\"rating\":4,"
                + "\"text\":\"A strong quarter\"}]", 4);
        SharedReview unshared = as(c.employee(), () -> sharing.review(cycle.id(), sara));
        assertThat(unshared.finalRating()).isNull();
        assertThat(unshared.finalRatingLabel()).isNull();
        assertThat(unshared.managerReview()).isEmpty();
        assertThat(unshared.results360()).isNull();
        assertThat(unshared.canAcknowledge()).isFalse();
        assertThatThrownBy(() -> as(c.employee(), () -> sharing.acknowledge(cycle.id(), "ok", unshared.version())))
                .isInstanceOf(InvalidInputException.class);
        // only the manager chain shares
        assertThatThrownBy(() -> as(c.employee(), () -> sharing.share(cycle.id(), sara, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.member(), () -> sharing.review(cycle.id(), sara)))
                .isInstanceOf(AccessDeniedException.class);
        SharedReview managerView = as(c.manager(), () -> sharing.review(cycle.id(), sara));
        assertThat(managerView.finalRating()).isEqualTo(4);
        assertThat(managerView.canShare()).isTrue();

        SharedReview shared = as(c.manager(), () -> sharing.share(cycle.id(), sara, managerView.version()));
        assertThat(shared.shared()).isTrue();
        assertThatThrownBy(() -> as(c.manager(), () -> sharing.share(cycle.id(), sara, shared.version())))
                .isInstanceOf(InvalidInputException.class);

        SharedReview mine = as(c.employee(), () -> sharing.review(cycle.id(), sara));
        assertThat(mine.ratingsVisible()).isTrue();
        assertThat(mine.finalRating()).isEqualTo(4);
        assertThat(mine.finalRatingLabel()).isNotBlank();
        assertThat(mine.managerReview()).singleElement().satisfies(a -> {
            assertThat(a.rating()).isEqualTo(4);
            assertThat(a.text()).isEqualTo("A strong quarter");
        });
        assertThat(mine.results360()).isNotNull();
        assertThat(mine.canAcknowledge()).isTrue();

        SharedReview acknowledged = as(c.employee(), () -> sharing.acknowledge(cycle.id(), "Thanks, agreed.",
                mine.version()));
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        assertThat(acknowledged.employeeComment()).isEqualTo("Thanks, agreed.");
        // an acknowledgement is given once: the page offers no second one, and a second one is refused, saying why
        assertThat(acknowledged.canAcknowledge()).isFalse();
        assertThat(as(c.employee(), () -> sharing.review(cycle.id(), sara)).canAcknowledge()).isFalse();
        assertThatThrownBy(() -> as(c.employee(), () -> sharing.acknowledge(cycle.id(), "Changed my mind",
                acknowledged.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("status", "reviews.outcome.already-acknowledged"));
        // a second tab with the old version is told someone changed it first
        assertThatThrownBy(() -> as(c.employee(), () -> sharing.acknowledge(cycle.id(), "Overwritten?", mine.version())))
                .isInstanceOf(ConcurrentEditException.class);
        SharedReview afterRefusals = as(c.manager(), () -> sharing.review(cycle.id(), sara));
        assertThat(afterRefusals.employeeComment()).isEqualTo("Thanks, agreed.");
        assertThat(afterRefusals.acknowledgedAt()).isEqualTo(acknowledged.acknowledgedAt());
        assertThat(afterRefusals.version()).isEqualTo(acknowledged.version());
        assertThat(afterRefusals.canAcknowledge()).as("only the employee acknowledges").isFalse();
        assertThat(as(c.employee(), () -> sharing.myCycles())).singleElement()
                .extracting(SharedReview.MyCycle::shared, SharedReview.MyCycle::acknowledged).containsExactly(true, true);
    }

    @Test
    void sharingWaitsForTheSignOffPhase() {
        ReviewTemplate template = as(c.hrAdmin(), () -> templates.create(ReviewTemplates.starter()));
        ReviewCycle early = as(c.hrAdmin(), () -> {
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), TestTenants.today());
            ReviewCycle draft = cycles.create(new CycleDraft("Early", base.kind(), base.templateId(), base.windowStart(),
                    base.windowEnd(), 3, base.deadlines(), new ParticipantSelection(Set.of(c.salesId()), null, null)));
            return cycles.launch(draft.id(), draft.version());
        });
        assertThatThrownBy(() -> as(c.manager(), () -> sharing.share(early.id(), c.employee().id(), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("status", "reviews.share.not-yet"));
    }
}
