package io.kadens.feedbacksummary;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.AnswerMode;
import io.kadens.ai.summary.Caveat;
import io.kadens.ai.summary.Polarity;
import io.kadens.feedback.Feedback;
import io.kadens.feedback.FeedbackEvidence;
import io.kadens.feedback.FeedbackVisibility;
import io.kadens.feedback.NewFeedback;
import io.kadens.feedbacksummary.FeedbackSummaryReport.Citation;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may ask for a summary, and that every citation of every summary resolves to a feedback item
 * the requester may see: over every role of a company, for several people, with private and
 * anonymous items in the mix. Anonymous items only above the threshold, never attributed.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackSummaryAccessTest {

    @Autowired
    FeedbackSummaryService summaries;
    @Autowired
    Feedback feedback;
    @Autowired
    TestTenants tenants;
    @Autowired
    io.kadens.settings.TenantSettingsService settings;

    Company c;
    Company other;
    UUID privateItem;
    static final String BELOW_THRESHOLD_MARKER = "whiteboard";

    @BeforeAll
    void feedbackThreads() {
        c = tenants.create("sumacc");
        other = tenants.create("sumother");
        // Calibration on: HR admins read everyone's summaries (FeedbackSummaryCalibrationAccessTest has both values).
        FeedbackSummaryCalibrationAccessTest.hrReadsSummaries(settings, c, true);
        give(c.manager(), c.employee(), "Your customer presentations are clear and convincing. "
                + "The weekly status reports were late again.", false);
        give(c.teamLead(), c.employee(), "Great customer presentation at the workshop, very clear and engaging.", false);
        give(c.member(), c.employee(), "The weekly status reports often arrive late and are confusing.", false);
        give(c.ceo(), c.employee(), "Excellent customer demo last week, clear and convincing.", false);
        privateItem = signedIn(as(c, c.hrAdmin()), () -> feedback.give(new NewFeedback(c.employee().id(),
                "Your customer presentations are excellent and very clear.", null, null,
                FeedbackVisibility.RECEIVER_ONLY, false))).id();
        // Three distinct anonymous authors: above the default threshold of three.
        give(c.teamLead(), c.employee(), "Status reports are unclear and come too late for planning.", true);
        give(c.member(), c.employee(), "The status updates arrive late and confuse the whole team.", true);
        give(c.hrAdmin(), c.employee(), "The weekly status report is often late and hard to read.", true);
        // Upward feedback to the manager: two anonymous authors only, below the threshold.
        give(c.employee(), c.manager(), "The " + BELOW_THRESHOLD_MARKER + " sessions are chaotic and confusing.", true);
        give(c.teamLead(), c.manager(), "Our " + BELOW_THRESHOLD_MARKER + " planning is chaotic and confusing.", true);
        give(c.ceo(), c.manager(), "Your planning of the quarter was excellent and very clear.", false);
        give(c.ceo(), c.manager(), "Excellent, clear planning of the budget.", false);
        give(other.manager(), other.employee(), "Great customer presentations, very clear.", false);
    }

    /** Every item given in this class, this tenant's and the other's. */
    final List<UUID> given = new java.util.ArrayList<>();

    private void give(Person from, Person to, String text, boolean anonymous) {
        given.add(signedIn(as(c.employee().equals(to) || c.manager().equals(to) ? c : other, from),
                () -> feedback.give(new NewFeedback(to.id(), text, null, null, null, anonymous))).id());
    }

    private List<Person> everyone(Company company) {
        return List.of(company.ceo(), company.hrAdmin(), company.manager(), company.employee(), company.teamLead(),
                company.member());
    }

    private boolean mayAsk(Person requester, Person about) {
        return requester.equals(about) || requester.equals(c.hrAdmin()) || requester.equals(c.ceo())
                || requester.equals(c.manager()) && (about.equals(c.employee()) || about.equals(c.teamLead())
                || about.equals(c.member())) || requester.equals(c.teamLead()) && about.equals(c.member());
    }

    @Test
    void theBatchCitationCheckSeesExactlyWhatEachItemsOwnLookUpSees() {
        List<UUID> all = new java.util.ArrayList<>(given);
        all.add(privateItem);
        all.add(UUID.randomUUID());
        for (Person requester : everyone(c)) {
            Set<UUID> oneByOne = signedIn(as(c, requester), () -> all.stream()
                    .filter(id -> feedback.find(id).isPresent()).collect(Collectors.toSet()));
            Set<UUID> batch = signedIn(as(c, requester), () -> feedback.visibleIds(all));
            assertThat(batch).as(requester.familyName()).isEqualTo(oneByOne);
        }
        // The employee sees the anonymous group about themselves (three authors) but not the items below the
        // threshold about their manager, nor the other tenant's item: the batch is not simply "everything".
        Set<UUID> employeeSees = signedIn(as(c, c.employee()), () -> feedback.visibleIds(all));
        assertThat(employeeSees).contains(given.get(4), given.get(5), given.get(6), privateItem)
                .doesNotContain(given.get(11));
        assertThat(signedIn(as(c, c.manager()), () -> feedback.visibleIds(all)))
                .doesNotContain(given.get(7), given.get(8), privateItem);
    }

    @Test
    void everyCitationResolvesToAnItemTheRequesterMaySeeForEveryRoleAndPerson() {
        int summariesChecked = 0;
        for (Person requester : everyone(c)) {
            for (Person about : List.of(c.employee(), c.manager(), c.member())) {
                if (!mayAsk(requester, about)) {
                    assertThatThrownBy(() -> signedIn(as(c, requester),
                            () -> summaries.summarize(about.id(), null, null)))
                            .as("%s about %s", requester.familyName(), about.familyName())
                            .isInstanceOf(FeedbackSummaryNotFoundException.class);
                    continue;
                }
                FeedbackSummaryReport report = signedIn(as(c, requester), () -> summaries.summarize(about.id(), null, null));
                Set<UUID> visible = signedIn(as(c, requester), () -> feedback.evidenceAbout(about.id(),
                        TestTenants.today().minusYears(1), TestTenants.today().plusDays(1))).stream()
                        .map(FeedbackEvidence::feedbackId).collect(Collectors.toSet());
                List<UUID> cited = citations(report);
                assertThat(visible).as("%s about %s", requester.familyName(), about.familyName()).containsAll(cited);
                cited.forEach(id -> assertThat(signedIn(as(c, requester), () -> feedback.find(id))).isPresent());
                assertThat(report.coverage().items()).isEqualTo(visible.size());
                if (!requester.equals(c.employee())) {
                    assertThat(cited).doesNotContain(privateItem);
                }
                summariesChecked++;
            }
        }
        assertThat(summariesChecked).isGreaterThanOrEqualTo(8);
        // The employee's own summary and their manager's both find the two recurring themes.
        for (Person requester : List.of(c.employee(), c.manager())) {
            FeedbackSummaryReport report = signedIn(as(c, requester), () -> summaries.summarize(c.employee().id(), null, null));
            assertThat(report.mode()).isEqualTo(AnswerMode.OFFLINE);
            assertThat(report.themes()).extracting(FeedbackSummaryReport.ThemeView::polarity)
                    .contains(Polarity.STRENGTH, Polarity.GROWTH_AREA);
            assertThat(report.themes()).allSatisfy(theme -> {
                assertThat(theme.quotes()).hasSizeBetween(1, 3);
                assertThat(theme.summary()).isNotEmpty();
            });
        }
    }

    @Test
    void othersAndAnotherTenantsPeopleAreNotFoundAlike() {
        for (Person requester : everyone(c)) {
            for (UUID foreign : List.of(other.employee().id(), other.manager().id(), UUID.randomUUID())) {
                assertThatThrownBy(() -> signedIn(as(c, requester), () -> summaries.summarize(foreign, null, null)))
                        .isInstanceOf(FeedbackSummaryNotFoundException.class);
                assertThat(signedIn(as(c, requester), () -> summaries.mayView(foreign))).isFalse();
            }
        }
        assertThatThrownBy(() -> signedIn(as(c, c.member()), () -> summaries.summarize(c.employee().id(), null, null)))
                .isInstanceOf(FeedbackSummaryNotFoundException.class);
    }

    @Test
    void anonymousItemsAppearOnlyAboveTheThresholdAndAreNeverAttributedOrDated() throws Exception {
        FeedbackSummaryReport employee = signedIn(as(c, c.employee()), () -> summaries.summarize(c.employee().id(), null, null));
        List<FeedbackSummaryReport.QuoteView> anonymousQuotes = employee.themes().stream()
                .flatMap(theme -> theme.quotes().stream()).filter(FeedbackSummaryReport.QuoteView::anonymous).toList();
        assertThat(employee.coverage().anonymous()).isEqualTo(3);
        String json = JsonMapper.builder().build().writeValueAsString(employee);
        // No author of any item is named anywhere in the summary, anonymous or not.
        for (Person author : List.of(c.manager(), c.teamLead(), c.member(), c.ceo(), c.hrAdmin())) {
            assertThat(json).doesNotContain(author.familyName(), author.email());
        }
        anonymousQuotes.forEach(quote -> assertThat(quote.text()).containsIgnoringCase("status"));
        // A quote is flagged anonymous exactly when its item is one of the anonymous ones.
        Set<UUID> anonymousItems = signedIn(as(c, c.employee()), () -> feedback.evidenceAbout(c.employee().id(),
                TestTenants.today().minusYears(1), TestTenants.today().plusDays(1))).stream()
                .filter(FeedbackEvidence::anonymous).map(FeedbackEvidence::feedbackId).collect(Collectors.toSet());
        assertThat(anonymousItems).hasSize(3);
        employee.themes().stream().flatMap(theme -> theme.quotes().stream()).forEach(quote -> assertThat(
                quote.anonymous()).isEqualTo(anonymousItems.contains(quote.citation().feedbackId())));

        // Below the threshold (two authors): nothing of the anonymous items is used, for the receiver or above.
        for (Person requester : List.of(c.manager(), c.ceo())) {
            FeedbackSummaryReport manager = signedIn(as(c, requester), () -> summaries.summarize(c.manager().id(), null, null));
            assertThat(JsonMapper.builder().build().writeValueAsString(manager)).doesNotContain(BELOW_THRESHOLD_MARKER);
            assertThat(manager.coverage().anonymous()).isZero();
            assertThat(manager.coverage().items()).isEqualTo(2);
        }
    }

    @Test
    void coverageCountsAndMissingSourceCaveats() {
        FeedbackSummaryReport employee = signedIn(as(c, c.employee()), () -> summaries.summarize(c.employee().id(), null, null));
        // manager + CEO (the chain) count as manager feedback; team lead, member, HR admin as colleagues.
        assertThat(employee.coverage().items()).isEqualTo(8);
        assertThat(employee.coverage().bySource().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        assertThat(employee.coverage().anonymous()).isEqualTo(3);
        assertThat(employee.coverage().firstDate()).isNotNull();
        assertThat(employee.coverage().recentItems()).isEqualTo(5);
        assertThat(employee.coverage().recentPercent()).isEqualTo(100);
        // The employee has no reports: no caveat about upward feedback; a six-month period, all of it recent.
        assertThat(employee.caveats()).extracting(FeedbackSummaryReport.CaveatView::kind)
                .doesNotContain(Caveat.Kind.NO_UPWARD_FEEDBACK, Caveat.Kind.NO_PEER_FEEDBACK)
                .contains(Caveat.Kind.MOSTLY_RECENT);

        // The manager has reports, but their upward feedback is below the threshold; nothing from colleagues.
        FeedbackSummaryReport manager = signedIn(as(c, c.manager()), () -> summaries.summarize(c.manager().id(), null, null));
        assertThat(manager.caveats()).extracting(FeedbackSummaryReport.CaveatView::kind)
                .contains(Caveat.Kind.NO_UPWARD_FEEDBACK, Caveat.Kind.NO_PEER_FEEDBACK, Caveat.Kind.TOO_FEW_ITEMS);
        assertThat(manager.caveats()).allSatisfy(caveat -> assertThat(caveat.message()).doesNotStartWith("!"));

        // A period in the past without feedback: nothing to summarise, and it says so.
        FeedbackSummaryReport empty = signedIn(as(c, c.employee()), () -> summaries.summarize(c.employee().id(),
                TestTenants.today().minusYears(2), TestTenants.today().minusYears(1)));
        assertThat(empty.themes()).isEmpty();
        assertThat(empty.coverage().items()).isZero();
        assertThat(empty.caveats()).extracting(FeedbackSummaryReport.CaveatView::kind).contains(Caveat.Kind.TOO_FEW_ITEMS);
    }

    @Test
    void aQuotedItemOpensOnlyForThoseWhoMaySeeItAndNeverWithItsAuthor() {
        assertThat(signedIn(as(c, c.employee()), () -> summaries.citedItem(privateItem))).hasValueSatisfying(item ->
                assertThat(item.text()).contains("excellent and very clear"));
        assertThat(signedIn(as(c, c.manager()), () -> summaries.citedItem(privateItem))).isEmpty();
        assertThat(signedIn(as(other, other.manager()), () -> summaries.citedItem(privateItem))).isEmpty();
        FeedbackSummaryReport report = signedIn(as(c, c.employee()), () -> summaries.summarize(c.employee().id(), null, null));
        report.themes().stream().flatMap(theme -> theme.quotes().stream()).filter(FeedbackSummaryReport.QuoteView::anonymous)
                .forEach(quote -> assertThat(signedIn(as(c, c.employee()), () -> summaries.citedItem(
                        quote.citation().feedbackId()))).hasValueSatisfying(item -> {
                            assertThat(item.anonymous()).isTrue();
                            assertThat(item.givenOn()).isNull();
                        }));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrSpansMoreThanThreeYearsIsRefusedAtItsField() {
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> summaries.summarize(c.employee().id(),
                TestTenants.today(), TestTenants.today().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("to", "summary.period.order"));
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> summaries.summarize(c.employee().id(),
                TestTenants.today().minusYears(4), TestTenants.today())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("from", "summary.period.too-long"));
    }

    static List<UUID> citations(FeedbackSummaryReport report) {
        List<UUID> cited = new ArrayList<>();
        report.themes().forEach(theme -> {
            theme.quotes().forEach(quote -> cited.add(quote.citation().feedbackId()));
            theme.summary().forEach(sentence -> sentence.citations().stream().map(Citation::feedbackId).forEach(cited::add));
        });
        return cited;
    }
}
