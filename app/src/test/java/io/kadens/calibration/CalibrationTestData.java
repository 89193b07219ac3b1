package io.kadens.calibration;

import static io.kadens.db.Tables.REVIEW;
import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.reviews.ReviewsTestData;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A launched cycle of a test company's Sales department with submitted manager ratings, and a calibration session
 * over it named after the company's slug: the CEO facilitates, the team lead calibrates. The manager is above
 * the employee, the lead and the member but not in the session. For the calibration tests and the isolation suite.
 */
@Component
public class CalibrationTestData {

    private final ReviewsTestData reviews;
    private final CalibrationSessions sessions;
    private final DSLContext db;
    private final TransactionTemplate transactions;

    CalibrationTestData(ReviewsTestData reviews, CalibrationSessions sessions, DSLContext db,
                        PlatformTransactionManager transactionManager) {
        this.reviews = reviews;
        this.sessions = sessions;
        this.db = db;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public record Seeded(UUID cycle, UUID session) {
    }

    public Seeded seed(Company c) {
        UUID cycle = reviews.seed(c).cycle();
        // manager reviews submitted in the contract's shape: the overall rating beside the answers
        managerRating(c, cycle, c.employee().id(), 4);
        managerRating(c, cycle, c.member().id(), 2);
        managerRating(c, cycle, c.teamLead().id(), 3);
        CalibrationSession session = signedIn(as(c, c.hrAdmin()), () -> sessions.create(new SessionDraft(cycle,
                "Calibration of " + c.slug(), ScopeKind.DEPARTMENTS, Set.of(c.salesId()), c.ceo().id(),
                Set.of(c.teamLead().id()), null)));
        return new Seeded(cycle, session.id());
    }

    public void managerRating(Company c, UUID cycle, UUID subject, int rating) {
        TenantScope.run(c.id(), () -> transactions.executeWithoutResult(status ->
                db.update(REVIEW).set(REVIEW.STATUS, "SUBMITTED").set(REVIEW.SUBMITTED_AT, OffsetDateTime.now())
                        .set(REVIEW.OVERALL_RATING, (short) rating)
                        .where(REVIEW.CYCLE_ID.eq(cycle), REVIEW.SUBJECT_ID.eq(subject), REVIEW.FORM.eq("MANAGER"))
                        .execute()));
    }

    /** People of the seeded session, for assertions. */
    public static List<UUID> salesPeople(Company c) {
        return List.of(c.ceo().id(), c.manager().id(), c.employee().id(), c.teamLead().id(), c.member().id());
    }
}
