package io.kadens.calibration;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.ReviewOutcome;
import io.kadens.reviews.ReviewOutcomes;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Calibration sessions against real PostgreSQL: who sees which ratings, private previews until the meeting opens,
 * moves with reasons through the review outcome with optimistic locking, the guideline and the distributions.
 */
@KadensSpringTest
class CalibrationSessionsTest {

    @Autowired
    CalibrationSessions sessions;
    @Autowired
    CalibrationTestData data;
    @Autowired
    ReviewOutcomes outcomes;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;

    Company c;
    CalibrationTestData.Seeded seeded;

    @BeforeEach
    void session() {
        c = tenants.create("calib");
        seeded = data.seed(c);
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private CalibrationPerson row(Person viewer, UUID person) {
        return as(viewer, () -> sessions.people(seeded.session(), null)).stream()
                .filter(p -> p.personId().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void hrSetsUpASessionForTheCycleParticipantsOfTheDepartment() {
        CalibrationSession session = as(c.hrAdmin(), () -> sessions.session(seeded.session()));
        assertThat(session.people()).isEqualTo(5);
        assertThat(session.status()).isEqualTo(SessionStatus.PREVIEW);
        assertThat(session.guideline()).containsExactly(10, 20, 40, 20, 10);
        assertThat(session.calibrators()).containsOnlyKeys(c.teamLead().id());
        // the calibrator sees everyone but themselves, with the manager's rating side by side
        List<CalibrationPerson> people = as(c.teamLead(), () -> sessions.people(seeded.session(), null));
        assertThat(people).extracting(CalibrationPerson::personId)
                .containsExactlyInAnyOrder(c.ceo().id(), c.manager().id(), c.employee().id(), c.member().id());
        CalibrationPerson employee = row(c.teamLead(), c.employee().id());
        assertThat(employee.managerRating()).isEqualTo(4);
        assertThat(employee.finalRating()).isEqualTo(4);
        assertThat(employee.performance()).isEqualTo(3);
        assertThat(as(c.hrAdmin(), () -> auditLog.search(AuditQuery.about("calibration_session",
                seeded.session().toString()), 0, 10))).extracting(AuditEntry::action)
                .contains("calibration.session.created");
    }

    @Test
    void setUpIsValidated() {
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> sessions.create(new SessionDraft(seeded.cycle(), " ",
                ScopeKind.TEAMS, Set.of(), c.employee().id(), Set.of(c.member().id()), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "scope", "facilitatorId", "calibratorIds"));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> sessions.create(new SessionDraft(seeded.cycle(), "Support",
                ScopeKind.DEPARTMENTS, Set.of(c.supportId()), c.ceo().id(), Set.of(c.manager().id()), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("scope", "calibration.session.scope.nobody"));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> sessions.create(new SessionDraft(seeded.cycle(), "Bent",
                ScopeKind.LIST, Set.of(c.employee().id()), c.ceo().id(), Set.of(c.manager().id()),
                List.of(50, 50, 0, 0, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("guideline", "calibration.guideline.invalid"));
        CalibrationSession own = as(c.hrAdmin(), () -> sessions.create(new SessionDraft(seeded.cycle(), "Listed",
                ScopeKind.LIST, Set.of(c.employee().id(), c.outsider().id()), c.ceo().id(), Set.of(c.manager().id()),
                List.of(5, 25, 40, 25, 5))));
        assertThat(own.people()).isEqualTo(1);
        assertThat(own.ownGuideline()).isTrue();
        assertThat(own.guideline()).containsExactly(5, 25, 40, 25, 5);
    }

    @Test
    void previewsArePrivateUntilTheFacilitatorOpensTheMeeting() {
        UUID sara = c.employee().id();
        // a second calibrator, in a session of its own
        CalibrationSession two = as(c.hrAdmin(), () -> sessions.create(new SessionDraft(seeded.cycle(), "Two",
                ScopeKind.LIST, Set.of(sara, c.member().id()), c.ceo().id(),
                Set.of(c.teamLead().id(), c.manager().id()), null)));
        as(c.teamLead(), () -> sessions.recordPreview(two.id(), sara, 3, 2));
        as(c.manager(), () -> sessions.recordPreview(two.id(), sara, 5, 3));
        as(c.manager(), () -> sessions.recordPreview(two.id(), sara, 4, 3)); // recording again replaces

        assertThat(as(c.teamLead(), () -> sessions.previews(two.id()))).extracting(Preview::rating).containsExactly(3);
        assertThat(as(c.manager(), () -> sessions.previews(two.id()))).extracting(Preview::rating).containsExactly(4);
        assertThat(as(c.ceo(), () -> sessions.previews(two.id()))).isEmpty();
        assertThat(as(c.hrAdmin(), () -> sessions.previews(two.id()))).isEmpty();
        assertThat(as(c.ceo(), () -> sessions.people(two.id(), null))).allMatch(p -> p.previews().isEmpty());
        // the facilitator alone opens the meeting
        assertThatThrownBy(() -> as(c.teamLead(), () -> sessions.open(two.id(), two.version())))
                .isInstanceOf(AccessDeniedException.class);
        CalibrationSession open = as(c.ceo(), () -> sessions.open(two.id(), two.version()));
        assertThat(open.status()).isEqualTo(SessionStatus.MEETING);
        assertThat(as(c.teamLead(), () -> sessions.previews(two.id()))).extracting(Preview::rating)
                .containsExactlyInAnyOrder(3, 4);
        CalibrationPerson side = as(c.ceo(), () -> sessions.people(two.id(), null)).stream()
                .filter(p -> p.personId().equals(sara)).findFirst().orElseThrow();
        assertThat(side.previews()).extracting(Preview::rating).containsExactlyInAnyOrder(3, 4);
        assertThat(side.managerRating()).isEqualTo(4);
        // too late for previews; calibrators cannot preview themselves or strangers
        assertThatThrownBy(() -> as(c.teamLead(), () -> sessions.recordPreview(two.id(), sara, 2, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(c.teamLead(), () -> sessions.recordPreview(seeded.session(), c.teamLead().id(), 2, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("employeeId"));
        assertThatThrownBy(() -> as(c.teamLead(), () -> sessions.recordPreview(seeded.session(), sara, 9, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("rating"));
    }

    @Test
    void theFacilitatorMovesWithAReasonAndTheOutcomeRecordsIt() {
        UUID sara = c.employee().id();
        CalibrationSession session = as(c.hrAdmin(), () -> sessions.session(seeded.session()));
        assertThatThrownBy(() -> as(c.ceo(), () -> sessions.move(session.id(), sara, 3, 2, "Too early", 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("status"));
        as(c.ceo(), () -> sessions.open(session.id(), session.version()));
        CalibrationPerson seen = row(c.ceo(), sara);
        assertThatThrownBy(() -> as(c.ceo(), () -> sessions.move(session.id(), sara, 3, 2, "  ", seen.outcomeVersion())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("reason"));
        assertThatThrownBy(() -> as(c.teamLead(), () -> sessions.move(session.id(), sara, 3, 2, "Calibrator",
                seen.outcomeVersion()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(c.hrAdmin(), () -> outcomes.outcome(seeded.cycle(), sara)).orElseThrow().calibratedRating())
                .isNull();

        CalibrationPerson moved = as(c.ceo(), () -> sessions.move(session.id(), sara, 3, 3,
                "Strong results but the team goal slipped", seen.outcomeVersion()));
        assertThat(moved.calibratedRating()).isEqualTo(3);
        assertThat(moved.managerRating()).isEqualTo(4);
        assertThat(moved.potential()).isEqualTo(3);
        assertThat(moved.performance()).isEqualTo(2);
        ReviewOutcome outcome = as(c.hrAdmin(), () -> outcomes.outcome(seeded.cycle(), sara)).orElseThrow();
        assertThat(outcome.finalRating()).isEqualTo(3);
        assertThat(as(c.teamLead(), () -> sessions.moves(session.id()))).singleElement().satisfies(m -> {
            assertThat(m.fromRating()).isEqualTo(4);
            assertThat(m.toRating()).isEqualTo(3);
            assertThat(m.reason()).isEqualTo("Strong results but the team goal slipped");
            assertThat(m.movedBy()).isEqualTo(c.ceo().id());
        });
        assertThat(as(c.hrAdmin(), () -> auditLog.search(AuditQuery.about("calibration_session",
                session.id().toString()), 0, 10))).extracting(AuditEntry::action)
                .contains("calibration.session.opened", "calibration.person.moved");
        Evidence evidence = as(c.teamLead(), () -> sessions.evidence(session.id(), sara));
        assertThat(evidence.person().calibratedRating()).isEqualTo(3);
        assertThat(evidence.moves()).hasSize(1);
    }

    @Test
    void twoMoversOfTheSamePersonTheSecondIsToldAndNothingIsLost() {
        UUID sara = c.employee().id();
        CalibrationSession session = as(c.hrAdmin(), () -> sessions.session(seeded.session()));
        as(c.ceo(), () -> sessions.open(session.id(), session.version()));
        long seen = row(c.ceo(), sara).outcomeVersion();
        as(c.ceo(), () -> sessions.move(session.id(), sara, 5, 3, "Carried the launch", seen));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> sessions.move(session.id(), sara, 2, 1, "Stale view", seen)))
                .isInstanceOfSatisfying(CalibrationConflictException.class, e -> {
                    assertThat(e).isInstanceOf(ConcurrentEditException.class);
                    assertThat(e.current().calibratedRating()).isEqualTo(5);
                });
        assertThat(as(c.hrAdmin(), () -> outcomes.outcome(seeded.cycle(), sara)).orElseThrow())
                .extracting(ReviewOutcome::calibratedRating, ReviewOutcome::potential).containsExactly(5, 3);
        assertThat(as(c.ceo(), () -> sessions.moves(session.id()))).extracting(CalibrationMove::reason)
                .containsExactly("Carried the launch");
        // with the fresh version the second mover goes through
        long fresh = row(c.hrAdmin(), sara).outcomeVersion();
        as(c.hrAdmin(), () -> sessions.move(session.id(), sara, 4, 3, "Agreed after discussion", fresh));
        assertThat(as(c.ceo(), () -> sessions.moves(session.id()))).hasSize(2);
    }

    @Test
    void ratingsReachOnlyHrTheSessionAndTheManagerChain() {
        // the employee and the member (no reports, no role in calibration) are refused everywhere
        for (Person employee : List.of(c.employee(), c.member())) {
            assertThat(as(employee, sessions::mayUseCalibration)).isFalse();
            assertThatThrownBy(() -> as(employee, sessions::sessions)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(employee, () -> sessions.people(seeded.session(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(employee, () -> sessions.evidence(seeded.session(), c.member().id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // the manager is not in the session: they see the people below them only, without previews or totals
        assertThat(as(c.manager(), () -> sessions.people(seeded.session(), null))).extracting(CalibrationPerson::personId)
                .containsExactlyInAnyOrder(c.employee().id(), c.teamLead().id(), c.member().id());
        assertThat(as(c.manager(), sessions::sessions)).extracting(CalibrationSession::id).contains(seeded.session());
        assertThatThrownBy(() -> as(c.manager(), () -> sessions.distribution(seeded.session())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> sessions.evidence(seeded.session(), c.ceo().id())))
                .isInstanceOf(AccessDeniedException.class);
        // HR sees everyone in the session
        assertThat(as(c.hrAdmin(), () -> sessions.people(seeded.session(), null))).hasSize(5);
    }

    @Test
    void theDistributionStandsAgainstTheGuidelineAndSmallGroupsAreNotShown() {
        Distribution distribution = as(c.ceo(), () -> sessions.distribution(seeded.session()));
        assertThat(distribution.rated()).isEqualTo(3);
        assertThat(distribution.unrated()).isEqualTo(2);
        assertThat(distribution.bars()).extracting(Distribution.Bar::count).containsExactly(0, 1, 1, 1, 0);
        assertThat(distribution.bars()).extracting(Distribution.Bar::guidelineShare).containsExactly(10, 20, 40, 20, 10);

        GroupDistribution byDepartment = as(c.hrAdmin(), () -> sessions.groups(seeded.session(),
                GroupDistribution.Dimension.DEPARTMENT, null));
        assertThat(byDepartment.threshold()).isEqualTo(3);
        assertThat(byDepartment.groups()).singleElement().satisfies(g -> {
            assertThat(g.people()).isEqualTo(5);
            assertThat(g.counts()).containsExactly(0, 1, 1, 1, 0);
        });
        // a list session of two: its only department group is below the threshold, so nothing is shown
        CalibrationSession small = as(c.hrAdmin(), () -> sessions.create(new SessionDraft(seeded.cycle(), "Small",
                ScopeKind.LIST, Set.of(c.employee().id(), c.member().id()), c.ceo().id(), Set.of(c.manager().id()), null)));
        GroupDistribution hidden = as(c.hrAdmin(), () -> sessions.groups(small.id(),
                GroupDistribution.Dimension.DEPARTMENT, null));
        assertThat(hidden.groups()).isEmpty();
        assertThat(hidden.hiddenGroups()).isEqualTo(1);
        // filtering to a department nobody of the session is in shows nothing either
        assertThat(as(c.hrAdmin(), () -> sessions.groups(seeded.session(), GroupDistribution.Dimension.DEPARTMENT,
                c.supportId())).groups()).isEmpty();
    }

    @Test
    void theGuidelineIsHrsToChangeWithOptimisticLocking() {
        Guideline initial = as(c.teamLead(), sessions::guideline);
        assertThat(initial.shares()).containsExactly(10, 20, 40, 20, 10);
        assertThat(initial.version()).isZero();
        assertThatThrownBy(() -> as(c.manager(), () -> sessions.updateGuideline(List.of(20, 20, 20, 20, 20), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> sessions.updateGuideline(List.of(20, 20, 20, 20), 0)))
                .isInstanceOf(InvalidInputException.class);
        Guideline changed = as(c.hrAdmin(), () -> sessions.updateGuideline(List.of(5, 25, 40, 25, 5), 0));
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> sessions.updateGuideline(List.of(20, 20, 20, 20, 20), 0)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(c.ceo(), () -> sessions.session(seeded.session())).guideline()).containsExactly(5, 25, 40, 25, 5);
    }
}
