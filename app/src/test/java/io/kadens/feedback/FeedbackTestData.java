package io.kadens.feedback;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.support.TestTenants;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feedback in a test company, its texts naming the company's slug so that a leak shows up in any response:
 * a named item with a reply, an anonymous group above the threshold (one item reported, with a pending
 * request to unmask its author), an open request and praise.
 * For the isolation suite.
 */
@Component
public class FeedbackTestData {

    private final Feedback feedback;
    private final FeedbackRequests requests;
    private final PraiseFeed praise;
    private final FeedbackReports reports;

    FeedbackTestData(Feedback feedback, FeedbackRequests requests, PraiseFeed praise, FeedbackReports reports) {
        this.feedback = feedback;
        this.reports = reports;
        this.requests = requests;
        this.praise = praise;
    }

    /** @param unmaskRequest a pending request to unmask the author of the (reported) anonymous item */
    public record Seeded(UUID feedbackItem, UUID anonymousItem, UUID request, UUID praise, UUID unmaskRequest) {
    }

    public Seeded seed(Company company) {
        UUID item = signedIn(as(company, company.manager()), () -> feedback.give(new NewFeedback(
                company.employee().id(), "Feedback of " + company.slug(), null, null, null, false))).id();
        signedIn(as(company, company.employee()), () -> feedback.reply(item, "Reply of " + company.slug()));
        UUID anonymous = null;
        for (Person author : List.of(company.employee(), company.teamLead(), company.member())) {
            UUID id = signedIn(as(company, author), () -> feedback.give(new NewFeedback(company.manager().id(),
                    "Anonymous of " + company.slug() + " by " + author.familyName(), null, null, null, true))).id();
            anonymous = anonymous == null ? id : anonymous;
        }
        UUID request = signedIn(as(company, company.employee()), () -> requests.request(new NewFeedbackRequest(null,
                List.of(company.teamLead().id(), company.manager().id()), "Question of " + company.slug(),
                TestTenants.today().plusDays(5)))).id();
        UUID praised = signedIn(as(company, company.teamLead()), () -> praise.give(new NewPraise(
                company.member().id(), "Praise of " + company.slug()))).id();
        signedIn(as(company, company.member()), () -> praise.react(praised, Reaction.TADA));
        UUID reported = anonymous;
        signedIn(as(company, company.manager()), () -> reports.report(reported, "Report of " + company.slug()));
        UUID unmask = signedIn(as(company, company.hrAdmin()), () -> reports.requestUnmask(reported,
                "Unmask request of " + company.slug())).id();
        return new Seeded(item, anonymous, request, praised, unmask);
    }
}
