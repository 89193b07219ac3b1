package io.kadens.feedback;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Feedback in a test company, its texts naming the company's slug so that a leak shows up in any response:
 * a named item with a reply, an anonymous group above the threshold, an open request and praise.
 * For the isolation suite.
 */
@Component
public class FeedbackTestData {

    private final Feedback feedback;
    private final FeedbackRequests requests;
    private final PraiseFeed praise;

    FeedbackTestData(Feedback feedback, FeedbackRequests requests, PraiseFeed praise) {
        this.feedback = feedback;
        this.requests = requests;
        this.praise = praise;
    }

    public record Seeded(UUID feedbackItem, UUID anonymousItem, UUID request, UUID praise) {
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
                LocalDate.now().plusDays(5)))).id();
        UUID praised = signedIn(as(company, company.teamLead()), () -> praise.give(new NewPraise(
                company.member().id(), "Praise of " + company.slug()))).id();
        signedIn(as(company, company.member()), () -> praise.react(praised, Reaction.TADA));
        return new Seeded(item, anonymous, request, praised);
    }
}
