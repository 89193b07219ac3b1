package io.kadens.oneonones;

import io.kadens.nextsteps.HomeFigure;
import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import io.kadens.people.PeopleService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The home page's 1:1 items: the reader's next 1:1 with its number of agenda points, their check-in
 * when it is due, and for managers the reports they have not met for twice the cadence; figures of
 * check-in adherence for the manager's people and, for HR admins, the whole organisation.
 */
@Component
class OneOnOneNextSteps implements NextStepsSource {

    /** A check-in shows as due from this long before its meeting. */
    static final Duration CHECK_IN_WINDOW = Duration.ofDays(7);
    /** Adherence figures cover this many days back. */
    static final int ADHERENCE_DAYS = 90;

    private final OneOnOnes oneOnOnes;
    private final CheckIns checkIns;
    private final OneOnOneRepository repository;
    private final OneOnOneSchedule schedule;
    private final PeopleService people;

    OneOnOneNextSteps(OneOnOnes oneOnOnes, CheckIns checkIns, OneOnOneRepository repository, OneOnOneSchedule schedule,
                      PeopleService people) {
        this.oneOnOnes = oneOnOnes;
        this.checkIns = checkIns;
        this.repository = repository;
        this.schedule = schedule;
        this.people = people;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        ZoneId zone = schedule.zone();
        List<MyOneOnOne> mine = oneOnOnes.mine();
        List<NextStep> steps = new ArrayList<>();
        mine.stream().filter(series -> series.nextMeeting() != null)
                .min(Comparator.comparing(series -> series.nextMeeting().scheduledAt()))
                .ifPresent(series -> {
                    MeetingSummary meeting = series.nextMeeting();
                    int points = repository.agenda(meeting.id()).size();
                    steps.add(new NextStep("oneonone-next-" + meeting.id(), Audience.MINE,
                            urgencyOf(meeting.scheduledAt(), viewer.now(), zone), meeting.scheduledAt(),
                            "nextsteps.oneonone.next", List.of(series.other().name(), points),
                            "one-on-ones/" + meeting.id()));
                });
        dueCheckIn(mine, viewer.now()).ifPresent(series -> steps.add(new NextStep(
                "checkin-due-" + series.nextMeeting().id(), Audience.MINE,
                urgencyOf(series.nextMeeting().scheduledAt(), viewer.now(), zone), series.nextMeeting().scheduledAt(),
                "nextsteps.checkin.due", List.of(series.other().name()), "check-ins")));
        if (viewer.manager()) {
            List<MyOneOnOne> led = mine.stream()
                    .filter(series -> series.iLead() && series.pair().kind() == PairKind.MANAGER).toList();
            Map<UUID, List<OneOnOneRepository.MeetingRow>> meetings = repository.meetingsOf(
                    led.stream().map(MyOneOnOne::pairId).toList());
            for (MyOneOnOne series : led) {
                long days = daysWithoutMeeting(meetings.getOrDefault(series.pairId(), List.of()), viewer.now());
                if (days >= 2L * series.pair().cadence().days()) {
                    steps.add(new NextStep("oneonone-overdue-" + series.pairId(), Audience.TEAM, Urgency.OVERDUE,
                            null, "nextsteps.oneonone.overdue", List.of(series.other().name(), (int) days),
                            series.nextMeeting() == null ? "one-on-ones" : "one-on-ones/" + series.nextMeeting().id()));
                }
            }
        }
        return steps;
    }

    @Override
    public List<HomeFigure> figures(NextStepsViewer viewer) {
        LocalDate to = LocalDate.ofInstant(viewer.now(), schedule.zone());
        LocalDate from = to.minusDays(ADHERENCE_DAYS);
        List<HomeFigure> figures = new ArrayList<>();
        if (viewer.manager()) {
            var team = checkIns.adherenceAmong(new HashSet<>(people.everyoneUnder(viewer.personId())), from, to);
            if (!team.isEmpty()) {
                figures.add(adherenceFigure("home-team-adherence", Audience.TEAM, team));
            }
        }
        if (viewer.hrAdmin()) {
            var all = checkIns.adherenceAmong(null, from, to);
            if (!all.isEmpty()) {
                figures.add(adherenceFigure("home-tenant-adherence", Audience.ORGANISATION, all));
            }
        }
        return figures;
    }

    private static HomeFigure adherenceFigure(String id, Audience audience, List<TeamAdherence> teams) {
        return new HomeFigure(id, audience, audience == Audience.TEAM ? "nextsteps.adherence.title.team"
                : "nextsteps.adherence.title.organisation", "nextsteps.adherence.team",
                "nextsteps.adherence.share", true,
                teams.stream().map(t -> new HomeFigure.Row(t.teamName() == null ? "nextsteps.adherence.noteam" : null,
                        t.teamName(), t.share())).toList(),
                "check-ins");
    }

    /** The reader's own manager 1:1 coming up within the window whose check-in they have not sent. */
    private Optional<MyOneOnOne> dueCheckIn(List<MyOneOnOne> mine, Instant now) {
        List<MyOneOnOne> coming = mine.stream()
                .filter(series -> !series.iLead() && series.pair().kind() == PairKind.MANAGER)
                .filter(series -> series.nextMeeting() != null)
                .filter(series -> series.nextMeeting().scheduledAt().isBefore(now.plus(CHECK_IN_WINDOW)))
                .toList();
        Set<UUID> sent = repository.meetingsWithCheckIn(coming.stream().map(series -> series.nextMeeting().id()).toList());
        return coming.stream().filter(series -> !sent.contains(series.nextMeeting().id())).findFirst();
    }

    /**
     * Days since the series last met (its latest completed meeting), or since its first meeting was due when
     * it never met; 0 for a series whose first meeting is still ahead.
     */
    private static long daysWithoutMeeting(List<OneOnOneRepository.MeetingRow> meetings, Instant now) {
        Instant since = meetings.stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .map(m -> m.completedAt() == null ? m.scheduledAt() : m.completedAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseGet(() -> meetings.stream().map(OneOnOneRepository.MeetingRow::scheduledAt)
                        .min(Comparator.naturalOrder()).orElse(now));
        return since.isAfter(now) ? 0 : ChronoUnit.DAYS.between(since, now);
    }

    /** Today (or already begun), within the week, or later, in the tenant's time zone. */
    static Urgency urgencyOf(Instant at, Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!day.isAfter(today)) {
            return Urgency.TODAY;
        }
        return day.isBefore(today.plusDays(7)) ? Urgency.SOON : Urgency.LATER;
    }
}
