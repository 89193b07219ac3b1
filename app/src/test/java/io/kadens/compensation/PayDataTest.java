package io.kadens.compensation;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Pay data through the service: ranges, salaries, compa-ratios, the import (all or none) and who may read. */
@KadensSpringTest
class PayDataTest {

    @Autowired
    PayData pay;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompensationTestData testData;

    Company c;
    CompensationTestData.Seeded seeded;

    @BeforeEach
    void seed() {
        c = tenants.create("pay");
        seeded = testData.seed(c);
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    @Test
    void theCompaRatioIsTheSalaryOverTheMidpointOfTheLevelsRange() {
        Pay sara = as(c.hrAdmin(), () -> pay.payOf(c.employee().id())).orElseThrow();
        assertThat(sara.salary()).isEqualByComparingTo("45000");
        assertThat(sara.range().mid()).isEqualByComparingTo("50000");
        assertThat(sara.compaRatio()).isEqualByComparingTo("0.900");
        Pay inEuro = as(c.hrAdmin(), () -> pay.setSalary(c.employee().id(), new BigDecimal("4000"), "eur",
                sara.version()));
        assertThat(inEuro.currency()).isEqualTo("EUR");
        assertThat(inEuro.compaRatio()).as("no ratio across currencies").isNull();
    }

    @Test
    void theManagerAboveReadsPayAndPeersAndThePersonAreRefused() {
        assertThat(as(c.manager(), () -> pay.payOf(c.member().id()))).isPresent();
        assertThat(as(c.manager(), () -> pay.payOf(List.of(c.employee().id(), c.ceo().id(), c.member().id()))))
                .as("the batch read leaves out what the reader may not see")
                .containsOnlyKeys(c.employee().id(), c.member().id());
        assertThatThrownBy(() -> as(c.teamLead(), () -> pay.payOf(c.employee().id())))
                .as("a peer").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> pay.payOf(c.employee().id())))
                .as("the person, by default").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.employee(), () -> pay.payOf(c.manager().id())))
                .as("a report").isInstanceOf(AccessDeniedException.class);
        PaySettings settings = as(c.hrAdmin(), () -> pay.changeSettings(true, 0));
        assertThat(settings.employeesSeeOwnPay()).isTrue();
        assertThat(as(c.employee(), () -> pay.payOf(c.employee().id()))).isPresent();
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> pay.changeSettings(false, 0)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void onlyHrAdminsWritePayData() {
        assertThatThrownBy(() -> as(c.manager(), () -> pay.setSalary(c.employee().id(), BigDecimal.TEN, "SEK", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> pay.setRange(seeded.lowerLevelId(), "SEK", BigDecimal.ONE,
                BigDecimal.TWO, BigDecimal.TEN, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> pay.importCsv("email,salary,currency\n".getBytes())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badAmountsAndStaleVersionsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> pay.setRange(seeded.lowerLevelId(), "SEK",
                new BigDecimal("70000"), new BigDecimal("50000"), new BigDecimal("60000"), 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("mid"));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> pay.setSalary(c.employee().id(), new BigDecimal("-1"), "SE",
                1))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKeys("salary", "currency"));
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> pay.setSalary(c.employee().id(), new BigDecimal("46000"),
                "SEK", 0))).as("a first salary where one exists").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(c.hrAdmin(), () -> pay.setRange(seeded.lowerLevelId(), "SEK",
                BigDecimal.ONE, BigDecimal.TWO, BigDecimal.TEN, 7))).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(c.hrAdmin(), () -> pay.payOf(c.employee().id())).orElseThrow().salary())
                .isEqualByComparingTo(CompensationTestData.EMPLOYEE_SALARY);
    }

    @Test
    void anImportWritesEveryRowOrNoneWithAReportPerRow() {
        String bad = "email,salary,currency\n" + c.employee().email() + ",52000,SEK\n"
                + "nobody@nowhere.test,1000,SEK\n" + c.member().email() + ",lots,SEK\n"
                + c.teamLead().email() + ",50000,kronor\n";
        PayImportReport refused = as(c.hrAdmin(), () -> pay.importCsv(bad.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.problems()).extracting(PayImportReport.Problem::line, PayImportReport.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "email"),
                        org.assertj.core.groups.Tuple.tuple(4, "salary"),
                        org.assertj.core.groups.Tuple.tuple(5, "currency"));
        assertThat(as(c.hrAdmin(), () -> pay.payOf(c.employee().id())).orElseThrow().salary())
                .as("the good first row was not written either").isEqualByComparingTo("45000");

        Company fresh = tenants.create("payimp");
        String good = "\uFEFFEmail,Salary,Currency\n" + fresh.employee().email().toUpperCase() + ",52000.50,sek\n"
                + fresh.member().email() + ",41 000,SEK\n";
        PayImportReport report = signedIn(TestTenants.as(fresh, fresh.hrAdmin()),
                () -> pay.importCsv(good.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.succeeded()).isTrue();
        assertThat(report.written()).extracting(PayImportReport.RowOutcome::line, PayImportReport.RowOutcome::created)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(signedIn(TestTenants.as(fresh, fresh.hrAdmin()), () -> pay.payOf(fresh.member().id())))
                .get().extracting(Pay::salary).satisfies(s -> assertThat(s).isEqualByComparingTo("41000"));
        PayImportReport again = signedIn(TestTenants.as(fresh, fresh.hrAdmin()), () -> pay.importCsv(
                ("email,salary,currency\n" + fresh.member().email() + ",42000,SEK\n" + fresh.member().email()
                        + ",43000,SEK\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(again.problems()).extracting(PayImportReport.Problem::messageKey)
                .containsExactly("compensation.import.duplicate");
    }
}
