package io.kadens.feedback;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.people.PeopleAdministration;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what per role and tenant setting, validation messages at their fields, requests with their
 * events, replies, praise and reactions.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class FeedbackServiceTest {

    @Autowired
    Feedback feedback;
    @Autowired
    FeedbackRequests requests;
    @Autowired
    PraiseFeed praise;
    @Autowired
    FeedbackSettingsService settings;
    @Autowired
    TestTenants tenants;
    /** What the current test published (recorded per test method, in the shared application context). */
    @Autowired
    ApplicationEvents events;
    @Autowired
    PeopleAdministration people;
    @Autowired
    io.kadens.goals.Goals goals;
    @Autowired
    io.kadens.goals.GoalAdministration goalAdministration;
    @Autowired
    io.kadens.goals.GoalFeedbackLinks goalLinks;
    @Autowired
    io.kadens.privacy.PrivacyService privacy;
    @Autowired
    io.kadens.support.TestClock clock;
    @Autowired
    FeedbackTexts texts;

    Company c;
    Company other;

    @BeforeAll
    void companies() {
        c = tenants.create("fbsvc");
        other = tenants.create("fbsvcother");
    }

    private FeedbackItem give(Company company, Person from, Person to, String text, FeedbackVisibility visibility) {
        return signedIn(as(company, from), () -> feedback.give(new NewFeedback(to.id(), text, null, null, visibility,
                false)));
    }

    private List<String> texts(Company company, Person viewer, Person about) {
        return signedIn(as(company, viewer), () -> feedback.received(about.id(), FeedbackFilter.ALL)).named().stream()
                .map(FeedbackItem::text).toList();
    }

    private Map errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return new Map(e.fieldErrors());
        }
        throw new AssertionError("expected invalid input");
    }

    private record Map(java.util.Map<String, String> errors) {
    }

    @Test
    void sourcesFollowTheReportingLine() {
        assertThat(signedIn(as(c, c.manager()), () -> feedback.sourceFor(c.employee().id())))
                .isEqualTo(FeedbackSource.MANAGER);
        assertThat(signedIn(as(c, c.ceo()), () -> feedback.sourceFor(c.member().id())))
                .isEqualTo(FeedbackSource.MANAGER);
        assertThat(signedIn(as(c, c.member()), () -> feedback.sourceFor(c.manager().id())))
                .isEqualTo(FeedbackSource.REPORT);
        assertThat(signedIn(as(c, c.employee()), () -> feedback.sourceFor(c.teamLead().id())))
                .isEqualTo(FeedbackSource.PEER);
    }

    @Test
    void privateFeedbackReachesManagersAsTheTenantConfigures() {
        Company d = tenants.create("fbvis");
        give(d, d.employee(), d.member(), "Shared with managers", FeedbackVisibility.RECEIVER_AND_MANAGERS);
        give(d, d.hrAdmin(), d.member(), "Receiver only", FeedbackVisibility.RECEIVER_ONLY);

        // default: the direct manager (team lead) reads shared items; the manager above does not
        assertThat(texts(d, d.member(), d.member())).containsExactlyInAnyOrder("Shared with managers", "Receiver only");
        assertThat(texts(d, d.teamLead(), d.member())).containsExactly("Shared with managers");
        assertThat(texts(d, d.manager(), d.member())).isEmpty();
        // a peer, the HR admin and another tenant's people may not open the person's feedback at all
        for (Person stranger : List.of(d.employee(), d.hrAdmin())) {
            assertThatThrownBy(() -> signedIn(as(d, stranger), () -> feedback.received(d.member().id(),
                    FeedbackFilter.ALL))).isInstanceOf(FeedbackNotFoundException.class);
        }
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> feedback.received(d.member().id(),
                FeedbackFilter.ALL))).isInstanceOf(FeedbackNotFoundException.class);
        // the author still sees what they gave
        assertThat(signedIn(as(d, d.hrAdmin()), () -> feedback.given(FeedbackFilter.ALL)))
                .extracting(FeedbackItem::text).containsExactly("Receiver only");

        FeedbackSettings current = signedIn(as(d, d.hrAdmin()), settings::current);
        signedIn(as(d, d.hrAdmin()), () -> settings.save(new FeedbackSettings(true, true,
                ManagerVisibility.MANAGER_CHAIN, current.version())));
        assertThat(texts(d, d.manager(), d.member())).containsExactly("Shared with managers");
        assertThat(texts(d, d.ceo(), d.member())).containsExactly("Shared with managers");

        FeedbackSettings chain = signedIn(as(d, d.hrAdmin()), settings::current);
        signedIn(as(d, d.hrAdmin()), () -> settings.save(new FeedbackSettings(false, false,
                ManagerVisibility.RECEIVER_ONLY, chain.version())));
        assertThat(texts(d, d.teamLead(), d.member())).isEmpty();
        assertThat(texts(d, d.member(), d.member())).hasSize(2);
        // and with anonymity switched off, anonymous feedback is refused at its field
        assertThat(errors(() -> signedIn(as(d, d.employee()), () -> feedback.give(new NewFeedback(d.teamLead().id(),
                "Anonymous?", null, null, null, true)))).errors())
                .containsEntry("anonymous", "feedback.anonymous.not-allowed");
        assertThat(signedIn(as(d, d.employee()), () -> feedback.anonymousAllowedFor(d.teamLead().id()))).isFalse();
    }

    @Test
    void settingsAreForHrAdminsWithOptimisticLocking() {
        Company d = tenants.create("fbset");
        FeedbackSettings read = signedIn(as(d, d.hrAdmin()), settings::current);
        assertThat(read).isEqualTo(FeedbackSettings.DEFAULTS);
        assertThatThrownBy(() -> signedIn(as(d, d.manager()), () -> settings.save(read)))
                .isInstanceOf(AccessDeniedException.class);
        signedIn(as(d, d.hrAdmin()), () -> settings.save(new FeedbackSettings(false, true,
                ManagerVisibility.MANAGER_CHAIN, read.version())));
        assertThatThrownBy(() -> signedIn(as(d, d.hrAdmin()), () -> settings.save(read)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(signedIn(as(d, d.employee()), settings::current).anonymousPeerAllowed()).isFalse();
    }

    @Test
    void badFeedbackIsRefusedWithAMessageAtItsField() {
        assertThat(errors(() -> give(c, c.employee(), c.teamLead(), "   ", null)).errors())
                .containsEntry("text", "feedback.text.required");
        assertThat(errors(() -> give(c, c.employee(), c.employee(), "Me!", null)).errors())
                .containsEntry("receiverId", "feedback.receiver.self");
        assertThat(errors(() -> give(c, c.employee(), other.employee(), "Hello", null)).errors())
                .containsEntry("receiverId", "feedback.receiver.unknown");
        assertThat(errors(() -> signedIn(as(c, c.employee()), () -> feedback.give(new NewFeedback(null, "x", null,
                null, null, false)))).errors()).containsEntry("receiverId", "feedback.receiver.required");
        assertThat(errors(() -> give(c, c.employee(), c.teamLead(), "x".repeat(4001), null)).errors())
                .containsEntry("text", "feedback.text.too-long");
        // managers' feedback is never anonymous; anonymous feedback links no goal
        assertThat(errors(() -> signedIn(as(c, c.manager()), () -> feedback.give(new NewFeedback(c.employee().id(),
                "Anonymous boss", null, null, null, true)))).errors())
                .containsEntry("anonymous", "feedback.anonymous.not-allowed");
        assertThat(errors(() -> signedIn(as(c, c.employee()), () -> feedback.give(new NewFeedback(c.teamLead().id(),
                "Goal", null, UUID.randomUUID(), null, true)))).errors())
                .containsEntry("goalId", "feedback.goal.not-with-anonymous");
        assertThat(errors(() -> signedIn(as(c, c.employee()), () -> feedback.give(new NewFeedback(c.teamLead().id(),
                "Goal", null, UUID.randomUUID(), null, false)))).errors())
                .containsEntry("goalId", "feedback.goal.unknown");
        // an inactive person
        Company d = tenants.create("fbinactive");
        signedIn(as(d, d.hrAdmin()), () -> {
            people.deactivate(d.member().id(), null, 0);
            return null;
        });
        assertThat(errors(() -> give(d, d.employee(), d.member(), "Hello", null)).errors())
                .containsEntry("receiverId", "feedback.receiver.inactive");
        assertThat(errors(() -> signedIn(as(d, d.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(d.member().id()), "How am I doing?", io.kadens.support.TestTenants.today().plusDays(3))))).errors())
                .containsEntry("recipientIds", "feedback.request.recipients.inactive");
    }

    @Test
    void feedbackLinksOnlyGoalsTheGiverSeesAndTheGoalShowsWhatTheReaderMaySee() {
        Company d = tenants.create("fbgoal");
        LocalDate today = io.kadens.support.TestTenants.today();
        UUID cycle = signedIn(as(d, d.hrAdmin()), () -> goalAdministration.createCycle(new io.kadens.goals.GoalCycleData(
                "Now", io.kadens.goals.CycleKind.QUARTER, today.minusDays(30), today.plusDays(60), false)));
        UUID shared = signedIn(as(d, d.employee()), () -> goals.create(new io.kadens.goals.GoalData("Shared goal", "",
                io.kadens.goals.GoalLevel.INDIVIDUAL, null, null, d.employee().id(), java.util.Set.of(), null,
                io.kadens.goals.GoalVisibility.TENANT, cycle, null, null, null, io.kadens.goals.GoalKind.BUSINESS)));
        UUID hidden = signedIn(as(d, d.employee()), () -> goals.create(new io.kadens.goals.GoalData("Private goal", "",
                io.kadens.goals.GoalLevel.INDIVIDUAL, null, null, d.employee().id(), java.util.Set.of(), null,
                io.kadens.goals.GoalVisibility.PRIVATE, cycle, null, null, null, io.kadens.goals.GoalKind.BUSINESS)));
        FeedbackItem linked = signedIn(as(d, d.teamLead()), () -> feedback.give(new NewFeedback(d.employee().id(),
                "Good progress on the shared goal", null, shared, FeedbackVisibility.RECEIVER_ONLY, false)));
        assertThat(linked.goalId()).isEqualTo(shared);
        // a private goal of someone else is "unknown" to the giver, like a missing one
        assertThat(errors(() -> signedIn(as(d, d.teamLead()), () -> feedback.give(new NewFeedback(d.employee().id(),
                "About the private goal", null, hidden, null, false)))).errors())
                .containsEntry("goalId", "feedback.goal.unknown");
        // the goal detail shows the feedback to its receiver and author, not to a colleague who may see the goal
        assertThat(signedIn(as(d, d.employee()), () -> goalLinks.forGoal(shared)))
                .extracting(io.kadens.goals.LinkedFeedback::excerpt).containsExactly("Good progress on the shared goal");
        assertThat(signedIn(as(d, d.teamLead()), () -> goalLinks.forGoal(shared))).hasSize(1);
        assertThat(signedIn(as(d, d.member()), () -> goalLinks.forGoal(shared))).isEmpty();
        assertThat(signedIn(as(d, d.manager()), () -> goalLinks.forGoal(shared))).isEmpty();
    }

    @Test
    void repliesMakeAThreadForEveryoneWhoSeesTheItem() {
        FeedbackItem item = give(c, c.teamLead(), c.employee(), "Great demo today", null);
        FeedbackReply reply = signedIn(as(c, c.employee()), () -> feedback.reply(item.id(), "Thank you!"));
        assertThat(reply.authorName()).isEqualTo(c.employee().givenName() + " " + c.employee().familyName());
        assertThat(reply.writtenAt()).isNotNull();
        signedIn(as(c, c.manager()), () -> feedback.reply(item.id(), "Agreed, well done"));
        assertThat(signedIn(as(c, c.teamLead()), () -> feedback.replies(item.id())))
                .extracting(FeedbackReply::text).containsExactly("Thank you!", "Agreed, well done");
        assertThat(signedIn(as(c, c.employee()), () -> feedback.find(item.id()))).get()
                .extracting(FeedbackItem::replyCount).isEqualTo(2);
        // a colleague who may not see the item cannot read or write its thread
        assertThatThrownBy(() -> signedIn(as(c, c.member()), () -> feedback.replies(item.id())))
                .isInstanceOf(FeedbackNotFoundException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.member()), () -> feedback.reply(item.id(), "Me too")))
                .isInstanceOf(FeedbackNotFoundException.class);
        assertThat(errors(() -> signedIn(as(c, c.employee()), () -> feedback.reply(item.id(), " "))).errors())
                .containsEntry("text", "feedback.reply.required");
    }

    @Test
    void aRequestWaitingOnAnErasedRecipientIsDeclinedOnTheOrganisationsDay() {
        Company d = tenants.create("fberaseday");
        java.time.ZoneId stockholm = java.time.ZoneId.of("Europe/Stockholm");
        LocalDate organisationsDay = LocalDate.now(stockholm).plusDays(1);
        signedIn(as(d, d.manager()), () -> requests.request(new NewFeedbackRequest(d.member().id(),
                List.of(d.employee().id()), "How does Member work with you?", organisationsDay.plusDays(7))));
        // Half past midnight in Stockholm is still the day before in UTC.
        clock.at(organisationsDay.atStartOfDay(stockholm).plusMinutes(30).toInstant());
        try {
            signedIn(as(d, d.hrAdmin()), () -> privacy.erase(d.employee().id()));
        } finally {
            clock.reset();
        }
        assertThat(signedIn(as(d, d.manager()), () -> requests.askedByMe())).singleElement()
                .satisfies(r -> assertThat(r.recipients()).singleElement().satisfies(recipient -> {
                    assertThat(recipient.status()).isEqualTo(RequestStatus.DECLINED);
                    assertThat(recipient.respondedOn()).isEqualTo(organisationsDay);
                }));
    }

    @Test
    void requestsAreAnsweredOrDeclinedByTheirRecipientsAndAnnounced() {
        Company d = tenants.create("fbreq");
        FeedbackRequest asked = signedIn(as(d, d.manager()), () -> requests.request(new NewFeedbackRequest(
                d.member().id(), List.of(d.employee().id(), d.hrAdmin().id()), "How does Member work with you?",
                io.kadens.support.TestTenants.today().plusDays(2))));
        assertThat(asked.subjectId()).isEqualTo(d.member().id());
        assertThat(events.stream(FeedbackRequested.class)).contains(new FeedbackRequested(d.id(), asked.id(), d.manager().id(),
                d.member().id(), List.of(d.employee().id(), d.hrAdmin().id()), "How does Member work with you?",
                io.kadens.support.TestTenants.today().plusDays(2)));
        assertThat(signedIn(as(d, d.employee()), () -> requests.toAnswer())).extracting(FeedbackRequest::id)
                .containsExactly(asked.id());

        FeedbackItem answer = signedIn(as(d, d.employee()), () -> requests.answer(asked.id(),
                new AnswerToRequest("Very reliable", null, FeedbackVisibility.RECEIVER_ONLY)));
        assertThat(answer.receiverId()).isEqualTo(d.member().id());
        assertThat(answer.requestId()).isEqualTo(asked.id());
        signedIn(as(d, d.hrAdmin()), () -> {
            requests.decline(asked.id());
            return null;
        });
        // answered or declined: not open any more, answering again is "not found"
        assertThat(signedIn(as(d, d.employee()), () -> requests.toAnswer())).isEmpty();
        assertThatThrownBy(() -> signedIn(as(d, d.employee()), () -> requests.answer(asked.id(),
                new AnswerToRequest("Again", null, null)))).isInstanceOf(FeedbackNotFoundException.class);
        assertThat(signedIn(as(d, d.manager()), () -> requests.askedByMe())).singleElement()
                .satisfies(r -> assertThat(r.recipients()).extracting(RequestRecipient::status)
                        .containsExactlyInAnyOrder(RequestStatus.ANSWERED, RequestStatus.DECLINED));
        // the requester reads the answer although it was for the receiver only and the team lead is the manager
        assertThat(texts(d, d.manager(), d.member())).containsExactly("Very reliable");
        assertThat(texts(d, d.teamLead(), d.member())).isEmpty();
        // nobody else sees the request
        assertThatThrownBy(() -> signedIn(as(d, d.teamLead()), () -> requests.find(asked.id())))
                .isInstanceOf(FeedbackNotFoundException.class);
    }

    @Test
    void badRequestsAreRefusedAtTheirFields() {
        Company d = tenants.create("fbreqbad");
        var refused = errors(() -> signedIn(as(d, d.employee()), () -> requests.request(new NewFeedbackRequest(
                d.teamLead().id(), List.of(d.teamLead().id(), other.employee().id()), " ",
                io.kadens.support.TestTenants.today().minusDays(1))))).errors();
        assertThat(refused)
                .containsEntry("subjectId", "feedback.request.subject.not-yours")
                .containsEntry("recipientIds", "feedback.request.recipients.subject")
                .containsEntry("question", "feedback.request.question.required")
                .containsEntry("dueDate", "feedback.request.due.past");
        assertThat(errors(() -> signedIn(as(d, d.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(other.employee().id()), "Q", io.kadens.support.TestTenants.today())))).errors())
                .containsEntry("recipientIds", "feedback.request.recipients.unknown");
        assertThat(errors(() -> signedIn(as(d, d.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(), "Q", io.kadens.support.TestTenants.today())))).errors())
                .containsEntry("recipientIds", "feedback.request.recipients.required");
    }

    @Test
    void dueRemindersArePublishedOncePerOpenRecipient() {
        Company d = tenants.create("fbdue");
        LocalDate due = io.kadens.support.TestTenants.today().plusDays(1);
        FeedbackRequest asked = signedIn(as(d, d.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(d.teamLead().id(), d.member().id()), "Thoughts on my demo?", due)));
        signedIn(as(d, d.member()), () -> {
            requests.decline(asked.id());
            return null;
        });
        int first = io.kadens.tenants.TenantScope.call(d.id(), () -> requests.publishDueReminders(due));
        int second = io.kadens.tenants.TenantScope.call(d.id(), () -> requests.publishDueReminders(due));
        assertThat(first).isOne();
        assertThat(second).isZero();
        assertThat(events.stream(FeedbackRequestDue.class)).containsExactly(new FeedbackRequestDue(d.id(), asked.id(), d.teamLead().id(),
                d.employee().id(), d.employee().id(), due));
    }

    @Test
    void praiseIsPublicWithOneReactionOfEachKindPerPerson() {
        Company d = tenants.create("fbpraise");
        Praise given = signedIn(as(d, d.employee()), () -> praise.give(new NewPraise(d.member().id(),
                "Thanks for the help!")));
        assertThat(events.stream(PraiseGiven.class)).contains(new PraiseGiven(d.id(), given.id(), d.employee().id(), d.member().id(),
                "Thanks for the help!"));
        signedIn(as(d, d.teamLead()), () -> praise.react(given.id(), Reaction.HEART));
        signedIn(as(d, d.teamLead()), () -> praise.react(given.id(), Reaction.HEART));
        signedIn(as(d, d.teamLead()), () -> praise.react(given.id(), Reaction.CLAP));
        Praise seen = signedIn(as(d, d.hrAdmin()), () -> praise.react(given.id(), Reaction.HEART));
        assertThat(seen.reactions()).filteredOn(r -> r.reaction() == Reaction.HEART).singleElement()
                .satisfies(r -> {
                    assertThat(r.count()).isEqualTo(2);
                    assertThat(r.mine()).isTrue();
                });
        Praise after = signedIn(as(d, d.teamLead()), () -> praise.unreact(given.id(), Reaction.HEART));
        assertThat(after.reactions()).filteredOn(r -> r.reaction() == Reaction.HEART).singleElement()
                .satisfies(r -> assertThat(r.mine()).isFalse()).extracting(ReactionCount::count).isEqualTo(1);
        // everyone in the tenant sees it; another tenant does not
        assertThat(signedIn(as(d, d.ceo()), () -> praise.feed(10))).extracting(Praise::id).contains(given.id());
        assertThat(signedIn(as(other, other.ceo()), () -> praise.feed(10))).extracting(Praise::id)
                .doesNotContain(given.id());
        assertThatThrownBy(() -> signedIn(as(other, other.ceo()), () -> praise.react(given.id(), Reaction.STAR)))
                .isInstanceOf(FeedbackNotFoundException.class);
        assertThat(errors(() -> signedIn(as(d, d.employee()), () -> praise.give(new NewPraise(d.employee().id(),
                "x".repeat(281))))).errors())
                .containsEntry("recipientId", "feedback.praise.recipient.self")
                .containsEntry("text", "feedback.praise.text.too-long");
    }

    @Test
    void recentTextsAreTheBoundTenantsNewestWithinTheLimit() {
        Company d = tenants.create("fbrecent");
        give(d, d.employee(), d.member(), "The handover notes were clear and complete.", FeedbackVisibility.RECEIVER_AND_MANAGERS);
        give(d, d.teamLead(), d.member(), "You kept the release notes short and useful.", FeedbackVisibility.RECEIVER_AND_MANAGERS);
        give(other, other.employee(), other.member(), "Another company's feedback.", FeedbackVisibility.RECEIVER_AND_MANAGERS);
        LocalDate today = LocalDate.now(clock);

        assertThat(io.kadens.tenants.TenantScope.call(d.id(), () -> texts.recent(today.minusYears(1), 10)))
                .extracting(FeedbackTexts.Text::body).containsExactlyInAnyOrder(
                        "The handover notes were clear and complete.", "You kept the release notes short and useful.");
        assertThat(io.kadens.tenants.TenantScope.call(d.id(), () -> texts.recent(today.minusYears(1), 1))).hasSize(1);
        assertThat(io.kadens.tenants.TenantScope.call(d.id(), () -> texts.recent(today.plusDays(2), 10))).isEmpty();
    }
}
