package io.kadens.nextsteps;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.feedback.AnswerToRequest;
import io.kadens.feedback.FeedbackRequest;
import io.kadens.feedback.FeedbackRequests;
import io.kadens.feedback.NewFeedbackRequest;
import io.kadens.feedback.NewPraise;
import io.kadens.feedback.PraiseFeed;
import io.kadens.goals.GoalCycleData;
import io.kadens.goals.CycleKind;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalData;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalStatus;
import io.kadens.goals.GoalTracking;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Goals;
import io.kadens.goals.KeyResultData;
import io.kadens.goals.KeyResultType;
import io.kadens.goals.NewCheckIn;
import io.kadens.invitations.InvitationSummary;
import io.kadens.invitations.Invitations;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.oneonones.AnswerInput;
import io.kadens.oneonones.CheckInQuestionKind;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.CurrentCheckIn;
import io.kadens.oneonones.MyOneOnOne;
import io.kadens.oneonones.OneOnOneMeetings;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The home page's "what's next" against real features: every item appears when there is something to do,
 * links where the work is done, and is gone once it is done.
 */
@KadensSpringTest
class NextStepsTest {

    @Autowired
    NextSteps nextSteps;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;
    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneMeetings meetings;
    @Autowired
    CheckIns checkIns;
    @Autowired
    FeedbackRequests feedbackRequests;
    @Autowired
    PraiseFeed praise;
    @Autowired
    Goals goals;
    @Autowired
    GoalTracking goalTracking;
    @Autowired
    GoalAdministration goalAdministration;
    @Autowired
    Invitations invitations;

    Company c;

    @BeforeEach
    void company() {
        c = tenants.create("next");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private Home home(Person person) {
        return as(person, () -> nextSteps.forMe());
    }

    private static Optional<NextStep> item(Home home, String idPrefix) {
        return home.steps().stream().filter(step -> step.id().startsWith(idPrefix)).findFirst();
    }

    @Test
    void theNextOneOnOneShowsItsAgendaAndTheCheckInIsDueUntilItIsSent() {
        Home first = home(c.employee());
        NextStep next = item(first, "oneonone-next-").orElseThrow();
        UUID meetingId = UUID.fromString(next.id().substring("oneonone-next-".length()));
        assertThat(next.link()).isEqualTo("one-on-ones/" + meetingId);
        assertThat(next.audience()).isEqualTo(Audience.MINE);
        assertThat(next.arguments()).containsExactly(c.manager().givenName() + " " + c.manager().familyName(), 0);

        as(c.employee(), () -> meetings.addTalkingPoint(meetingId, "Quarter planning", false));
        as(c.manager(), () -> meetings.addTalkingPoint(meetingId, "Conference budget", false));
        assertThat(item(home(c.employee()), "oneonone-next-").orElseThrow().arguments()).element(1).isEqualTo(2);

        NextStep due = item(home(c.employee()), "checkin-due-").orElseThrow();
        assertThat(due.link()).isEqualTo("check-ins");
        assertThat(due.id()).isEqualTo("checkin-due-" + meetingId);

        CurrentCheckIn current = as(c.employee(), () -> checkIns.current()).orElseThrow();
        List<AnswerInput> answers = current.questionnaire().questions().stream()
                .map(q -> q.kind() == CheckInQuestionKind.PULSE ? new AnswerInput(q.id(), null, 4)
                        : new AnswerInput(q.id(), "Going well", null)).toList();
        as(c.employee(), () -> checkIns.submit(current.meetingId(), answers));
        assertThat(item(home(c.employee()), "checkin-due-")).as("sent check-in").isEmpty();
        // The manager fills in no check-in for the 1:1 they lead (only for their own with the CEO).
        assertThat(home(c.manager()).steps()).extracting(NextStep::id).doesNotContain("checkin-due-" + meetingId);
    }

    @Test
    void aFeedbackRequestIsListedUntilAnsweredAndPraiseUntilTheNextVisit() {
        FeedbackRequest request = as(c.manager(), () -> feedbackRequests.request(new NewFeedbackRequest(
                c.manager().id(), List.of(c.employee().id()), "How did the kick-off go?", TestTenants.today().plusDays(3))));
        NextStep asked = item(home(c.employee()), "feedback-request-").orElseThrow();
        assertThat(asked.id()).isEqualTo("feedback-request-" + request.id());
        assertThat(asked.link()).isEqualTo("feedback?section=requests");
        assertThat(asked.textKey()).isEqualTo("nextsteps.feedback.request.self");
        assertThat(asked.urgency()).isEqualTo(NextStep.Urgency.SOON);

        as(c.employee(), () -> feedbackRequests.answer(request.id(), new AnswerToRequest("Clear and well paced.", null, null)));
        assertThat(item(home(c.employee()), "feedback-request-")).as("answered request").isEmpty();

        var given = as(c.manager(), () -> praise.give(new NewPraise(c.employee().id(), "Great demo today!")));
        NextStep praised = item(home(c.employee()), "praise-").orElseThrow();
        assertThat(praised.id()).isEqualTo("praise-" + given.id());
        assertThat(praised.link()).isEqualTo("praise");
        // Opening the page again during the same visit keeps the news ...
        assertThat(item(home(c.employee()), "praise-")).isPresent();
        // ... the next visit starts where this one ended.
        clock.advance(NextSteps.NEW_VISIT_AFTER.plusMinutes(5));
        assertThat(item(home(c.employee()), "praise-")).as("praise seen on the last visit").isEmpty();
        // The author is not told about their own praise.
        assertThat(item(home(c.manager()), "praise-")).isEmpty();
    }

    @Test
    void aStaleGoalAsksForACheckInUntilOneIsMade() {
        UUID cycle = as(c.hrAdmin(), () -> goalAdministration.createCycle(new GoalCycleData("Q", CycleKind.QUARTER,
                TestTenants.today().minusDays(10), TestTenants.today().plusDays(80), false)));
        UUID goal = as(c.employee(), () -> {
            UUID id = goals.create(new GoalData("Ship the mobile app", "", GoalLevel.INDIVIDUAL, null, null, null,
                    Set.of(), null, GoalVisibility.TENANT, cycle, null, null, null, GoalKind.BUSINESS));
            goals.changeStatus(id, 0, GoalStatus.ACTIVE);
            return id;
        });
        UUID keyResult = as(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Screens done",
                KeyResultType.MILESTONES, null, null, null, null, BigDecimal.ONE, List.of("Login screen"))));
        assertThat(item(home(c.employee()), "goal-stale-")).as("a goal just updated").isEmpty();

        clock.advance(Duration.ofDays(15));
        NextStep stale = item(home(c.employee()), "goal-stale-").orElseThrow();
        assertThat(stale.id()).isEqualTo("goal-stale-" + goal);
        assertThat(stale.link()).isEqualTo("goals/" + goal);
        assertThat(stale.arguments()).first().isEqualTo("Ship the mobile app");

        as(c.employee(), () -> goalTracking.checkIn(goal, new NewCheckIn(keyResult, null, 6, "Login screen in review")));
        assertThat(item(home(c.employee()), "goal-stale-")).as("goal checked in").isEmpty();
        // The manager sees the health of the team's active goals as a figure.
        HomeFigure health = home(c.manager()).figures().stream()
                .filter(f -> f.id().equals("home-team-goal-health")).findFirst().orElseThrow();
        assertThat(health.rows().stream().mapToDouble(HomeFigure.Row::value).sum()).isEqualTo(1);
        assertThat(home(c.employee()).figures()).isEmpty();
    }

    @Test
    void aManagerIsToldAboutAReportTheyHaveNotMetForTwiceTheCadence() {
        List<MyOneOnOne> series = as(c.manager(), () -> oneOnOnes.mine());
        MyOneOnOne withEmployee = series.stream().filter(s -> s.other().id().equals(c.employee().id())).findFirst()
                .orElseThrow();
        assertThat(item(home(c.manager()), "oneonone-overdue-")).as("a new series").isEmpty();

        clock.advance(Duration.ofDays(2L * withEmployee.pair().cadence().days() + 3));
        NextStep overdue = home(c.manager()).steps().stream()
                .filter(step -> step.id().equals("oneonone-overdue-" + withEmployee.pairId())).findFirst().orElseThrow();
        assertThat(overdue.audience()).isEqualTo(Audience.TEAM);
        assertThat(overdue.link()).startsWith("one-on-ones/");
        // Meetings that were due without a check-in show in the team's adherence figure.
        assertThat(home(c.manager()).figures()).extracting(HomeFigure::id).contains("home-team-adherence");
        assertThat(home(c.employee()).steps()).extracting(NextStep::id).noneMatch(id -> id.startsWith("oneonone-overdue-"));

        UUID held = as(c.manager(), () -> oneOnOnes.meetings(withEmployee.pairId())).getFirst().id();
        as(c.manager(), () -> meetings.complete(held));
        assertThat(home(c.manager()).steps()).extracting(NextStep::id)
                .doesNotContain("oneonone-overdue-" + withEmployee.pairId());
    }

    @Test
    void hrAdminsSeeWaitingInvitationsAndTheOrganisationsAdherence() {
        assertThat(home(c.hrAdmin()).steps(Audience.ORGANISATION)).isEmpty();
        InvitationSummary invited = as(c.hrAdmin(), () -> invitations.invite(c.outsider().id()));
        NextStep pending = item(home(c.hrAdmin()), "invitations-pending").orElseThrow();
        assertThat(pending.link()).isEqualTo("invitations");
        assertThat(pending.arguments()).containsExactly(1);
        assertThat(item(home(c.manager()), "invitations-")).as("not an HR admin").isEmpty();

        as(c.hrAdmin(), () -> {
            invitations.revoke(invited.id(), invited.version());
            return null;
        });
        assertThat(item(home(c.hrAdmin()), "invitations-pending")).as("revoked").isEmpty();

        as(c.employee(), () -> oneOnOnes.mine());
        clock.advance(Duration.ofDays(30));
        assertThat(home(c.hrAdmin()).figures()).extracting(HomeFigure::id).contains("home-tenant-adherence");
        assertThat(home(c.employee()).figures()).extracting(HomeFigure::id).doesNotContain("home-tenant-adherence");
    }

    @Test
    void itemsAreOrderedMostUrgentFirstAndNewsNewestFirst() {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        NextStep overdue = step("a", NextStep.Urgency.OVERDUE, null);
        NextStep todayLate = step("b", NextStep.Urgency.TODAY, now.plusSeconds(3600));
        NextStep todayEarly = step("c", NextStep.Urgency.TODAY, now);
        NextStep oldNews = step("d", NextStep.Urgency.LATER, now.minusSeconds(7200));
        NextStep freshNews = step("e", NextStep.Urgency.LATER, now.minusSeconds(60));
        NextStep undated = step("f", NextStep.Urgency.LATER, null);
        assertThat(java.util.stream.Stream.of(undated, oldNews, todayLate, freshNews, overdue, todayEarly)
                .sorted(NextSteps.ORDER).map(NextStep::id)).containsExactly("a", "c", "b", "e", "d", "f");
    }

    @Test
    void theOperatorHasNoItems() {
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> nextSteps.forMe()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static NextStep step(String id, NextStep.Urgency urgency, Instant at) {
        return new NextStep(id, Audience.MINE, urgency, at, "nextsteps.praise.received", List.of("x"), "praise");
    }
}
