package io.kadens.demo;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.nextsteps.Home;
import io.kadens.nextsteps.NextSteps;
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
 * Prints how long the home page's "what's next" takes to build (every feature's items and figures, one
 * transaction) for each demo persona: p50 and p95 over {@value #RUNS} runs after {@value #WARM_UP} warm-up
 * runs. The target is p95 ≤ 150 ms. Figures are printed, never asserted; run with {@code -Pbench} or
 * {@code -Dtest=HomeBenchmark}.
 */
@KadensSpringTest
class HomeBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 60;

    @Autowired
    DemoSeeder seeder;
    @Autowired
    Organisations organisations;
    @Autowired
    Principals principals;
    @Autowired
    NextSteps nextSteps;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void homePageOfEveryDemoPersona() {
        seeder.seed();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        System.out.printf("%n[benchmark] home page \"what's next\", %d runs each (target p95 <= 150 ms)%n", RUNS);
        for (DemoCompany company : DemoCompanies.all()) {
            Organisation organisation = organisations.bySlug(company.slug()).orElseThrow();
            for (DemoCompany.DemoLogin login : company.logins()) {
                KadensUser user = TenantScope.call(organisation.id(), () -> transactions.execute(status -> {
                    var id = db.select(EMPLOYEE.ID).from(EMPLOYEE).where(EMPLOYEE.EMAIL.eq(login.email())).fetchOne(EMPLOYEE.ID);
                    return principals.activePerson(organisation, id).orElseThrow();
                }));
                var authentication = TestTenants.token(user);
                Home home = null;
                for (int i = 0; i < WARM_UP; i++) {
                    home = signedIn(authentication, () -> nextSteps.forMe());
                }
                assertThat(home).isNotNull();
                long[] nanos = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long started = System.nanoTime();
                    signedIn(authentication, () -> nextSteps.forMe());
                    nanos[i] = System.nanoTime() - started;
                }
                Arrays.sort(nanos);
                System.out.printf("[benchmark] %-8s %-8s %-34s items %2d figures %d  p50 %6.1f ms  p95 %6.1f ms%n",
                        company.slug(), login.persona(), login.email(), home.steps().size(), home.figures().size(),
                        nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
            }
        }
    }
}
