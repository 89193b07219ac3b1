package io.kadens.surveys;

import static io.kadens.db.Tables.NOTIFICATION;
import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring surveys against PostgreSQL with the application clock driven forward: a schedule opens its run on its
 * date once, the next run closes the earlier one, and the people who have not answered are reminded once through
 * the outbox (notification rows), a few days after a run opened.
 */
@KadensSpringTest
class SurveySchedulesTest {

    @Autowired
    SurveySchedules schedules;
    @Autowired
    Surveys surveys;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    private <T> T asAdmin(Company company, Supplier<T> work) {
        return signedIn(as(company, company.hrAdmin()), work);
    }

    private int reminders(Company company, Person recipient) {
        return TenantScope.call(company.id(), () -> new TransactionTemplate(transactionManager).execute(status ->
                db.fetchCount(NOTIFICATION, NOTIFICATION.KIND.eq("SURVEY_REMINDER")
                        .and(NOTIFICATION.RECIPIENT_ID.eq(recipient.id())))));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void aMonthlyPulseOpensOnItsDateOnceRemindsThoseWhoHaveNotAnsweredAndTheNextRunClosesTheLast() {
        Company c = tenants.create("survsched");
        UUID id = asAdmin(c, () -> schedules.create(new NewSurveySchedule("Monthly pulse", SurveyTemplate.PULSE,
                List.of(BankQuestion.WORKLOAD_MANAGEABLE, BankQuestion.OPEN_IMPROVE), AudienceKind.EVERYONE, null, 1,
                today().plusDays(2), 3)));
        try {
            assertThat(TenantScope.call(c.id(), schedules::openDueInBoundTenant)).as("not due yet").isZero();
            clock.advance(Duration.ofDays(2));
            LocalDate firstRun = today();
            assertThat(TenantScope.call(c.id(), schedules::openDueInBoundTenant)).isEqualTo(1);
            assertThat(TenantScope.call(c.id(), schedules::openDueInBoundTenant)).as("opened once").isZero();
            Survey first = asAdmin(c, () -> surveys.all()).stream()
                    .filter(survey -> survey.title().equals("Monthly pulse " + firstRun)).findFirst().orElseThrow();
            assertThat(first.status()).isEqualTo(SurveyStatus.OPEN);
            assertThat(first.template()).isEqualTo(SurveyTemplate.PULSE);
            assertThat(first.questions()).hasSize(2);
            assertThat(first.invited()).isEqualTo(7);
            assertThat(asAdmin(c, () -> schedules.all())).singleElement()
                    .satisfies(schedule -> assertThat(schedule.nextRunOn()).isEqualTo(firstRun.plusMonths(1)));

            signedIn(as(c, c.employee()), () -> {
                surveys.answer(first.id(), List.of(new Answer(0, 4, null)));
                return null;
            });
            assertThat(TenantScope.call(c.id(), schedules::remindInBoundTenant)).as("too early to remind").isZero();
            clock.advance(Duration.ofDays(3));
            assertThat(TenantScope.call(c.id(), schedules::remindInBoundTenant)).isEqualTo(6);
            assertThat(TenantScope.call(c.id(), schedules::remindInBoundTenant)).as("reminded once").isZero();
            assertThat(reminders(c, c.member())).isEqualTo(1);
            assertThat(reminders(c, c.employee())).as("answered, so not reminded").isZero();

            clock.advance(Duration.ofDays(31));
            assertThat(TenantScope.call(c.id(), schedules::openDueInBoundTenant)).isEqualTo(1);
            List<Survey> runs = asAdmin(c, () -> surveys.all());
            assertThat(runs).hasSize(2);
            assertThat(runs).filteredOn(survey -> survey.id().equals(first.id())).singleElement()
                    .satisfies(survey -> assertThat(survey.status()).isEqualTo(SurveyStatus.CLOSED));
            assertThat(runs).filteredOn(survey -> !survey.id().equals(first.id())).singleElement()
                    .satisfies(survey -> assertThat(survey.status()).isEqualTo(SurveyStatus.OPEN));

            // a stopped schedule opens nothing more
            long version = asAdmin(c, () -> schedules.all()).getFirst().version();
            asAdmin(c, () -> schedules.setActive(id, version, false));
            clock.advance(Duration.ofDays(62));
            assertThat(TenantScope.call(c.id(), schedules::openDueInBoundTenant)).isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void badSchedulesAreRefusedAndOnlyHrAdminsSchedule() {
        Company c = tenants.create("survschedbad");
        assertThatThrownBy(() -> asAdmin(c, () -> schedules.create(new NewSurveySchedule(" ", SurveyTemplate.PROCESS,
                List.of(BankQuestion.GROWTH_PATH), AudienceKind.EVERYONE, null, 2, today().minusDays(1), 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("title", "surveys.error.title")
                        .containsEntry("everyMonths", "surveys.schedule.error.every")
                        .containsEntry("firstRunOn", "surveys.schedule.error.firstRun")
                        .containsEntry("remindAfterDays", "surveys.schedule.error.remind")
                        .containsEntry("bankQuestions", "surveys.error.bank"));
        assertThat(asAdmin(c, () -> schedules.all())).isEmpty();
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> schedules.create(new NewSurveySchedule("Mine",
                SurveyTemplate.PULSE, List.of(), AudienceKind.EVERYONE, null, 3, today(), 3))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
