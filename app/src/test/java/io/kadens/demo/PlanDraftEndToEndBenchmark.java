package io.kadens.demo;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.development.DevelopmentDrafts;
import io.kadens.development.DraftedPlan;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.security.KadensUser;
import io.kadens.security.Principals;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantScope;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how long "Draft my plan" takes end to end, offline, for each demo persona: gathering the framework,
 * assessments, target role, the feedback summary's growth themes, the hybrid searches of the library and company
 * content and the mentors, then the engine and the resolution of every citation (what
 * {@code POST /api/v1/ai/development-plans/draft} does). p50 and p95 over {@value #RUNS} runs after
 * {@value #WARM_UP} warm-up runs; the target is p95 ≤ 500 ms. Figures are printed, never asserted; run with
 * {@code -Pbench} or {@code -Dtest=PlanDraftEndToEndBenchmark}.
 */
@KadensSpringTest
class PlanDraftEndToEndBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 30;

    @Autowired
    DemoSeeder seeder;
    @Autowired
    Organisations organisations;
    @Autowired
    Principals principals;
    @Autowired
    DevelopmentDrafts drafts;
    @Autowired
    io.kadens.feedbacksummary.FeedbackSummaryService summaries;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void draftMyPlanForEveryDemoPersona() {
        seeder.seed();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        System.out.printf("%n[benchmark] Draft my plan end to end, offline, %d runs each (target p95 <= 500 ms)%n", RUNS);
        long[] all = new long[0];
        for (DemoCompany company : DemoCompanies.all()) {
            Organisation organisation = organisations.bySlug(company.slug()).orElseThrow();
            for (DemoCompany.DemoLogin login : company.logins()) {
                KadensUser user = TenantScope.call(organisation.id(), () -> transactions.execute(status -> {
                    var id = db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(login.email())).fetchOne(EMPLOYEE.ID);
                    return principals.activePerson(organisation, id).orElseThrow();
                }));
                var authentication = TestTenants.token(user);
                DraftedPlan drafted = null;
                for (int i = 0; i < WARM_UP; i++) {
                    drafted = signedIn(authentication, () -> drafts.draft(user.personId(), null, null, null));
                }
                assertThat(drafted).isNotNull();
                long[] nanos = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long started = System.nanoTime();
                    signedIn(authentication, () -> drafts.draft(user.personId(), null, null, null));
                    nanos[i] = System.nanoTime() - started;
                }
                // Of that, the feedback summary the growth themes come from (only asked for when a draft can be made).
                long[] summary = new long[10];
                for (int i = 0; i < summary.length; i++) {
                    long started = System.nanoTime();
                    signedIn(authentication, () -> summaries.summarize(user.personId(), null, null));
                    summary[i] = System.nanoTime() - started;
                }
                Arrays.sort(summary);
                long[] joined = Arrays.copyOf(all, all.length + RUNS);
                System.arraycopy(nanos, 0, joined, all.length, RUNS);
                all = joined;
                Arrays.sort(nanos);
                System.out.printf("[benchmark] %-8s %-8s %-34s objectives %d missing %d  p50 %6.1f ms  p95 %6.1f ms"
                                + "  (feedback summary alone: p50 %6.1f ms)%n",
                        company.slug(), login.persona(), login.email(),
                        drafted.draft() == null ? 0 : drafted.draft().objectives().size(), drafted.missing().size(),
                        nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, summary[5] / 1e6);
            }
        }
        Arrays.sort(all);
        System.out.printf("[benchmark] all personas: p50 %6.1f ms  p95 %6.1f ms%n", all[all.length / 2] / 1e6,
                all[(int) Math.ceil(all.length * 0.95) - 1] / 1e6);
    }
}
