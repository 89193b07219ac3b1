package io.kadens.oneonones;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The questionnaire, submitting and replying, who sees a check-in, and adherence per team. */
@KadensSpringTest
class CheckInsTest {

    @Autowired
    CheckIns checkIns;
    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneMeetings oneOnOneMeetings;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;

    Company c;

    @BeforeEach
    void company() {
        c = tenants.create("checkin");
    }

    private <T> T as(Person person, java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private List<AnswerInput> answers(Questionnaire questionnaire, String text, int pulse) {
        return questionnaire.questions().stream().map(q -> q.kind() == CheckInQuestionKind.PULSE
                ? new AnswerInput(q.id(), null, pulse) : new AnswerInput(q.id(), text + " " + q.textEn(), null)).toList();
    }

    @Test
    void theEmployeeAnswersBeforeTheOneOnOneAndTheManagerReplies() {
        CurrentCheckIn current = as(c.employee(), () -> checkIns.current()).orElseThrow();
        assertThat(current.manager().id()).isEqualTo(c.manager().id());
        assertThat(current.questionnaire().defaults()).isTrue();
        assertThat(current.questionnaire().questions()).extracting(CheckInQuestion::kind)
                .containsExactly(CheckInQuestionKind.TEXT, CheckInQuestionKind.TEXT, CheckInQuestionKind.TEXT,
                        CheckInQuestionKind.TEXT, CheckInQuestionKind.PULSE);
        assertThat(current.questionnaire().questions().getFirst().text(Locale.forLanguageTag("sv"))).isEqualTo("Vad gick bra?");
        assertThat(current.submitted()).isNull();

        CheckIn submitted = as(c.employee(), () -> checkIns.submit(current.meetingId(),
                answers(current.questionnaire(), "Shipped", 4)));
        assertThat(submitted.pulse()).isEqualTo(4);
        assertThat(submitted.onTime()).isTrue();
        assertThat(submitted.answers()).hasSize(5);

        // shown on the meeting's agenda for both, and in the manager's list
        Meeting meeting = as(c.manager(), () -> oneOnOneMeetings.meeting(current.meetingId())).orElseThrow();
        assertThat(meeting.checkIn().id()).isEqualTo(submitted.id());
        assertThat(meeting.checkIn().answers().getFirst().text()).isEqualTo("Shipped What went well?");
        assertThat(as(c.manager(), () -> checkIns.ofMyReports())).extracting(CheckIn::id).contains(submitted.id());
        assertThat(as(c.manager(), () -> oneOnOnes.mine())).filteredOn(r -> r.other().id().equals(c.employee().id()))
                .singleElement().extracting(MyOneOnOne::lastPulse).isEqualTo(4);

        CheckIn replied = as(c.manager(), () -> checkIns.reply(submitted.id(), "Great work on the release", submitted.version()));
        assertThat(as(c.employee(), () -> checkIns.mine())).singleElement()
                .satisfies(mine -> assertThat(mine.reply()).isEqualTo("Great work on the release"));
        assertThatThrownBy(() -> as(c.manager(), () -> checkIns.reply(submitted.id(), "stale", submitted.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(replied.repliedAt()).isNotNull();

        // only the report replies to nothing, and only the pair sees it
        assertThatThrownBy(() -> as(c.employee(), () -> checkIns.reply(submitted.id(), "self", replied.version())))
                .isInstanceOf(InvalidInputException.class);
        for (Person other : List.of(c.hrAdmin(), c.ceo(), c.teamLead())) {
            assertThat(as(other, () -> checkIns.checkIn(submitted.id()))).isEmpty();
            assertThatThrownBy(() -> as(other, () -> checkIns.reply(submitted.id(), "x", replied.version())))
                    .isInstanceOf(OneOnOneNotFoundException.class);
        }
        // the manager does not fill in the report's check-in
        assertThatThrownBy(() -> as(c.manager(), () -> checkIns.submit(current.meetingId(), List.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badAnswersGetClearMessages() {
        CurrentCheckIn current = as(c.employee(), () -> checkIns.current()).orElseThrow();
        assertThatThrownBy(() -> as(c.employee(), () -> checkIns.submit(current.meetingId(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("answers", "checkins.answer.empty"));
        UUID pulse = current.questionnaire().questions().getLast().id();
        assertThatThrownBy(() -> as(c.employee(), () -> checkIns.submit(current.meetingId(),
                List.of(new AnswerInput(pulse, null, 7)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("answers." + pulse, "checkins.answer.pulse.range"));
    }

    @Test
    void hrAdminsEditTheQuestionnaireAndPastAnswersKeepTheirWording() {
        CurrentCheckIn current = as(c.employee(), () -> checkIns.current()).orElseThrow();
        CheckIn before = as(c.employee(), () -> checkIns.submit(current.meetingId(), answers(current.questionnaire(), "Old", 3)));

        List<CheckInQuestion> edited = List.of(
                new CheckInQuestion(null, CheckInQuestionKind.TEXT, "What did you learn?", "Vad lärde du dig?", true),
                new CheckInQuestion(null, CheckInQuestionKind.PULSE, "Energy (1–5)", "Energi (1–5)", false));
        Questionnaire saved = as(c.hrAdmin(), () -> checkIns.saveQuestionnaire(edited));
        assertThat(saved.defaults()).isFalse();
        assertThat(saved.questions()).extracting(CheckInQuestion::textEn).containsExactly("What did you learn?", "Energy (1–5)");
        assertThat(as(c.employee(), () -> checkIns.questionnaire())).isEqualTo(saved);

        // the earlier check-in still shows the questions it answered
        assertThat(as(c.employee(), () -> checkIns.checkIn(before.id())).orElseThrow().answers())
                .extracting(CheckInAnswer::questionEn).first().isEqualTo("What went well?");
        // a required question must be answered
        UUID learn = saved.questions().getFirst().id();
        assertThatThrownBy(() -> as(c.employee(), () -> checkIns.submit(current.meetingId(),
                List.of(new AnswerInput(saved.questions().getLast().id(), null, 2)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("answers." + learn, "checkins.answer.required"));

        // only HR admins edit; at most one pulse; never empty
        assertThatThrownBy(() -> as(c.manager(), () -> checkIns.saveQuestionnaire(edited))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> checkIns.saveQuestionnaire(List.of(edited.get(1), edited.get(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("questions", "checkins.questions.one-pulse"));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> checkIns.saveQuestionnaire(List.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> checkIns.saveQuestionnaire(List.of(
                new CheckInQuestion(null, CheckInQuestionKind.TEXT, "English only", " ", false)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("questions[0].textSv"));
        assertThat(as(c.hrAdmin(), () -> checkIns.questionnaire())).isEqualTo(saved);
    }

    @Test
    void adherenceCountsCheckInsSubmittedBeforeTheirMeetingPerTeam() {
        // The employee checks in before their first meeting; the team lead (also the manager's report) does not.
        CurrentCheckIn current = as(c.employee(), () -> checkIns.current()).orElseThrow();
        as(c.employee(), () -> checkIns.submit(current.meetingId(), answers(current.questionnaire(), "On time", 5)));
        as(c.teamLead(), () -> checkIns.current()).orElseThrow();
        // due reminders before the meetings: the team lead's is due, the employee's is not
        assertThat(TenantScope.call(c.id(), () -> checkIns.due(current.meetingAt().minusSeconds(1), current.meetingAt().plus(Duration.ofDays(1)))))
                .extracting(d -> d.employee().id()).contains(c.teamLead().id()).doesNotContain(c.employee().id());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        clock.advance(Duration.ofDays(5));
        try {
            List<TeamAdherence> all = as(c.hrAdmin(), () -> checkIns.adherence(today, today.plusDays(5)));
            // employee (on time), team lead and member (not): nobody has a team, one "no team" row
            int due = all.stream().mapToInt(TeamAdherence::due).sum();
            int onTime = all.stream().mapToInt(TeamAdherence::onTime).sum();
            assertThat(all).singleElement().satisfies(t -> assertThat(t.teamId()).isNull());
            assertThat(due).isEqualTo(3);
            assertThat(onTime).isEqualTo(1);
            assertThat(all).allSatisfy(t -> assertThat(t.share()).isBetween(0.0, 1.0));
            // the pages' "last N days" ends on the organisation's day, five days on: the same window here
            assertThat(as(c.hrAdmin(), () -> checkIns.adherenceOfLastDays(5))).singleElement().satisfies(t -> {
                assertThat(t.due()).isEqualTo(3);
                assertThat(t.onTime()).isEqualTo(1);
            });
            // the manager sees the people under them: the same three here
            List<TeamAdherence> mine = as(c.manager(), () -> checkIns.adherence(today, today.plusDays(5)));
            assertThat(mine.stream().mapToInt(TeamAdherence::due).sum()).isEqualTo(3);
            assertThat(mine.stream().mapToInt(TeamAdherence::onTime).sum()).isEqualTo(1);
            // the team lead sees only their report, who has not checked in
            assertThat(as(c.teamLead(), () -> checkIns.adherence(today, today.plusDays(5))))
                    .singleElement().satisfies(t -> {
                        assertThat(t.due()).isEqualTo(1);
                        assertThat(t.onTime()).isZero();
                    });
            assertThatThrownBy(() -> as(c.employee(), () -> checkIns.adherence(today, today.plusDays(5))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(c.hrAdmin(), () -> checkIns.adherence(today, today.minusDays(3))))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            clock.reset();
        }
    }
}
