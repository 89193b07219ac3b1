package io.kadens.oneonones;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.settings.CheckInCadence;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Series, scheduling, agenda carry-over, action items, notes and the author-only private notes. */
@KadensSpringTest
class OneOnOnesTest {

    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneMeetings oneOnOneMeetings;
    @Autowired
    OneOnOneNotes oneOnOneNotes;
    @Autowired
    TestTenants tenants;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;

    @BeforeEach
    void company() {
        c = tenants.create("oneonone");
    }

    private <T> T as(Person person, java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    /** The manager's series with the employee and its meetings, created on first use. */
    private MyOneOnOne series() {
        return as(c.manager(), () -> oneOnOnes.mine()).stream()
                .filter(row -> row.pair().member().id().equals(c.employee().id())).findFirst().orElseThrow();
    }

    private List<MeetingSummary> meetings(UUID pairId) {
        return as(c.manager(), () -> oneOnOnes.meetings(pairId));
    }

    @Test
    void seriesAreCreatedForEveryReportingLineOnFirstUseAndScheduledAhead() {
        List<MyOneOnOne> mine = as(c.manager(), () -> oneOnOnes.mine());
        // the manager leads two reports (employee and team lead) and is a report of the CEO
        assertThat(mine).filteredOn(MyOneOnOne::iLead).extracting(row -> row.other().id())
                .containsExactlyInAnyOrder(c.employee().id(), c.teamLead().id());
        assertThat(mine).filteredOn(row -> !row.iLead()).extracting(row -> row.other().id())
                .containsExactly(c.ceo().id());
        MyOneOnOne row = series();
        assertThat(row.pair().kind()).isEqualTo(PairKind.MANAGER);
        assertThat(row.pair().cadence()).isEqualTo(CheckInCadence.BIWEEKLY);
        assertThat(row.nextMeeting()).isNotNull();
        // the employee sees the same series from the other side, not a second one
        assertThat(as(c.employee(), () -> oneOnOnes.mine())).singleElement()
                .satisfies(mineAsReport -> assertThat(mineAsReport.pairId()).isEqualTo(row.pairId()));

        List<MeetingSummary> meetings = meetings(row.pairId());
        assertThat(meetings).hasSize(OneOnOnes.MEETINGS_AHEAD);
        assertThat(gapsInDays(meetings)).containsOnly(14L);
    }

    @Test
    void cadenceOverridesRespaceTheMeetingsAhead() {
        UUID pairId = series().pairId();
        for (CheckInCadence cadence : CheckInCadence.values()) {
            OneOnOnePair pair = as(c.employee(), () -> oneOnOnes.setCadence(pairId, cadence));
            assertThat(pair.cadence()).isEqualTo(cadence);
            assertThat(pair.cadenceOverridden()).isTrue();
            assertThat(gapsInDays(meetings(pairId))).containsOnly((long) cadence.days());
        }
        OneOnOnePair back = as(c.manager(), () -> oneOnOnes.setCadence(pairId, null));
        assertThat(back.cadenceOverridden()).isFalse();
        assertThat(back.cadence()).isEqualTo(CheckInCadence.BIWEEKLY);
        assertThat(gapsInDays(meetings(pairId))).containsOnly(14L);
        // someone outside the pair cannot change it, and learns nothing about it
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> oneOnOnes.setCadence(pairId, CheckInCadence.WEEKLY)))
                .isInstanceOf(OneOnOneNotFoundException.class);
    }

    private static List<Long> gapsInDays(List<MeetingSummary> meetings) {
        List<MeetingSummary> ahead = meetings.stream().filter(m -> m.status() == MeetingStatus.SCHEDULED).toList();
        return java.util.stream.IntStream.range(1, ahead.size())
                .mapToObj(i -> Duration.between(ahead.get(i - 1).scheduledAt(), ahead.get(i).scheduledAt()).toDays())
                .toList();
    }

    @Test
    void uncoveredPointsCarryOverAndRecurringPointsReappear() {
        UUID pairId = series().pairId();
        UUID first = meetings(pairId).getFirst().id();
        AgendaItem covered = as(c.manager(), () -> oneOnOneMeetings.addTalkingPoint(first, "Q3 goals", false));
        as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(first, "Conference budget", false));
        AgendaItem recurring = as(c.manager(), () -> oneOnOneMeetings.addTalkingPoint(first, "Wellbeing", true));
        as(c.manager(), () -> oneOnOneMeetings.setCovered(covered.id(), true));
        as(c.manager(), () -> oneOnOneMeetings.setCovered(recurring.id(), true));

        MeetingSummary second = as(c.employee(), () -> oneOnOneMeetings.complete(first));
        assertThat(second.id()).isNotEqualTo(first);
        List<AgendaItem> agenda = as(c.manager(), () -> oneOnOneMeetings.meeting(second.id())).orElseThrow().agenda();
        assertThat(agenda).extracting(AgendaItem::text).containsExactlyInAnyOrder("Conference budget", "Wellbeing");
        assertThat(agenda).filteredOn(i -> i.text().equals("Conference budget")).singleElement()
                .satisfies(i -> {
                    assertThat(i.carriedOver()).isTrue();
                    assertThat(i.authorId()).isEqualTo(c.employee().id());
                    assertThat(i.covered()).isFalse();
                });
        assertThat(agenda).filteredOn(i -> i.text().equals("Wellbeing")).singleElement()
                .satisfies(i -> {
                    assertThat(i.recurring()).isTrue();
                    assertThat(i.carriedOver()).isFalse();
                    assertThat(i.covered()).isFalse();
                });
        // the completed meeting keeps its agenda as it was held
        assertThat(as(c.manager(), () -> oneOnOneMeetings.meeting(first)).orElseThrow().agenda()).hasSize(3);

        // covered this time: the budget point stops, the recurring one goes on
        agenda.stream().filter(i -> !i.recurring()).forEach(i -> as(c.manager(), () -> oneOnOneMeetings.setCovered(i.id(), true)));
        MeetingSummary third = as(c.manager(), () -> oneOnOneMeetings.complete(second.id()));
        assertThat(as(c.manager(), () -> oneOnOneMeetings.meeting(third.id())).orElseThrow().agenda())
                .extracting(AgendaItem::text).containsExactly("Wellbeing");
        // completing keeps the series scheduled ahead
        assertThat(meetings(pairId)).filteredOn(m -> m.status() == MeetingStatus.SCHEDULED)
                .hasSize(OneOnOnes.MEETINGS_AHEAD);
    }

    @Test
    void aRecurringPointIsOnTheNextMeetingsAtOnceWithoutWaitingForThisOneToBeCompleted() {
        UUID pairId = series().pairId();
        List<MeetingSummary> ahead = meetings(pairId);
        as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(ahead.getFirst().id(), "Workload check", true));
        for (MeetingSummary later : ahead.subList(1, ahead.size())) {
            assertThat(as(c.manager(), () -> oneOnOneMeetings.meeting(later.id())).orElseThrow().agenda())
                    .as("meeting on %s", later.scheduledAt()).singleElement()
                    .satisfies(item -> {
                        assertThat(item.text()).isEqualTo("Workload check");
                        assertThat(item.recurring()).isTrue();
                        assertThat(item.authorId()).isEqualTo(c.employee().id());
                    });
        }
        // Completing the first adds no second copy; the meeting scheduled to keep the series ahead has it too.
        MeetingSummary second = as(c.manager(), () -> oneOnOneMeetings.complete(ahead.getFirst().id()));
        assertThat(as(c.manager(), () -> oneOnOneMeetings.meeting(second.id())).orElseThrow().agenda())
                .extracting(AgendaItem::text).containsExactly("Workload check");
        MeetingSummary newest = meetings(pairId).getLast();
        assertThat(ahead).extracting(MeetingSummary::id).doesNotContain(newest.id());
        assertThat(as(c.manager(), () -> oneOnOneMeetings.meeting(newest.id())).orElseThrow().agenda())
                .extracting(AgendaItem::text).containsExactly("Workload check");
    }

    @Test
    void aCompletedOrCancelledMeetingTakesNoTalkingPoints() {
        UUID pairId = series().pairId();
        List<MeetingSummary> meetings = meetings(pairId);
        UUID first = meetings.get(0).id();
        as(c.manager(), () -> oneOnOneMeetings.complete(first));
        assertThatThrownBy(() -> as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(first, "Too late", false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("text", "oneonones.agenda.meeting-closed"));
        assertThatThrownBy(() -> as(c.manager(), () -> oneOnOneMeetings.complete(first)))
                .isInstanceOf(InvalidInputException.class);

        UUID second = meetings.get(1).id();
        as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(second, "Parental leave", false));
        as(c.employee(), () -> {
            oneOnOneMeetings.cancel(second);
            return null;
        });
        assertThatThrownBy(() -> as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(second, "x", false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("text", "oneonones.agenda.meeting-cancelled"));
        // the cancelled meeting's point moved on to the next meeting
        UUID third = meetings.get(2).id();
        assertThat(as(c.manager(), () -> oneOnOneMeetings.meeting(third)).orElseThrow().agenda())
                .extracting(AgendaItem::text, AgendaItem::carriedOver).containsExactly(org.assertj.core.groups.Tuple.tuple("Parental leave", true));
        // empty text
        assertThatThrownBy(() -> as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(third, "  ", false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("text", "oneonones.text.required"));
    }

    @Test
    void actionItemsStayOpenAcrossMeetingsUntilDone() {
        UUID pairId = series().pairId();
        UUID first = meetings(pairId).getFirst().id();
        ActionItem item = as(c.manager(), () -> oneOnOneNotes.addActionItem(first, c.employee().id(),
                "Book the course", TestTenants.today().plusDays(20)));
        assertThat(item.ownerName()).contains(c.employee().familyName());
        MeetingSummary second = as(c.manager(), () -> oneOnOneMeetings.complete(first));
        assertThat(as(c.employee(), () -> oneOnOneMeetings.meeting(second.id())).orElseThrow().actionItems())
                .extracting(ActionItem::id).containsExactly(item.id());
        MeetingSummary third = as(c.manager(), () -> oneOnOneMeetings.complete(second.id()));
        assertThat(as(c.employee(), () -> oneOnOneMeetings.meeting(third.id())).orElseThrow().actionItems())
                .extracting(ActionItem::id).containsExactly(item.id());

        as(c.employee(), () -> oneOnOneNotes.setActionItemDone(item.id(), true));
        assertThat(as(c.employee(), () -> oneOnOneMeetings.meeting(third.id())).orElseThrow().actionItems()).isEmpty();
        // where it was agreed, it stays visible, done
        assertThat(as(c.employee(), () -> oneOnOneMeetings.meeting(first)).orElseThrow().actionItems())
                .singleElement().satisfies(done -> assertThat(done.done()).isTrue());
        assertThat(series().openActionItems()).isZero();

        // the owner is one of the pair
        assertThatThrownBy(() -> as(c.manager(), () -> oneOnOneNotes.addActionItem(third.id(), c.ceo().id(), "x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("owner"));
    }

    @Test
    void sharedNotesUseOptimisticLocking() {
        UUID meeting = meetings(series().pairId()).getFirst().id();
        SharedNotes saved = as(c.manager(), () -> oneOnOneNotes.saveSharedNotes(meeting, "Agreed on the roadmap", 0));
        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> as(c.employee(), () -> oneOnOneNotes.saveSharedNotes(meeting, "My version", 0)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(c.employee(), () -> oneOnOneMeetings.meeting(meeting)).orElseThrow().sharedNotes().text())
                .isEqualTo("Agreed on the roadmap");
        assertThat(as(c.employee(), () -> oneOnOneNotes.saveSharedNotes(meeting, "Both versions", 1)).version()).isEqualTo(2);
    }

    @Test
    void privateNotesAreReadableByTheirAuthorOnly() {
        UUID meeting = meetings(series().pairId()).getFirst().id();
        PrivateNote note = as(c.manager(), () -> oneOnOneNotes.savePrivateNote(meeting, "Worried about workload", -1));
        assertThat(note.version()).isZero();
        assertThat(as(c.manager(), () -> oneOnOneNotes.myPrivateNote(meeting))).get()
                .extracting(PrivateNote::text).isEqualTo("Worried about workload");
        // the other person of the meeting has no note of their own and never sees the manager's
        assertThat(as(c.employee(), () -> oneOnOneNotes.myPrivateNote(meeting))).isEmpty();
        assertThat(as(c.employee(), () -> oneOnOneMeetings.meeting(meeting)).orElseThrow().myPrivateNote().text()).isEmpty();
        as(c.employee(), () -> oneOnOneNotes.savePrivateNote(meeting, "Ask about promotion", -1));
        assertThat(as(c.manager(), () -> oneOnOneNotes.myPrivateNote(meeting))).get()
                .extracting(PrivateNote::text).isEqualTo("Worried about workload");
        // HR admins are not in the meeting at all
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> oneOnOneNotes.myPrivateNote(meeting)))
                .isInstanceOf(OneOnOneNotFoundException.class);

        // At the SQL level, as the application role: only the bound author's rows exist.
        assertThat(sqlAs(c.manager(), "select text from private_note")).containsExactly("Worried about workload");
        assertThat(sqlAs(c.employee(), "select text from private_note")).containsExactly("Ask about promotion");
        assertThat(sqlAs(c.hrAdmin(), "select text from private_note")).isEmpty();
        // background work in the tenant (no person bound) reads none either
        List<String> background = TenantScope.call(c.id(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> db.fetch("select text from private_note").getValues(0, String.class)));
        assertThat(background).isEmpty();
        // even rebinding the person by hand as someone else in the same transaction shows nothing more
        List<String> rebound = signedIn(TestTenants.as(c, c.hrAdmin()), () -> new TransactionTemplate(transactionManager)
                .execute(status -> {
                    db.execute("select set_config('app.person_id', {0}, true)", DSL.val(c.ceo().id().toString()));
                    return db.fetch("select text from private_note").getValues(0, String.class);
                }));
        assertThat(rebound).isEmpty();
        // nor can anyone else overwrite, delete or forge one
        Integer changed = signedIn(TestTenants.as(c, c.hrAdmin()), () -> new TransactionTemplate(transactionManager)
                .execute(status -> db.execute("update private_note set text = 'changed'") + db.execute("delete from private_note")));
        assertThat(changed).isZero();
        assertThatThrownBy(() -> signedIn(TestTenants.as(c, c.hrAdmin()), () -> new TransactionTemplate(transactionManager)
                .execute(status -> db.execute("insert into private_note (tenant_id, meeting_id, author_id, text) values ({0}, {1}, {2}, 'forged')",
                        DSL.val(c.id().value()), DSL.val(meeting), DSL.val(c.manager().id())))))
                .rootCause().hasMessageContaining("row-level security");
        assertThat(sqlAs(c.manager(), "select text from private_note")).containsExactly("Worried about workload");
        // and the application role cannot switch the policies off
        assertThat(sqlAs(c.manager(), "select (rolbypassrls or rolsuper)::text from pg_roles where rolname = current_user"))
                .containsExactly("false");

        // optimistic locking on the private note too
        assertThatThrownBy(() -> as(c.manager(), () -> oneOnOneNotes.savePrivateNote(meeting, "again", -1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(c.manager(), () -> oneOnOneNotes.savePrivateNote(meeting, "Updated", 0)).version()).isEqualTo(1);
    }

    @Autowired
    OneOnOnePersonalData personalData;
    @Autowired
    CheckIns checkIns;

    @Test
    void erasureDeletesThePersonsPrivateNotesAndCheckInTexts() {
        UUID meeting = meetings(series().pairId()).getFirst().id();
        as(c.employee(), () -> oneOnOneNotes.savePrivateNote(meeting, "Employee's own thoughts", -1));
        as(c.manager(), () -> oneOnOneNotes.savePrivateNote(meeting, "Manager's own thoughts", -1));
        CheckIn checkIn = as(c.employee(), () -> checkIns.submit(meeting, checkIns.questionnaire().questions().stream()
                .map(q -> q.kind() == CheckInQuestionKind.PULSE ? new AnswerInput(q.id(), null, 2)
                        : new AnswerInput(q.id(), "Personal reflection", null)).toList()));
        // the HR admin's export holds the check-in but no private note
        Object export = signedIn(TestTenants.as(c, c.hrAdmin()), () -> new TransactionTemplate(transactionManager)
                .execute(status -> personalData.export(c.employee().id()).toString()));
        assertThat(export.toString()).contains("Personal reflection").doesNotContain("own thoughts");

        signedIn(TestTenants.as(c, c.hrAdmin()), () -> new TransactionTemplate(transactionManager).execute(status -> {
            personalData.erase(c.employee().id(), "Former employee 1");
            // the transaction still acts for the HR admin afterwards
            assertThat(db.fetchValue("select current_setting('app.person_id', true)")).isEqualTo(c.hrAdmin().id().toString());
            return null;
        }));
        assertThat(as(c.employee(), () -> oneOnOneNotes.myPrivateNote(meeting))).isEmpty();
        assertThat(as(c.manager(), () -> oneOnOneNotes.myPrivateNote(meeting))).get()
                .extracting(PrivateNote::text).isEqualTo("Manager's own thoughts");
        CheckIn erased = as(c.manager(), () -> checkIns.checkIn(checkIn.id())).orElseThrow();
        assertThat(erased.answers()).extracting(CheckInAnswer::text).containsOnlyNulls();
        assertThat(erased.pulse()).isEqualTo(2);
    }

    private List<String> sqlAs(Person person, String sql) {
        return signedIn(TestTenants.as(c, person), () -> new TransactionTemplate(transactionManager).execute(status ->
                db.fetch(sql).getValues(0, String.class)));
    }

    @Test
    void othersCannotSeeOrChangeAMeeting() {
        UUID pairId = series().pairId();
        UUID meeting = meetings(pairId).getFirst().id();
        for (Person outsider : List.of(c.hrAdmin(), c.ceo(), c.teamLead(), c.outsider())) {
            assertThat(as(outsider, () -> oneOnOneMeetings.meeting(meeting))).isEmpty();
            assertThat(as(outsider, () -> oneOnOnes.pair(pairId))).isEmpty();
            assertThatThrownBy(() -> as(outsider, () -> oneOnOneMeetings.addTalkingPoint(meeting, "x", false)))
                    .isInstanceOf(OneOnOneNotFoundException.class);
        }
        Company other = tenants.create("oneononeother");
        assertThat(signedIn(TestTenants.as(other, other.manager()), () -> oneOnOneMeetings.meeting(meeting))).isEmpty();
    }

    @Test
    void backgroundWorkAddsTalkingPointsInAParticipantsName() {
        MyOneOnOne row = series();
        AgendaItem added = TenantScope.call(c.id(), () -> oneOnOneMeetings.addTalkingPoint(row.pairId(), c.employee().id(),
                "From Slack: demo prep"));
        assertThat(added.meetingId()).isEqualTo(row.nextMeeting().id());
        assertThat(added.authorId()).isEqualTo(c.employee().id());
        // not in someone else's name, not signed in as a user, not without a tenant
        assertThatThrownBy(() -> TenantScope.call(c.id(), () -> oneOnOneMeetings.addTalkingPoint(row.pairId(), c.ceo().id(), "x")))
                .isInstanceOf(OneOnOneNotFoundException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> oneOnOneMeetings.addTalkingPoint(row.pairId(), c.employee().id(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> oneOnOneMeetings.addTalkingPoint(row.pairId(), c.employee().id(), "x"))
                .isInstanceOf(AccessDeniedException.class);

        List<UpcomingMeeting> upcoming = TenantScope.call(c.id(), () -> oneOnOnes.meetingsBetween(
                row.nextMeeting().scheduledAt(), row.nextMeeting().scheduledAt().plusSeconds(1)));
        assertThat(upcoming).filteredOn(m -> m.meetingId().equals(row.nextMeeting().id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.agenda()).extracting(AgendaItem::text).containsExactly("From Slack: demo prep");
                    assertThat(m.lead().id()).isEqualTo(c.manager().id());
                    assertThat(m.member().email()).isEqualTo(c.employee().email());
                });
    }

    @Test
    void mentorPairsByHrAdminsOrThePairItself() {
        OneOnOnePair pair = as(c.hrAdmin(), () -> oneOnOnes.createMentorPair(c.ceo().id(), c.member().id()));
        assertThat(pair.kind()).isEqualTo(PairKind.MENTOR);
        assertThat(as(c.member(), () -> oneOnOnes.meetings(pair.id()))).hasSize(OneOnOnes.MEETINGS_AHEAD);
        assertThatThrownBy(() -> as(c.employee(), () -> oneOnOnes.createMentorPair(c.ceo().id(), c.member().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.member(), () -> oneOnOnes.createMentorPair(c.ceo().id(), c.member().id())))
                .isInstanceOf(InvalidInputException.class);
        OneOnOnePair own = as(c.employee(), () -> oneOnOnes.createMentorPair(c.teamLead().id(), c.employee().id()));
        as(c.teamLead(), () -> {
            oneOnOnes.endMentorPair(own.id());
            return null;
        });
        assertThat(as(c.employee(), () -> oneOnOnes.mine())).extracting(MyOneOnOne::pairId).doesNotContain(own.id());
    }
}
