package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Peer nominations (issue 15, part 3): Sara (the employee) nominates within the cap, Erik (her manager) approves,
 * rejects or adds, a peer declines with a reason; decisions are audited, the outbox tells the manager and the nominee,
 * and an approved nomination is a PEER review the nominee writes. Upward reviews come with the launch.
 */
@KadensSpringTest
class PeerNominationsTest {

    @Autowired
    PeerNominations nominations;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewTemplates templates;
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
        c = tenants.create("rnom");
        template = signedIn(TestTenants.as(c, c.hrAdmin()), () -> templates.create(ReviewTemplates.starter()));
    }

    private ReviewCycle launched(ParticipantSelection selection, int peerCap, Map<CyclePhase, LocalDate> deadlines) {
        return signedIn(TestTenants.as(c, c.hrAdmin()), () -> {
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), TestTenants.today());
            ReviewCycle draft = cycles.create(new CycleDraft("Q4", base.kind(), base.templateId(), base.windowStart(),
                    base.windowEnd(), peerCap, deadlines == null ? base.deadlines() : deadlines, selection));
            return cycles.launch(draft.id(), draft.version());
        });
    }

    private ReviewCycle salesCycle(int peerCap) {
        return launched(new ParticipantSelection(Set.of(c.salesId()), null, null), peerCap, null);
    }

    private <T> T as(Person person, java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return TenantScope.call(c.id(), () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }

    private List<String> peerAuthorsOf(UUID cycle, UUID subject) {
        return inTenant(() -> db.select(REVIEW.AUTHOR_ID).from(REVIEW).where(REVIEW.CYCLE_ID.eq(cycle),
                REVIEW.SUBJECT_ID.eq(subject), REVIEW.FORM.eq("PEER")).fetch(r -> r.value1().toString()));
    }

    private int notifications(String kind, UUID recipient) {
        return inTenant(() -> db.fetchCount(DSL.table("notification"), DSL.field("kind").eq(kind),
                DSL.field("recipient_id").eq(recipient)));
    }

    @Test
    void saraNominatesWithinTheCapErikApprovesRejectsAndAddsAndTheApprovedPeerHasAReviewToWrite() {
        ReviewCycle cycle = salesCycle(2);
        Person sara = c.employee();
        Person erik = c.manager();
        PeerNomination lead = as(sara, () -> nominations.nominate(cycle.id(), c.teamLead().id()));
        PeerNomination member = as(sara, () -> nominations.nominate(cycle.id(), c.member().id()));
        assertThat(lead.status()).isEqualTo(NominationStatus.PENDING);
        assertThatThrownBy(() -> as(sara, () -> nominations.nominate(cycle.id(), c.hrAdmin().id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("nomineeId", "reviews.nomination.cap"));
        assertThat(notifications("REVIEW_NOMINATIONS_WAITING", erik.id())).as("one a day, not one per peer").isEqualTo(1);
        assertThat(peerAuthorsOf(cycle.id(), sara.id())).isEmpty();

        List<PeerNominationPage> waiting = as(erik, () -> nominations.forApproval(cycle.id()));
        assertThat(waiting).filteredOn(p -> p.subjectId().equals(sara.id())).singleElement()
                .satisfies(p -> assertThat(p.nominations()).extracting(PeerNomination::nomineeId)
                        .containsExactly(c.teamLead().id(), c.member().id()));

        PeerNomination approved = as(erik, () -> nominations.approve(lead.id(), lead.version()));
        assertThat(approved.status()).isEqualTo(NominationStatus.APPROVED);
        assertThat(peerAuthorsOf(cycle.id(), sara.id())).containsExactly(c.teamLead().id().toString());
        assertThat(notifications("REVIEW_PEER_NOMINATED", c.teamLead().id())).isEqualTo(1);
        // a decision made on a stale version is refused and changes nothing
        assertThatThrownBy(() -> as(erik, () -> nominations.reject(lead.id(), lead.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(erik, () -> nominations.reject(member.id(), member.version() + 7)))
                .isInstanceOf(ConcurrentEditException.class);
        as(erik, () -> nominations.reject(member.id(), member.version()));
        // the rejected nomination frees a place under the cap
        as(sara, () -> nominations.nominate(cycle.id(), c.hrAdmin().id()));
        // the manager adds a peer directly, beyond the employee's cap
        PeerNomination added = as(erik, () -> nominations.add(cycle.id(), sara.id(), c.outsider().id()));
        assertThat(added.status()).isEqualTo(NominationStatus.APPROVED);
        assertThat(added.addedByManager()).isTrue();
        assertThat(peerAuthorsOf(cycle.id(), sara.id())).containsExactlyInAnyOrder(c.teamLead().id().toString(),
                c.outsider().id().toString());

        PeerNominationPage mine = as(sara, () -> nominations.page(cycle.id(), sara.id()));
        assertThat(mine.peerCap()).isEqualTo(2);
        assertThat(mine.nominationOpen()).isTrue();
        assertThat(mine.nominations()).extracting(PeerNomination::status).containsExactly(NominationStatus.APPROVED,
                NominationStatus.REJECTED, NominationStatus.PENDING, NominationStatus.APPROVED);
        assertThat(as(c.hrAdmin(), () -> auditLog.search(AuditQuery.about("review_nomination", member.id().toString()),
                0, 10))).extracting(AuditEntry::action).contains("review.nomination.nominated", "review.nomination.rejected");
        assertThat(as(c.hrAdmin(), () -> auditLog.search(AuditQuery.about("review_nomination", added.id().toString()),
                0, 10))).extracting(AuditEntry::action).contains("review.nomination.added");
    }

    @Test
    void nomineesMustBeColleaguesOtherThanTheSubjectAndTheManagerAndOnlyTheManagerChainDecides() {
        ReviewCycle cycle = salesCycle(3);
        Person sara = c.employee();
        for (var bad : Map.of(sara.id(), "reviews.nomination.nominee.self", c.manager().id(),
                "reviews.nomination.nominee.manager", UUID.randomUUID(), "reviews.nomination.nominee.unknown").entrySet()) {
            assertThatThrownBy(() -> as(sara, () -> nominations.nominate(cycle.id(), bad.getKey())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("nomineeId", bad.getValue()));
        }
        PeerNomination lead = as(sara, () -> nominations.nominate(cycle.id(), c.teamLead().id()));
        assertThatThrownBy(() -> as(sara, () -> nominations.nominate(cycle.id(), c.teamLead().id())))
                .isInstanceOf(InvalidInputException.class);
        // Sara cannot approve her own nominations, a colleague cannot either; the CEO above Erik can
        assertThatThrownBy(() -> as(sara, () -> nominations.approve(lead.id(), lead.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.member(), () -> nominations.approve(lead.id(), lead.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.member(), () -> nominations.page(cycle.id(), sara.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.member(), () -> nominations.add(cycle.id(), sara.id(), c.hrAdmin().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(c.ceo(), () -> nominations.approve(lead.id(), lead.version())).status())
                .isEqualTo(NominationStatus.APPROVED);
        // a person outside the cycle cannot nominate for themselves
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> nominations.nominate(cycle.id(), sara.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeerDeclinesWithAReasonTheManagerSeesItAndTheUnwrittenReviewIsDropped() {
        ReviewCycle cycle = salesCycle(3);
        Person sara = c.employee();
        PeerNomination lead = as(sara, () -> nominations.nominate(cycle.id(), c.teamLead().id()));
        PeerNomination approved = as(c.manager(), () -> nominations.approve(lead.id(), lead.version()));
        assertThat(as(c.teamLead(), () -> nominations.askedOfMe())).extracting(PeerNomination::id)
                .containsExactly(lead.id());
        assertThatThrownBy(() -> as(c.teamLead(), () -> nominations.decline(lead.id(), "  ", approved.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "reviews.nomination.reason.required"));
        // only the nominee declines; for anyone else the nomination does not exist
        assertThatThrownBy(() -> as(c.member(), () -> nominations.decline(lead.id(), "No", approved.version())))
                .isInstanceOf(io.kadens.platform.ResourceNotFoundException.class);
        assertThatThrownBy(() -> as(c.teamLead(), () -> nominations.decline(lead.id(), "Busy", approved.version() - 1)))
                .isInstanceOf(ConcurrentEditException.class);
        PeerNomination declined = as(c.teamLead(), () -> nominations.decline(lead.id(),
                "I have not worked with Sara this quarter", approved.version()));
        assertThat(declined.status()).isEqualTo(NominationStatus.DECLINED);
        assertThat(peerAuthorsOf(cycle.id(), sara.id())).isEmpty();

        assertThat(as(c.manager(), () -> nominations.page(cycle.id(), sara.id())).nominations()).singleElement()
                .extracting(PeerNomination::declineReason).isEqualTo("I have not worked with Sara this quarter");
        // Sara sees that the peer declined, not why
        assertThat(as(sara, () -> nominations.page(cycle.id(), sara.id())).nominations()).singleElement()
                .satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NominationStatus.DECLINED);
                    assertThat(n.declineReason()).isNull();
                });
        assertThat(as(c.hrAdmin(), () -> auditLog.search(AuditQuery.about("review_nomination", lead.id().toString()),
                0, 10))).extracting(AuditEntry::action).contains("review.nomination.declined", "review.nomination.approved");
    }

    @Test
    void afterTheNominationDeadlineNothingIsNominatedAndAfterThePeerDeadlineNothingDecided() {
        LocalDate past = TestTenants.today().minusDays(3);
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        for (CyclePhase phase : CyclePhase.values()) {
            deadlines.put(phase, phase.ordinal() <= CyclePhase.PEER_REVIEWS.ordinal() ? past : TestTenants.today().plusDays(9));
        }
        ReviewCycle cycle = launched(new ParticipantSelection(Set.of(c.salesId()), null, null), 3, deadlines);
        assertThatThrownBy(() -> as(c.employee(), () -> nominations.nominate(cycle.id(), c.teamLead().id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("cycle", "reviews.nomination.closed"));
        assertThatThrownBy(() -> as(c.manager(), () -> nominations.add(cycle.id(), c.employee().id(), c.teamLead().id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("cycle", "reviews.nomination.decisions-closed"));
        assertThat(as(c.employee(), () -> nominations.page(cycle.id(), c.employee().id())))
                .extracting(PeerNominationPage::nominationOpen, PeerNominationPage::decisionsOpen)
                .containsExactly(false, false);
    }

    @Test
    void reportsReviewTheirManagerFromLaunchAndAJoinerGetsTheirUpwardReviews() {
        ReviewCycle cycle = launched(new ParticipantSelection(null, null, Set.of(c.manager().id(), c.employee().id(),
                c.member().id())), 3, null);
        // Sara reviews Erik; the member's manager (the lead) is not in the cycle, so nobody to review yet
        assertThat(upward(cycle.id())).containsExactlyInAnyOrder(c.employee().id() + ">" + c.manager().id());
        signedIn(TestTenants.as(c, c.hrAdmin()), () -> cycles.addParticipant(cycle.id(), c.teamLead().id()));
        // the lead joins: they review Erik, and the member reviews them
        assertThat(upward(cycle.id())).containsExactlyInAnyOrder(c.employee().id() + ">" + c.manager().id(),
                c.teamLead().id() + ">" + c.manager().id(), c.member().id() + ">" + c.teamLead().id());
        signedIn(TestTenants.as(c, c.hrAdmin()), () -> cycles.removeParticipant(cycle.id(), c.teamLead().id()));
        assertThat(upward(cycle.id())).containsExactly(c.employee().id() + ">" + c.manager().id());
    }

    private List<String> upward(UUID cycle) {
        return inTenant(() -> db.select(REVIEW.AUTHOR_ID, REVIEW.SUBJECT_ID).from(REVIEW)
                .where(REVIEW.CYCLE_ID.eq(cycle), REVIEW.FORM.eq("UPWARD")).fetch(r -> r.value1() + ">" + r.value2()));
    }
}
