package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.people.PeopleAdministration;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Cycles: setting up, launching all or nothing, pausing, extending, closing with unfinished reviews, joiners and leavers. */
@KadensSpringTest
class ReviewCyclesTest {

    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    ReviewTemplate template;

    @BeforeEach
    void company() {
        c = tenants.create("rcyc");
        template = asHr(() -> templates.create(ReviewTemplates.starter()));
    }

    private <T> T asHr(java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, c.hrAdmin()), work);
    }

    private CycleDraft draft(ParticipantSelection selection) {
        CycleDraft base = ReviewCycles.defaultDraft(CycleKind.SEMI_ANNUAL, template.id(), TestTenants.today());
        return new CycleDraft("H2 reviews", base.kind(), base.templateId(), base.windowStart(), base.windowEnd(),
                base.peerCap(), base.deadlines(), selection);
    }

    private ReviewCycle launched(ParticipantSelection selection) {
        ReviewCycle created = asHr(() -> cycles.create(draft(selection)));
        return asHr(() -> cycles.launch(created.id(), created.version()));
    }

    private List<ReviewCycleRepository.ReviewRow> reviewsOf(UUID cycle, UUID subject) {
        return TenantScope.call(c.id(), () -> new TransactionTemplate(transactionManager).execute(status ->
                new ReviewCycleRepository(db).reviewsOf(cycle, subject)));
    }

    private void markSubmitted(UUID reviewId) {
        TenantScope.run(c.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                db.update(REVIEW).set(REVIEW.STATUS, "SUBMITTED")
                        .set(REVIEW.SUBMITTED_AT, java.time.OffsetDateTime.now()).where(REVIEW.ID.eq(reviewId)).execute()));
    }

    @Test
    void launchingAddsTheSelectedPeopleWithTheirReviewsAndFixesTheTemplateVersion() {
        assertThat(ReviewCycles.defaultDraft(CycleKind.SEMI_ANNUAL, null, LocalDate.of(2026, 12, 5)).windowStart())
                .isEqualTo(LocalDate.of(2026, 6, 6));
        ReviewCycle cycle = launched(new ParticipantSelection(Set.of(c.salesId()), null, Set.of(c.outsider().id())));
        assertThat(cycle.status()).isEqualTo(CycleStatus.ACTIVE);
        assertThat(cycle.templateVersion()).isEqualTo(1);
        // Sales (CEO, manager, employee, team lead, member) and the outsider; the CEO has no manager to review them;
        // four upward reviews: employee and lead about the manager, member about the lead, manager about the CEO
        assertThat(cycle.progress()).isEqualTo(new ReviewCycle.Progress(6, 15, 0));
        List<CycleParticipant> participants = asHr(() -> cycles.participants(cycle.id()));
        assertThat(participants).extracting(CycleParticipant::personId).containsExactlyInAnyOrder(c.ceo().id(),
                c.manager().id(), c.employee().id(), c.teamLead().id(), c.member().id(), c.outsider().id());
        assertThat(participants).filteredOn(p -> p.personId().equals(c.member().id())).singleElement()
                .satisfies(p -> assertThat(p.managerId()).isEqualTo(c.teamLead().id()));
        assertThat(reviewsOf(cycle.id(), c.employee().id())).extracting(ReviewCycleRepository.ReviewRow::form,
                ReviewCycleRepository.ReviewRow::authorId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ReviewForm.SELF, c.employee().id()),
                org.assertj.core.groups.Tuple.tuple(ReviewForm.MANAGER, c.manager().id()));

        // a template edited later does not change the running cycle
        asHr(() -> templates.update(template.id(), ReviewTemplates.starter(), template.version()));
        assertThat(asHr(() -> cycles.cycle(cycle.id())).orElseThrow().templateVersion()).isEqualTo(1);
        assertThat(asHr(() -> auditLog.search(AuditQuery.about("review_cycle", cycle.id().toString()), 0, 10)))
                .extracting(AuditEntry::action).contains("review.cycle.created", "review.cycle.launched");
        // launched once only
        assertThatThrownBy(() -> asHr(() -> cycles.launch(cycle.id(), cycle.version())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLaunchThatFindsNobodyWritesNothing() {
        // an id the tenant does not know (another tenant's) is unknown when set up: nothing is stored
        assertThatThrownBy(() -> asHr(() -> cycles.create(draft(new ParticipantSelection(null, null, Set.of(UUID.randomUUID()))))))
                .isInstanceOf(io.kadens.platform.ResourceNotFoundException.class);
        // someone who left after the set-up is not launched
        ReviewCycle created = asHr(() -> cycles.create(draft(new ParticipantSelection(null, null, Set.of(c.outsider().id())))));
        asHr(() -> {
            long version = administration.editable(c.outsider().id()).orElseThrow().version();
            administration.deactivate(c.outsider().id(), null, version);
            return null;
        });
        assertThatThrownBy(() -> asHr(() -> cycles.launch(created.id(), created.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("selection", "reviews.cycle.selection.empty"));
        ReviewCycle after = asHr(() -> cycles.cycle(created.id())).orElseThrow();
        assertThat(after.status()).isEqualTo(CycleStatus.DRAFT);
        assertThat(after.templateVersion()).isNull();
        assertThat(after.progress().participants()).isZero();
        assertThat(asHr(() -> cycles.participants(created.id()))).isEmpty();
    }

    @Test
    void badSetUpIsRefusedFieldByField() {
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        LocalDate today = TestTenants.today();
        deadlines.put(CyclePhase.SELF_REVIEW, today.plusDays(10));
        deadlines.put(CyclePhase.PEER_NOMINATION, today.plusDays(5));
        CycleDraft bad = new CycleDraft(" ", CycleKind.QUARTERLY, template.id(), today, today.minusDays(1), 11,
                deadlines, null);
        assertThatThrownBy(() -> asHr(() -> cycles.create(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "reviews.cycle.name.required")
                        .containsEntry("windowEnd", "reviews.cycle.window.order")
                        .containsEntry("peerCap", "reviews.cycle.peer-cap.range")
                        .containsEntry("deadlines.PEER_NOMINATION", "reviews.cycle.deadline.order")
                        .containsEntry("deadlines.SHARING", "reviews.cycle.deadline.required"));
        ReviewTemplate archived = asHr(() -> templates.setArchived(template.id(), true, template.version()));
        assertThatThrownBy(() -> asHr(() -> cycles.create(draft(null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("templateId", "reviews.cycle.template.archived"));
        assertThat(archived.archived()).isTrue();
        assertThat(asHr(() -> cycles.cycles())).isEmpty();
    }

    @Test
    void pausingExtendingAndClosingAreCheckedAndAudited() {
        ReviewCycle cycle = launched(new ParticipantSelection(null, null, Set.of(c.employee().id(), c.member().id())));
        ReviewCycle paused = asHr(() -> cycles.pause(cycle.id(), cycle.version()));
        assertThat(paused.status()).isEqualTo(CycleStatus.PAUSED);
        assertThatThrownBy(() -> asHr(() -> cycles.resume(cycle.id(), cycle.version())))
                .isInstanceOf(ConcurrentEditException.class);
        ReviewCycle resumed = asHr(() -> cycles.resume(cycle.id(), paused.version()));

        LocalDate later = resumed.deadlines().get(CyclePhase.PEER_REVIEWS).plusDays(3);
        ReviewCycle extended = asHr(() -> cycles.extendDeadline(cycle.id(), CyclePhase.SELF_REVIEW, later, resumed.version()));
        assertThat(extended.deadlines().get(CyclePhase.SELF_REVIEW)).isEqualTo(later);
        // the later phases moved along so the order holds; the ones already later did not move
        assertThat(extended.deadlines().get(CyclePhase.PEER_NOMINATION)).isEqualTo(later);
        assertThat(extended.deadlines().get(CyclePhase.PEER_REVIEWS)).isEqualTo(later);
        assertThat(extended.deadlines().get(CyclePhase.SHARING)).isEqualTo(resumed.deadlines().get(CyclePhase.SHARING));
        assertThatThrownBy(() -> asHr(() -> cycles.extendDeadline(cycle.id(), CyclePhase.SELF_REVIEW, later, extended.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("deadline", "reviews.cycle.deadline.not-later"));

        // closing asks first, listing every unfinished review by name; nothing changes until confirmed
        assertThatThrownBy(() -> asHr(() -> cycles.close(cycle.id(), extended.version(), false)))
                .isInstanceOfSatisfying(UnfinishedReviewsException.class, e -> {
                    assertThat(e.unfinished()).hasSize(4);
                    assertThat(e.unfinished()).extracting(UnfinishedReview::subjectName)
                            .contains(c.employee().givenName() + " " + c.employee().familyName());
                });
        assertThat(asHr(() -> cycles.cycle(cycle.id())).orElseThrow().status()).isEqualTo(CycleStatus.ACTIVE);
        ReviewCycle closed = asHr(() -> cycles.close(cycle.id(), extended.version(), true));
        assertThat(closed.status()).isEqualTo(CycleStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(asHr(() -> auditLog.search(AuditQuery.about("review_cycle", cycle.id().toString()), 0, 20)))
                .extracting(AuditEntry::action).contains("review.cycle.paused", "review.cycle.resumed",
                        "review.cycle.deadline_extended", "review.cycle.closed");
        assertThatThrownBy(() -> asHr(() -> cycles.pause(cycle.id(), closed.version())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void joinersAreAddedAndLeaversRemovedKeepingWhatTheySubmitted() {
        ReviewCycle cycle = launched(new ParticipantSelection(null, null, Set.of(c.employee().id(), c.member().id())));
        CycleParticipant joiner = asHr(() -> cycles.addParticipant(cycle.id(), c.teamLead().id()));
        // self, manager, and the upward review the member (whose manager the lead is) writes about the joiner
        assertThat(joiner.reviews()).isEqualTo(3);
        assertThat(joiner.managerId()).isEqualTo(c.manager().id());
        assertThatThrownBy(() -> asHr(() -> cycles.addParticipant(cycle.id(), c.teamLead().id())))
                .isInstanceOf(InvalidInputException.class);

        UUID selfReview = reviewsOf(cycle.id(), c.employee().id()).stream()
                .filter(r -> r.form() == ReviewForm.SELF).findFirst().orElseThrow().id();
        markSubmitted(selfReview);
        CycleParticipant removed = asHr(() -> cycles.removeParticipant(cycle.id(), c.employee().id()));
        assertThat(removed.active()).isFalse();
        assertThat(reviewsOf(cycle.id(), c.employee().id())).extracting(ReviewCycleRepository.ReviewRow::id)
                .containsExactly(selfReview);
        assertThat(asHr(() -> cycles.unfinished(cycle.id()))).extracting(UnfinishedReview::subjectId)
                .doesNotContain(c.employee().id());

        // someone deactivated in the organisation is taken out by "remove leavers"
        asHr(() -> {
            long version = administration.editable(c.member().id()).orElseThrow().version();
            administration.deactivate(c.member().id(), null, version);
            return null;
        });
        assertThat(asHr(() -> cycles.removeLeavers(cycle.id()))).isEqualTo(1);
        assertThat(asHr(() -> cycles.cycle(cycle.id())).orElseThrow().progress().participants()).isEqualTo(1);
    }

    @Test
    void aReviewAfterItsDeadlineOrInAPausedOrClosedCycleIsRefusedWithTheReason() {
        Map<CyclePhase, LocalDate> deadlines = Map.of(CyclePhase.SELF_REVIEW, LocalDate.of(2026, 12, 5),
                CyclePhase.MANAGER_REVIEW, LocalDate.of(2026, 12, 20));
        LocalDate dueDay = LocalDate.of(2026, 12, 5);
        assertThat(ReviewCycles.submissionRefusal(CycleStatus.ACTIVE, deadlines, ReviewForm.SELF, dueDay)).isEmpty();
        assertThat(ReviewCycles.submissionRefusal(CycleStatus.ACTIVE, deadlines, ReviewForm.SELF, dueDay.plusDays(1)))
                .contains("reviews.submit.late");
        assertThat(ReviewCycles.submissionRefusal(CycleStatus.ACTIVE, deadlines, ReviewForm.MANAGER, dueDay.plusDays(1)))
                .isEmpty();
        assertThat(ReviewCycles.submissionRefusal(CycleStatus.PAUSED, deadlines, ReviewForm.SELF, dueDay))
                .contains("reviews.submit.paused");
        assertThat(ReviewCycles.submissionRefusal(CycleStatus.CLOSED, deadlines, ReviewForm.SELF, dueDay))
                .contains("reviews.submit.closed");
    }

    @Test
    void onlyHrAdminsRunCycles() {
        ReviewCycle cycle = launched(new ParticipantSelection(null, null, Set.of(c.employee().id())));
        for (var person : List.of(c.employee(), c.manager(), c.ceo())) {
            assertThatThrownBy(() -> signedIn(TestTenants.as(c, person), () -> cycles.cycles()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn(TestTenants.as(c, person), () -> cycles.pause(cycle.id(), cycle.version())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(asHr(() -> cycles.cycle(cycle.id())).orElseThrow().status()).isEqualTo(CycleStatus.ACTIVE);
    }

    /**
     * All or nothing when the database fails half-way: a fault injected into the last row of the launch's review
     * insert (a trigger, as the owner, for this cycle only) leaves no participant, no review, no audit entry and the
     * cycle a draft; once the fault is gone the same launch succeeds.
     */
    @Test
    void aLaunchThatFailsHalfWayLeavesNothingBehind() throws Exception {
        ReviewCycle created = asHr(() -> cycles.create(draft(new ParticipantSelection(Set.of(c.salesId()), null, null))));
        String function = "fail_launch_" + created.id().toString().replace("-", "");
        try (java.sql.Connection owner = io.kadens.tenants.testing.TestDatabase.get().openAsOwner();
             java.sql.Statement sql = owner.createStatement()) {
            sql.execute("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.cycle_id = '" + created.id() + "' AND NEW.form = 'UPWARD' THEN"
                    + " RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$");
            sql.execute("CREATE TRIGGER " + function + " BEFORE INSERT ON review FOR EACH ROW EXECUTE FUNCTION "
                    + function + "()");
            try {
                assertThatThrownBy(() -> asHr(() -> cycles.launch(created.id(), created.version())))
                        .hasStackTraceContaining("injected fault");
            } finally {
                sql.execute("DROP TRIGGER " + function + " ON review");
                sql.execute("DROP FUNCTION " + function + "()");
            }
        }
        ReviewCycle after = asHr(() -> cycles.cycle(created.id())).orElseThrow();
        assertThat(after.status()).isEqualTo(CycleStatus.DRAFT);
        assertThat(after.version()).isEqualTo(created.version());
        assertThat(after.templateVersion()).isNull();
        assertThat(after.progress()).isEqualTo(new ReviewCycle.Progress(0, 0, 0));
        assertThat(asHr(() -> cycles.participants(created.id()))).isEmpty();
        assertThat(reviewsOf(created.id(), c.employee().id())).isEmpty();
        assertThat(asHr(() -> auditLog.search(AuditQuery.about("review_cycle", created.id().toString()), 0, 10)))
                .extracting(AuditEntry::action).doesNotContain("review.cycle.launched");

        ReviewCycle launched = asHr(() -> cycles.launch(created.id(), created.version()));
        assertThat(launched.status()).isEqualTo(CycleStatus.ACTIVE);
        // Sales: five people, four with a manager, four upward reviews (as the first test counts them)
        assertThat(launched.progress()).isEqualTo(new ReviewCycle.Progress(5, 13, 0));
        assertThat(asHr(() -> cycles.cycle(created.id())).orElseThrow().progress()).isEqualTo(launched.progress());
    }
}
