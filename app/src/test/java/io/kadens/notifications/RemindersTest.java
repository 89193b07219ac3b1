package io.kadens.notifications;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.goals.CycleKind;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalCycleData;
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
import io.kadens.oneonones.AnswerInput;
import io.kadens.oneonones.CheckInQuestionKind;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.CurrentCheckIn;
import io.kadens.oneonones.MyOneOnOne;
import io.kadens.oneonones.OneOnOneMeetings;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.oneonones.UpcomingMeeting;
import io.kadens.support.FakeSmtpServer;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The day-before reminders against real 1:1 series made by the 1:1 feature (not hand-written rows), and
 * stale-goal reminders against real goals: each made once, to the right people, and not when the work
 * is already done.
 */
@KadensSpringTest
class RemindersTest {

    @Autowired TestTenants tenants;
    @Autowired Reminders reminders;
    @Autowired NotificationAdministration administration;
    @Autowired DeliveryWorker worker;
    @Autowired TestClock clock;
    @Autowired OneOnOnes oneOnOnes;
    @Autowired OneOnOneMeetings meetings;
    @Autowired CheckIns checkIns;
    @Autowired Goals goals;
    @Autowired GoalTracking goalTracking;
    @Autowired GoalAdministration goalAdministration;

    Company company;

    @BeforeEach
    void setUp() {
        company = tenants.create(TestTenants.uniqueLabel("remind"));
    }

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void theDayBeforeA1on1BothPeopleGetTheAgendaAndOnlyAReportWithoutACheckInIsReminded() {
        // A Friday noon: the series' first meetings fall on Monday, so nothing is "tomorrow" yet, whatever the
        // hour or weekday the suite runs at (late on a Saturday, Monday is already tomorrow in Stockholm).
        Instant friday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.FRIDAY))
                .atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        clock.advance(Duration.between(clock.instant(), friday));
        MyOneOnOne employeeSeries = signedIn(as(company, company.employee()), () -> oneOnOnes.mine()).getFirst();
        MyOneOnOne memberSeries = signedIn(as(company, company.member()), () -> oneOnOnes.mine()).getFirst();
        UUID meeting = employeeSeries.nextMeeting().id();
        Instant at = employeeSeries.nextMeeting().scheduledAt();
        signedIn(as(company, company.employee()), () -> meetings.addTalkingPoint(meeting, "Hiring plan for Q1", false));
        // The member has already checked in for their 1:1 with the team lead.
        CurrentCheckIn current = signedIn(as(company, company.member()), () -> checkIns.current()).orElseThrow();
        assertThat(current.meetingId()).isEqualTo(memberSeries.nextMeeting().id());
        signedIn(as(company, company.member()), () -> checkIns.submit(current.meetingId(), answers(current)));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant))
                .as("nothing is tomorrow yet").isZero();

        // The day before both meetings (both series start on the same next working day at 10:00).
        clock.advance(Duration.between(clock.instant(), at.minus(Duration.ofDays(1))));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isEqualTo(5);
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).as("once").isZero();

        List<DeliveryRow> rows = deliveries();
        assertThat(rows).filteredOn(d -> d.kind() == NotificationKind.ONE_ON_ONE_TOMORROW)
                .extracting(DeliveryRow::recipientName).containsExactlyInAnyOrder(name(company.manager()),
                        name(company.employee()), name(company.teamLead()), name(company.member()));
        assertThat(rows).filteredOn(d -> d.kind() == NotificationKind.CHECK_IN_DUE)
                .extracting(DeliveryRow::recipientName).containsExactly(name(company.employee()));

        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        FakeSmtpServer.ReceivedMail toManager = FakeSmtpServer.shared().latestTo(company.manager().email(), 1,
                Duration.ofSeconds(5));
        assertThat(toManager.subject()).contains(name(company.employee()));
        assertThat(toManager.text()).contains("Hiring plan for Q1");
    }

    @Test
    void aStaleGoalRemindsItsOwnerOnceUntilItIsUpdatedAndLeftAgain() {
        UUID cycle = signedIn(as(company, company.hrAdmin()), () -> goalAdministration.createCycle(new GoalCycleData(
                "Q", CycleKind.QUARTER, TestTenants.today().minusDays(10), TestTenants.today().plusDays(80), false)));
        UUID goal = signedIn(as(company, company.employee()), () -> {
            UUID id = goals.create(new GoalData("Open the Oslo office", "", GoalLevel.INDIVIDUAL, null, null, null,
                    Set.of(), null, GoalVisibility.TENANT, cycle, null, null, null, GoalKind.BUSINESS));
            goals.changeStatus(id, 0, GoalStatus.ACTIVE);
            return id;
        });
        UUID keyResult = signedIn(as(company, company.employee()), () -> goalTracking.addKeyResult(goal,
                new KeyResultData("Lease signed", KeyResultType.MILESTONES, null, null, null, null, BigDecimal.ONE,
                        List.of("Lease"))));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isZero();

        clock.advance(Duration.ofDays(15));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).isEqualTo(1);
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).as("once").isZero();
        assertThat(deliveries()).filteredOn(d -> d.kind() == NotificationKind.GOAL_STALE)
                .extracting(DeliveryRow::recipientName).containsExactly(name(company.employee()));
        TenantScope.call(company.id(), worker::deliverDueInBoundTenant);
        FakeSmtpServer.ReceivedMail mail = FakeSmtpServer.shared().latestTo(company.employee().email(), 1,
                Duration.ofSeconds(5));
        assertThat(mail.subject()).startsWith("A goal of yours has had no update since ");
        assertThat(mail.text()).contains("\u201cOpen the Oslo office\u201d", "goals/" + goal);

        signedIn(as(company, company.employee()), () -> goalTracking.checkIn(goal,
                new NewCheckIn(keyResult, null, 6, "Viewing two places")));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).as("just updated").isZero();
        clock.advance(Duration.ofDays(15));
        assertThat(TenantScope.call(company.id(), reminders::createDueInBoundTenant)).as("stale again").isEqualTo(1);
    }

    @Test
    void aScheduledRoundGivesANewReportingLineItsSeriesWithoutAnyoneOpeningAPage() {
        List<UpcomingMeeting> before = TenantScope.call(company.id(), () -> oneOnOnes.meetingsBetween(Instant.now(),
                Instant.now().plus(Duration.ofDays(120))));
        assertThat(before).as("nobody opened their 1:1s yet").isEmpty();
        TenantScope.call(company.id(), reminders::roundInBoundTenant);
        // Nobody opened their 1:1s, yet every reporting line has its series with meetings ahead.
        List<UpcomingMeeting> ahead = TenantScope.call(company.id(), () -> oneOnOnes.meetingsBetween(Instant.now(),
                Instant.now().plus(Duration.ofDays(120))));
        assertThat(ahead).filteredOn(m -> m.lead().id().equals(company.manager().id())
                        && m.member().id().equals(company.teamLead().id()))
                .hasSize(OneOnOnes.MEETINGS_AHEAD);
        assertThat(ahead).filteredOn(m -> m.member().id().equals(company.member().id()))
                .extracting(m -> m.lead().id()).containsOnly(company.teamLead().id());
    }

    private static List<AnswerInput> answers(CurrentCheckIn current) {
        return current.questionnaire().questions().stream()
                .map(q -> q.kind() == CheckInQuestionKind.PULSE ? new AnswerInput(q.id(), null, 4)
                        : new AnswerInput(q.id(), "Fine", null)).toList();
    }

    private static String name(Person person) {
        return person.givenName() + " " + person.familyName();
    }

    private List<DeliveryRow> deliveries() {
        return signedIn(as(company, company.hrAdmin()), () -> administration.deliveries(Optional.empty()));
    }
}
