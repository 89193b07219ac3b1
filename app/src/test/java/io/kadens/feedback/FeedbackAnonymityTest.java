package io.kadens.feedback;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.audit.AuditLog;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The anonymity threshold cannot be bypassed: not by narrowing filters, not through timestamps, counts
 * or order, not by opening items one by one; the sealed author is unreadable at the SQL level and
 * revealed only by the audited four-eyes unmasking of FeedbackUnmaskingTest.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackAnonymityTest {

    @Autowired
    Feedback feedback;
    @Autowired
    TestTenants tenants;
    @Autowired
    AuditLog auditLog;
    @Autowired
    io.kadens.support.TestClock clock;

    Company c;
    /** Anonymous upward feedback to the manager: from employee and team lead (two authors, three items). */
    List<UUID> upwardBelowThreshold = new ArrayList<>();

    @BeforeAll
    void companies() {
        c = tenants.create("anon");
        upwardBelowThreshold.add(anonymous(c.employee(), c.manager(), "Anna gives clear priorities", "Planning"));
        upwardBelowThreshold.add(anonymous(c.employee(), c.manager(), "Meetings could be shorter", null));
        upwardBelowThreshold.add(anonymous(c.teamLead(), c.manager(), "Very approachable", null));
        // a named item too, to see that named items show with author and date
        signedIn(as(c, c.ceo()), () -> feedback.give(new NewFeedback(c.manager().id(), "Strong quarter", null, null,
                null, false)));
    }

    private UUID anonymous(Person from, Person to, String text, String competency) {
        return signedIn(as(c, from), () -> feedback.give(new NewFeedback(to.id(), text, competency, null, null, true)))
                .id();
    }

    private ReceivedFeedback received(Person viewer, Person about, FeedbackFilter filter) {
        return signedIn(as(c, viewer), () -> feedback.received(about.id(), filter));
    }

    @Test
    void belowTheThresholdOfDistinctAuthorsNothingAnonymousShowsAnywhere() {
        // three items but two authors: items are not authors
        ReceivedFeedback mine = received(c.manager(), c.manager(), FeedbackFilter.ALL);
        assertThat(mine.anonymousGroups()).isEmpty();
        assertThat(mine.named()).extracting(FeedbackItem::text).containsExactly("Strong quarter");
        assertThat(mine.named().getFirst().authorName()).isNotBlank();
        // the count of hidden items moves once a day: today's items count from tomorrow on
        assertThat(mine.hiddenAnonymous()).isZero();
        clock.advance(java.time.Duration.ofDays(1));
        try {
            assertThat(received(c.manager(), c.manager(), FeedbackFilter.ALL).hiddenAnonymous()).isEqualTo(3);
        } finally {
            clock.reset();
        }
        // nor one by one, nor as evidence, nor to the receiver's manager
        for (UUID id : upwardBelowThreshold) {
            assertThat(signedIn(as(c, c.manager()), () -> feedback.find(id))).isEmpty();
            assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> feedback.replies(id)))
                    .isInstanceOf(FeedbackNotFoundException.class);
            assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> feedback.reply(id, "Who wrote this?")))
                    .isInstanceOf(FeedbackNotFoundException.class);
        }
        assertThat(signedIn(as(c, c.manager()), () -> feedback.evidenceAbout(c.manager().id(), null, null)))
                .noneMatch(FeedbackEvidence::anonymous);
        assertThat(received(c.ceo(), c.manager(), FeedbackFilter.ALL).anonymousGroups()).isEmpty();
    }

    @Test
    void aGroupAboveTheThresholdShowsWithoutAuthorTimeOrIdentifyingOrder() {
        Company d = tenants.create("anongroup");
        List<String> texts = List.of("Zebra crossing ideas", "Apples and pears", "Mostly good planning",
                "Keeps promises");
        List<Person> authors = List.of(d.employee(), d.teamLead(), d.member(), d.employee());
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            signedIn(as(d, authors.get(i)), () -> feedback.give(new NewFeedback(d.manager().id(), texts.get(index),
                    null, null, null, true)));
        }
        ReceivedFeedback received = signedIn(as(d, d.manager()), () -> feedback.received(d.manager().id(),
                FeedbackFilter.ALL));
        assertThat(received.hiddenAnonymous()).isZero();
        assertThat(received.anonymousGroups()).singleElement().satisfies(group -> {
            assertThat(group.source()).isEqualTo(FeedbackSource.REPORT);
            assertThat(group.items()).extracting(FeedbackItem::text).containsExactlyInAnyOrderElementsOf(texts);
            assertThat(group.items()).allSatisfy(item -> {
                assertThat(item.authorId()).isNull();
                assertThat(item.authorName()).isNull();
                assertThat(item.givenOn()).isNull();
                assertThat(item.givenAt()).isNull();
                assertThat(item.period()).isEqualTo(YearMonth.from(TestTenants.today()));
                assertThat(item.mine()).isFalse();
            });
            // the order is the text's hash order, not the order they were written in
            List<String> byHash = texts.stream().sorted(java.util.Comparator.comparing(FeedbackService::textHash))
                    .toList();
            assertThat(group.items()).extracting(FeedbackItem::text).containsExactlyElementsOf(byHash);
        });
        // evidence for the summary: no author, no date, same safe order
        List<FeedbackEvidence> evidence = signedIn(as(d, d.manager()),
                () -> feedback.evidenceAbout(d.manager().id(), TestTenants.today().minusMonths(1), TestTenants.today()));
        assertThat(evidence).hasSize(4).allSatisfy(item -> {
            assertThat(item.anonymous()).isTrue();
            assertThat(item.authorLabel()).isNull();
            assertThat(item.givenOn()).isNull();
        });
        // the stored row has no author and no time either
        try (Connection app = TestDatabase.get().openAsApp(); Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + d.id() + "', false)");
            try (ResultSet rows = sql.executeQuery("select count(*) from feedback where anonymous"
                    + " and (author_id is not null or given_at is not null or extract(day from given_on) <> 1)")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theThresholdIsDecidedOnTheWholeGroupAndFiltersOnlyNarrowWhatShows() {
        Company d = tenants.create("anonfilter");
        // three authors; only one wrote about "Planning"
        give(d, d.employee(), d.manager(), "Plans well ahead", "Planning");
        give(d, d.teamLead(), d.manager(), "Listens in meetings", "Communication");
        give(d, d.member(), d.manager(), "Explains decisions", "Communication");
        ReceivedFeedback all = signedIn(as(d, d.manager()), () -> feedback.received(d.manager().id(), FeedbackFilter.ALL));
        assertThat(all.anonymousGroups()).singleElement().extracting(g -> g.items().size()).isEqualTo(3);

        for (FeedbackFilter narrowing : List.of(
                new FeedbackFilter(null, null, "Planning", null),
                new FeedbackFilter(null, null, "Communication", null),
                new FeedbackFilter(null, null, null, FeedbackSource.REPORT),
                new FeedbackFilter(TestTenants.today(), TestTenants.today(), null, null))) {
            ReceivedFeedback narrowed = signedIn(as(d, d.manager()), () -> feedback.received(d.manager().id(), narrowing));
            // never a count under a filter: differences between filters would count the hidden items
            assertThat(narrowed.hiddenAnonymous()).as("count under %s", narrowing).isNull();
            int shown = narrowed.anonymousGroups().stream().mapToInt(g -> g.items().size()).sum();
            // the group passed as a whole: a filter cannot probe how many authors wrote a part of it
            int expected = "Planning".equals(narrowing.competency()) ? 1
                    : "Communication".equals(narrowing.competency()) ? 2 : 3;
            assertThat(shown).as("group under %s", narrowing).isEqualTo(expected);
            assertThat(signedIn(as(d, d.manager()), () -> feedback.evidenceAbout(d.manager().id(),
                    narrowing.from(), narrowing.to()))).as("evidence narrows by dates only, by month").hasSize(3);
        }
        // a group below the threshold shows under no filter at all
        Company e = tenants.create("anonfilterlow");
        give(e, e.employee(), e.manager(), "Plans well ahead", "Planning");
        give(e, e.teamLead(), e.manager(), "Listens in meetings", "Planning");
        for (FeedbackFilter narrowing : List.of(FeedbackFilter.ALL, new FeedbackFilter(null, null, "Planning", null),
                new FeedbackFilter(null, null, null, FeedbackSource.REPORT))) {
            assertThat(signedIn(as(e, e.manager()), () -> feedback.received(e.manager().id(), narrowing))
                    .anonymousGroups()).as("below the threshold under %s", narrowing).isEmpty();
        }
        // a range that ends before this month holds none of them
        LocalDate lastMonthEnd = TestTenants.today().withDayOfMonth(1).minusDays(1);
        assertThat(signedIn(as(d, d.manager()), () -> feedback.evidenceAbout(d.manager().id(),
                lastMonthEnd.minusMonths(2), lastMonthEnd))).isEmpty();
    }

    @Test
    void aViewerWhoWroteOneOfTheItemsDoesNotCountTowardsTheThreshold() {
        Company d = tenants.create("anonself");
        give(d, d.employee(), d.teamLead(), "Peer one", null);
        give(d, d.member(), d.teamLead(), "Upward one", null);
        give(d, d.hrAdmin(), d.teamLead(), "Peer two", null);
        give(d, d.outsider(), d.teamLead(), "Peer three", null);
        // the team lead sees three distinct peer authors
        ReceivedFeedback lead = signedIn(as(d, d.teamLead()), () -> feedback.received(d.teamLead().id(),
                FeedbackFilter.ALL));
        assertThat(lead.anonymousGroups()).extracting(AnonymousGroup::source).containsExactly(FeedbackSource.PEER);
        // the upward group holds one author: hidden even though the peer group shows (counted from tomorrow on)
        assertThat(lead.hiddenAnonymous()).isZero();
        clock.advance(java.time.Duration.ofDays(1));
        try {
            assertThat(signedIn(as(d, d.teamLead()), () -> feedback.received(d.teamLead().id(), FeedbackFilter.ALL))
                    .hiddenAnonymous()).isEqualTo(1);
        } finally {
            clock.reset();
        }
        // the employee's own given list shows their anonymous item as theirs
        assertThat(signedIn(as(d, d.employee()), () -> feedback.given(FeedbackFilter.ALL)))
                .singleElement().satisfies(item -> {
                    assertThat(item.anonymous()).isTrue();
                    assertThat(item.mine()).isTrue();
                    assertThat(item.authorId()).isNull();
                });
        assertThat(signedIn(as(d, d.manager()), () -> feedback.received(d.teamLead().id(), FeedbackFilter.ALL))
                .anonymousGroups()).extracting(AnonymousGroup::source).containsExactly(FeedbackSource.PEER);
    }

    private void give(Company d, Person from, Person to, String text, String competency) {
        signedIn(as(d, from), () -> feedback.give(new NewFeedback(to.id(), text, competency, null, null, true)));
    }

    @Test
    void repliesInAnAnonymousThreadNeverNameItsAuthorNorTellTheTime() {
        Company d = tenants.create("anonreply");
        UUID first = signedIn(as(d, d.employee()), () -> feedback.give(new NewFeedback(d.manager().id(),
                "Please share the roadmap earlier", null, null, null, true))).id();
        give(d, d.teamLead(), d.manager(), "Great at hiring", null);
        give(d, d.member(), d.manager(), "Protects focus time", null);
        FeedbackReply question = signedIn(as(d, d.manager()), () -> feedback.reply(first, "Which roadmap do you mean?"));
        assertThat(question.writtenAt()).isNull();
        assertThat(question.writtenOn().getDayOfMonth()).isEqualTo(1);
        FeedbackReply answer = signedIn(as(d, d.employee()), () -> feedback.reply(first, "The product one"));
        assertThat(answer.byAnonymousAuthor()).isTrue();
        // the anonymous author's reply reaches others, and their reply count, only from the next day on
        assertThat(signedIn(as(d, d.manager()), () -> feedback.replies(first))).extracting(FeedbackReply::text)
                .containsExactly("Which roadmap do you mean?");
        assertThat(signedIn(as(d, d.manager()), () -> feedback.find(first)).orElseThrow().replyCount()).isOne();
        assertThat(signedIn(as(d, d.employee()), () -> feedback.replies(first))).hasSize(2);
        clock.advance(java.time.Duration.ofDays(1));
        List<FeedbackReply> thread;
        try {
            thread = signedIn(as(d, d.manager()), () -> feedback.replies(first));
            assertThat(signedIn(as(d, d.manager()), () -> feedback.find(first)).orElseThrow().replyCount())
                    .isEqualTo(2);
        } finally {
            clock.reset();
        }
        assertThat(thread).extracting(FeedbackReply::text)
                .containsExactly("Which roadmap do you mean?", "The product one");
        assertThat(thread.get(1)).satisfies(reply -> {
            assertThat(reply.authorId()).isNull();
            assertThat(reply.authorName()).isNull();
            assertThat(reply.byAnonymousAuthor()).isTrue();
            assertThat(reply.writtenAt()).isNull();
            assertThat(reply.mine()).isFalse();
        });
        assertThat(signedIn(as(d, d.employee()), () -> feedback.replies(first)).get(1).mine()).isTrue();
    }

    @Test
    void theSealedAuthorIsUnreadableAtTheSqlLevelExceptToTheAuthorThemselves() throws Exception {
        UUID item = upwardBelowThreshold.getFirst();
        try (Connection app = TestDatabase.get().openAsApp(); Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + c.id() + "', false)");
            for (Person viewer : List.of(c.manager(), c.hrAdmin(), c.ceo(), c.teamLead())) {
                sql.execute("select set_config('app.person_id', '" + viewer.id() + "', false)");
                assertThat(count(sql, "select count(*) from feedback_author where feedback_id = '" + item + "'"))
                        .as("sealed author visible to %s", viewer.familyName()).isZero();
                assertThat(count(sql, "select count(*) from feedback where id = '" + item + "' and author_id is not null"))
                        .isZero();
            }
            sql.execute("select set_config('app.person_id', '', false)");
            assertThat(count(sql, "select count(*) from feedback_author")).as("no person bound").isZero();
            sql.execute("select set_config('app.person_id', '" + c.employee().id() + "', false)");
            assertThat(count(sql, "select count(*) from feedback_author where feedback_id = '" + item + "'"))
                    .as("the author reads their own").isOne();
            // nor can the application role change or remove a sealed author
            assertThatThrownBy(() -> sql.execute("update feedback_author set author_id = author_id"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("delete from feedback_author"))
                    .hasMessageContaining("permission denied");
            // the unmask functions refuse anyone who is not an HR admin
            sql.execute("select set_config('app.person_id', '" + c.manager().id() + "', false)");
            assertThatThrownBy(() -> sql.executeQuery("select feedback_unmask_request_create('" + item
                    + "', 'I really want to know who')")).hasMessageContaining("HR admins");
            // the author count takes the viewer from the bound person: the author does not count for themselves
            String group = upwardBelowThreshold.stream().map(id -> "'" + id + "'::uuid")
                    .collect(java.util.stream.Collectors.joining(",", "array[", "]"));
            assertThat(count(sql, "select feedback_anonymous_author_count(" + group + ", current_date + 30)"))
                    .as("authors seen by the manager").isEqualTo(2);
            sql.execute("select set_config('app.person_id', '" + c.employee().id() + "', false)");
            assertThat(count(sql, "select feedback_anonymous_author_count(" + group + ", current_date + 30)"))
                    .as("authors seen by one of them").isOne();
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Autowired
    FeedbackPersonalData personalData;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private Map<String, Object> export(Company company, Person exporter, Person person) {
        return signedIn(as(company, exporter), () -> new org.springframework.transaction.support.TransactionTemplate(
                transactions).execute(status -> personalData.export(person.id())));
    }

    @Test
    void theGdprExportGivesHrNoFeedbackItCannotReadInKadens() {
        // the HR admin reads none of the manager's feedback in Kadens: the export holds none of it either
        var manager = export(c, c.hrAdmin(), c.manager());
        assertThat(manager).containsKeys("feedback-received", "feedback-given", "feedback-requests", "feedback-praise",
                "feedback-withheld");
        assertThat(String.valueOf(manager.get("feedback-received"))).doesNotContain("Strong quarter")
                .doesNotContain("Meetings could be shorter");
        assertThat(manager.get("feedback-withheld")).hasFieldOrPropertyWithValue("received", 1);
        // nor what the employee gave (named or anonymous)
        var employee = export(c, c.hrAdmin(), c.employee());
        assertThat(String.valueOf(employee.get("feedback-given"))).doesNotContain("Meetings could be shorter")
                .doesNotContain("Anna gives clear priorities");
        // the outsider reports to the HR admin: what the HR admin reads as their manager is exported, nothing more
        Company d = tenants.create("anonexport");
        signedIn(as(d, d.ceo()), () -> feedback.give(new NewFeedback(d.outsider().id(), "Shared with managers", null,
                null, FeedbackVisibility.RECEIVER_AND_MANAGERS, false)));
        signedIn(as(d, d.ceo()), () -> feedback.give(new NewFeedback(d.outsider().id(), "For the receiver only", null,
                null, FeedbackVisibility.RECEIVER_ONLY, false)));
        var outsider = export(d, d.hrAdmin(), d.outsider());
        assertThat(String.valueOf(outsider.get("feedback-received"))).contains("Shared with managers")
                .doesNotContain("For the receiver only");
        assertThat(outsider.get("feedback-withheld")).hasFieldOrPropertyWithValue("received", 1);
        // exporting oneself: everything one reads in Kadens, one's own anonymous items as given included
        signedIn(as(d, d.hrAdmin()), () -> feedback.give(new NewFeedback(d.employee().id(), "HR's own anonymous note",
                null, null, null, true)));
        assertThat(String.valueOf(export(d, d.hrAdmin(), d.hrAdmin()).get("feedback-given")))
                .contains("HR's own anonymous note");
    }
}
