package io.kadens.learning;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Assignments only along the reporting line, progress with its rules and locking, completion per team. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningPlansTest {

    @Autowired
    TrainingLibrary library;
    @Autowired
    LearningPlans plans;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;

    Company c;
    Company other;
    UUID item;
    UUID otherItem;

    @BeforeAll
    void companies() {
        c = tenants.create("plans");
        other = tenants.create("plansother");
        item = create(c, "Negotiation basics");
        otherItem = create(other, "Other tenant course");
    }

    private UUID create(Company company, String title) {
        return signedIn(as(company, company.hrAdmin()), () -> library.create(new TrainingItemData(title, "", ProviderKind.INTERNAL,
                null, null, TrainingFormat.COURSE, 60, TrainingLevel.BEGINNER, List.of("Negotiation"), "en", List.of())));
    }

    private UUID assign(Person manager, Person report, UUID itemId) {
        return signedIn(as(c, manager), () -> plans.assign(itemId, report.id(), io.kadens.support.TestTenants.today().plusDays(14)));
    }

    @Test
    void managersAssignToTheirOwnReportsOnly() {
        assertThat(assign(c.manager(), c.employee(), item)).isNotNull();
        // an indirect report, through the team lead
        assertThat(assign(c.manager(), c.member(), item)).isNotNull();

        // not a peer's report, not a peer, not upwards, not oneself, not someone in another department
        assertThatThrownBy(() -> assign(c.teamLead(), c.employee(), item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(c.employee(), c.teamLead(), item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(c.manager(), c.ceo(), item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(c.manager(), c.manager(), item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(c.manager(), c.outsider(), item)).isInstanceOf(AccessDeniedException.class);
        // HR admin is no one's manager here: being an admin does not make them one
        assertThatThrownBy(() -> assign(c.hrAdmin(), c.employee(), item)).isInstanceOf(AccessDeniedException.class);
        // another tenant's person or item
        assertThatThrownBy(() -> assign(c.manager(), other.employee(), item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(c.manager(), c.employee(), otherItem)).isInstanceOf(InvalidInputException.class);

        assertThat(signedIn(as(c, c.manager()), () -> plans.teamAssignments()))
                .extracting(Assignment::employeeId).contains(c.employee().id());
        assertThat(signedIn(as(c, c.employee()), () -> plans.myLearning()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.item().id()).isEqualTo(item);
                    assertThat(entry.assigned()).isTrue();
                    assertThat(entry.dueDate()).isEqualTo(io.kadens.support.TestTenants.today().plusDays(14));
                });
        assertThatThrownBy(() -> signedIn(as(c, c.manager()),
                () -> plans.assign(item, c.employee().id(), io.kadens.support.TestTenants.today().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("dueDate"));
    }

    @Test
    void peopleRecordTheirProgressWithLocking() {
        UUID course = create(c, "Presentation skills");
        Progress started = signedIn(as(c, c.teamLead()),
                () -> plans.recordProgress(course, ProgressStatus.IN_PROGRESS, 40, null, -1));
        assertThat(started.percent()).isEqualTo(40);
        assertThatThrownBy(() -> signedIn(as(c, c.teamLead()),
                () -> plans.recordProgress(course, ProgressStatus.IN_PROGRESS, 60, null, -1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> signedIn(as(c, c.teamLead()),
                () -> plans.recordProgress(course, ProgressStatus.COMPLETED, 0, null, started.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("completedOn"));
        assertThatThrownBy(() -> signedIn(as(c, c.teamLead()),
                () -> plans.recordProgress(course, ProgressStatus.IN_PROGRESS, 100, null, started.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("percent"));
        Progress done = signedIn(as(c, c.teamLead()),
                () -> plans.recordProgress(course, ProgressStatus.COMPLETED, 0, io.kadens.support.TestTenants.today(), started.version()));
        assertThat(done.status()).isEqualTo(ProgressStatus.COMPLETED);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(signedIn(as(c, c.teamLead()), () -> plans.myLearning()))
                .anySatisfy(entry -> {
                    assertThat(entry.item().id()).isEqualTo(course);
                    assertThat(entry.assigned()).isFalse();
                });
        // someone else's progress is their own
        assertThat(signedIn(as(c, c.employee()), () -> plans.myProgress(course))).isEqualTo(Progress.NONE);
    }

    @Test
    void theOrganisationsDayDecidesWhatIsInTheFutureAndWhatIsPast() {
        // Half past midnight in Stockholm (the companies' zone) is still the day before in UTC.
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        Instant justAfterMidnight = ZonedDateTime.now(stockholm).toLocalDate().plusDays(1).atStartOfDay(stockholm)
                .plusMinutes(30).toInstant();
        LocalDate organisationsDay = LocalDate.ofInstant(justAfterMidnight, stockholm);
        Company c = tenants.create("plansday"); // its own company: the other tests count what is assigned in theirs
        UUID course = create(c, "Time zones in practice");
        clock.at(justAfterMidnight);
        try {
            assertThat(signedIn(as(c, c.teamLead()), () -> plans.today())).isEqualTo(organisationsDay);
            // Completed "today", as the person's calendar says: not in the future.
            Progress done = signedIn(as(c, c.teamLead()),
                    () -> plans.recordProgress(course, ProgressStatus.COMPLETED, 0, organisationsDay, -1));
            assertThat(done.completedOn()).isEqualTo(organisationsDay);
            assertThatThrownBy(() -> signedIn(as(c, c.teamLead()), () -> plans.recordProgress(course,
                    ProgressStatus.COMPLETED, 0, organisationsDay.plusDays(1), done.version())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("completedOn"));
            // Due "yesterday" in the organisation is past, although it is still that day in UTC.
            assertThatThrownBy(() -> signedIn(as(c, c.manager()),
                    () -> plans.assign(course, c.employee().id(), organisationsDay.minusDays(1))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("dueDate"));
            assertThat(signedIn(as(c, c.manager()), () -> plans.assign(course, c.employee().id(), organisationsDay)))
                    .isNotNull();
        } finally {
            clock.reset();
        }
    }

    @Test
    void hrAdminsSeeCompletionPerDepartment() {
        UUID course = create(c, "Time management");
        signedIn(as(c, c.manager()), () -> plans.assign(course, c.teamLead().id(), null));
        signedIn(as(c, c.teamLead()), () -> plans.recordProgress(course, ProgressStatus.COMPLETED, 100, io.kadens.support.TestTenants.today(), -1));
        List<TeamCompletion> teams = signedIn(as(c, c.hrAdmin()), () -> plans.completionByTeam("none"));
        assertThat(teams).extracting(TeamCompletion::team).contains(c.organisation().name().replace(" Ltd", "") + " Sales");
        TeamCompletion sales = teams.stream().filter(t -> t.team().endsWith("Sales")).findFirst().orElseThrow();
        assertThat(sales.completed()).isGreaterThanOrEqualTo(1);
        assertThat(sales.total()).isGreaterThanOrEqualTo(sales.completed());
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> plans.completionByTeam("none")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn(as(other, other.hrAdmin()), () -> plans.completionByTeam("none"))).isEmpty();
    }
}
