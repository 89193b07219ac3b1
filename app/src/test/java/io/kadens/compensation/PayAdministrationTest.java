package io.kadens.compensation;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.compensation.PayImportPlan.Action;
import io.kadens.compensation.PayImportPlan.Kind;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What HR's pay page needs of the services: the salary list (paged, filtered), a salary change with its reason in
 * the audit log, deleting an unused range, the compa-ratio distribution, and pay files previewed and then applied
 * all or nothing.
 */
@KadensSpringTest
class PayAdministrationTest {

    @Autowired
    PayData pay;
    @Autowired
    PayImport imports;
    @Autowired
    AuditLog audit;
    @Autowired
    OrganisationStructure structure;
    @Autowired
    TestTenants tenants;
    @Autowired
    CompensationTestData testData;

    Company c;
    CompensationTestData.Seeded seeded;

    @BeforeEach
    void seed() {
        c = tenants.create("payadm");
        seeded = testData.seed(c);
    }

    private <T> T as(Person person, Supplier<T> work) {
        return signedIn(TestTenants.as(c, person), work);
    }

    private <T> T asHr(Supplier<T> work) {
        return as(c.hrAdmin(), work);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSalaryListPagesAndFiltersActivePeopleWithTheirPay() {
        assertThat(asHr(() -> pay.payLineCount(null, null))).isEqualTo(7);
        assertThat(asHr(() -> pay.payLineCount(null, c.salesId()))).isEqualTo(5);
        List<PayLine> firstTwo = asHr(() -> pay.payLines(null, null, 0, 2));
        List<PayLine> rest = asHr(() -> pay.payLines(null, null, 2, 10));
        assertThat(firstTwo).hasSize(2);
        assertThat(rest).hasSize(5).extracting(PayLine::personId)
                .doesNotContainAnyElementsOf(firstTwo.stream().map(PayLine::personId).toList());

        List<PayLine> employee = asHr(() -> pay.payLines(c.employee().familyName(), c.salesId(), 0, 10));
        assertThat(employee).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo(c.employee().givenName() + " " + c.employee().familyName());
            assertThat(line.jobLevelName()).isEqualTo("Associate");
            assertThat(line.pay().compaRatio()).isEqualByComparingTo("0.900");
            // 45 000 in 40 000 – 60 000: a quarter of the way up
            assertThat(line.pay().positionInRange()).isEqualByComparingTo("0.250");
        });
        assertThat(asHr(() -> pay.payLines(c.employee().familyName(), c.supportId(), 0, 10))).isEmpty();
        assertThatThrownBy(() -> as(c.manager(), () -> pay.payLines(null, null, 0, 10)))
                .as("managers read their line's pay elsewhere, never the company's list")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSalaryChangeNeedsAReasonWhichTheAuditLogKeeps() {
        Pay before = asHr(() -> pay.payOf(c.employee().id())).orElseThrow();
        assertThatThrownBy(() -> asHr(() -> pay.setSalary(c.employee().id(), new BigDecimal("47000"), "SEK", "  ",
                before.version()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("reason"));
        Pay after = asHr(() -> pay.setSalary(c.employee().id(), new BigDecimal("47000"), "SEK",
                "Market adjustment", before.version()));
        assertThat(after.salary()).isEqualByComparingTo("47000");
        List<AuditEntry> entries = asHr(() -> audit.search(AuditQuery.about("person", c.employee().id().toString()),
                0, 10));
        assertThat(entries).filteredOn(e -> e.action().equals("pay.salary.set")).first()
                .satisfies(e -> assertThat(e.afterState()).contains("Market adjustment").contains("47000"));
        assertThatThrownBy(() -> asHr(() -> pay.setSalary(c.employee().id(), new BigDecimal("48000"), "SEK",
                "Second thoughts", before.version()))).as("a stale version")
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aRangeIsDeletedOnlyWhenNobodyWithASalaryHoldsItsLevel() {
        PayRange lower = asHr(() -> pay.ranges()).stream().filter(r -> r.jobLevelId().equals(seeded.lowerLevelId()))
                .findFirst().orElseThrow();
        PayRange upper = asHr(() -> pay.ranges()).stream().filter(r -> r.jobLevelId().equals(seeded.upperLevelId()))
                .findFirst().orElseThrow();
        assertThat(asHr(() -> pay.rangeUsage())).containsEntry(seeded.lowerLevelId(), 7)
                .doesNotContainKey(seeded.upperLevelId());
        assertThatThrownBy(() -> asHr(() -> {
            pay.deleteRange(lower.jobLevelId(), lower.version());
            return null;
        })).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("range", "compensation.range.in-use"));
        assertThatThrownBy(() -> asHr(() -> {
            pay.deleteRange(upper.jobLevelId(), upper.version() + 1);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as(c.manager(), () -> {
            pay.deleteRange(upper.jobLevelId(), upper.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        asHr(() -> {
            pay.deleteRange(upper.jobLevelId(), upper.version());
            return null;
        });
        assertThat(asHr(() -> pay.ranges())).extracting(PayRange::jobLevelId)
                .containsExactly(seeded.lowerLevelId());
    }

    @Test
    void theDistributionCountsSalariesPerCompaRatioBucket() {
        asHr(() -> pay.setSalary(c.outsider().id(), new BigDecimal("5000"), "EUR",
                pay.payOf(c.outsider().id()).orElseThrow().version()));
        CompaDistribution distribution = asHr(() -> pay.compaDistribution());
        assertThat(distribution.buckets()).hasSize(10);
        assertThat(distribution.buckets().getFirst().from()).isNull();
        assertThat(distribution.buckets().getLast().to()).isNull();
        // 0.90; 0.96 and 0.98; 1.00, 1.02 and 1.04; the outsider's euros have no ratio
        assertThat(distribution.buckets()).filteredOn(b -> b.people() > 0)
                .extracting(b -> b.from().toPlainString(), CompaDistribution.Bucket::people)
                .containsExactly(tuple("0.90", 1), tuple("0.95", 2), tuple("1.00", 3));
        assertThat(distribution.withoutRatio()).isEqualTo(1);
        assertThat(distribution.withRatio()).isEqualTo(6);
        assertThat(asHr(() -> pay.compaDistributionCsv())).startsWith("bucket,from,to,people\n<0.80,,0.80,0\n")
                .contains("\n0.95-1.00,0.95,1.00,2\n").contains("\n>=1.20,1.20,,0\n").endsWith("\nnone,,,1\n");
        assertThatThrownBy(() -> as(c.manager(), () -> pay.compaDistribution()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSalaryFileIsPreviewedThenAppliedAllOrNothing() {
        String bad = "email,salary,currency\n" + c.employee().email() + ",46000,SEK\n"
                + c.member().email() + ",lots,SEK\n";
        PayImportPlan refused = asHr(() -> imports.apply(Kind.SALARIES, csv(bad), null, done -> { }));
        assertThat(refused.valid()).isFalse();
        assertThat(refused.problems()).extracting(PayImportReport.Problem::line, PayImportReport.Problem::column)
                .containsExactly(tuple(3, "salary"));
        assertThat(asHr(() -> pay.payOf(c.employee().id())).orElseThrow().salary())
                .as("the good row was not written").isEqualByComparingTo(CompensationTestData.EMPLOYEE_SALARY);

        String good = "email,salary,currency\n" + c.employee().email() + ",46000,SEK\n"
                + c.member().email() + ",52000,SEK\n";
        PayImportPlan preview = asHr(() -> imports.preview(Kind.SALARIES, csv(good)));
        assertThat(preview.changes()).extracting(PayImportPlan.Change::line, PayImportPlan.Change::action)
                .containsExactly(tuple(2, Action.UPDATE), tuple(3, Action.UNCHANGED));
        assertThat(preview.changes().getFirst().before().figures().getFirst()).isEqualByComparingTo("45000");
        assertThat(asHr(() -> pay.payOf(c.employee().id())).orElseThrow().salary())
                .as("a preview writes nothing").isEqualByComparingTo(CompensationTestData.EMPLOYEE_SALARY);

        List<Double> progress = new ArrayList<>();
        PayImportPlan applied = asHr(() -> imports.apply(Kind.SALARIES, csv(good), preview, progress::add));
        assertThat(applied.valid()).isTrue();
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(asHr(() -> pay.payOf(c.employee().id())).orElseThrow().salary()).isEqualByComparingTo("46000");
        assertThat(asHr(() -> audit.search(AuditQuery.all(), 0, 20))).extracting(AuditEntry::action)
                .contains("pay.salaries.imported");
    }

    @Test
    void applyingAStalePreviewIsRefusedAndWritesNothing() {
        String file = "email,salary,currency\n" + c.employee().email() + ",46000,SEK\n";
        PayImportPlan preview = asHr(() -> imports.preview(Kind.SALARIES, csv(file)));
        asHr(() -> pay.setSalary(c.employee().id(), new BigDecimal("45500"), "SEK", "Correction",
                pay.payOf(c.employee().id()).orElseThrow().version()));
        assertThatThrownBy(() -> asHr(() -> imports.apply(Kind.SALARIES, csv(file), preview, done -> { })))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asHr(() -> pay.payOf(c.employee().id())).orElseThrow().salary()).isEqualByComparingTo("45500");
    }

    @Test
    void aRangeFileMatchesFamilyAndLevelByNameAndIsCheckedRowByRow() {
        String family = "Family of " + c.slug();
        String bad = "job_family,job_level,currency,min,mid,max\n"
                + family + ",Associate,SEK,41000,51000,61000\n"
                + "No such family,Associate,SEK,1,2,3\n"
                + family + ",Principal,SEK,1,2,3\n"
                + family + ",Senior,SEK,70000,60000,80000\n"
                + family + ",associate,SEK,1,2,3\n";
        PayImportPlan refused = asHr(() -> imports.apply(Kind.RANGES, csv(bad), null, done -> { }));
        assertThat(refused.problems()).extracting(PayImportReport.Problem::line, PayImportReport.Problem::column,
                        PayImportReport.Problem::messageKey)
                .containsExactly(tuple(3, "job_family", "compensation.import.unknown-family"),
                        tuple(4, "job_level", "compensation.import.unknown-level"),
                        tuple(5, "mid", "compensation.import.range-order"),
                        tuple(6, "job_level", "compensation.import.duplicate"));
        assertThat(asHr(() -> pay.ranges())).filteredOn(r -> r.jobLevelId().equals(seeded.lowerLevelId()))
                .singleElement().satisfies(r -> assertThat(r.min()).isEqualByComparingTo("40000"));

        UUID newFamily = asHr(() -> structure.createJobFamily("Ops " + c.slug(), List.of("Coordinator")));
        String good = "job_family,job_level,currency,min,mid,max\n"
                + family.toUpperCase() + ",Associate,sek,41 000,51000,61000\n"
                + "Ops " + c.slug() + ",Coordinator,EUR,3000,3500,4000\n";
        PayImportPlan preview = asHr(() -> imports.preview(Kind.RANGES, csv(good)));
        assertThat(preview.changes()).extracting(PayImportPlan.Change::subject, PayImportPlan.Change::action)
                .containsExactly(tuple(family + " / Associate", Action.UPDATE),
                        tuple("Ops " + c.slug() + " / Coordinator", Action.CREATE));
        asHr(() -> imports.apply(Kind.RANGES, csv(good), preview, done -> { }));
        assertThat(asHr(() -> pay.ranges())).filteredOn(r -> r.jobFamilyId().equals(newFamily)).singleElement()
                .satisfies(r -> {
                    assertThat(r.currency()).isEqualTo("EUR");
                    assertThat(r.mid()).isEqualByComparingTo("3500");
                });
        assertThat(asHr(() -> pay.payOf(c.employee().id())).orElseThrow().compaRatio())
                .as("ratios follow the imported midpoint").isEqualByComparingTo("0.882");
        assertThatThrownBy(() -> as(c.manager(), () -> imports.preview(Kind.RANGES, csv(good))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
