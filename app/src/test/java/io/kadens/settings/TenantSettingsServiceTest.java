package io.kadens.settings;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.AiMode;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.organisation.Organisations;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@KadensSpringTest
class TenantSettingsServiceTest {

    @Autowired
    TenantSettingsService settings;
    @Autowired
    Organisations organisations;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;
    @Autowired
    TenantSettingsRepository repository;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aTenantThatNeverSavedHasTheDefaultsInItsLanguage() {
        Company c = tenants.create("defaults");
        TenantSettings current = signedIn(as(c, c.employee()), settings::current);
        assertThat(current.name()).isEqualTo(c.organisation().name());
        assertThat(current.anonymityThreshold()).isEqualTo(3);
        assertThat(current.ratingPoints()).isEqualTo(5);
        assertThat(current.ratingLabels()).first().isEqualTo("Needs improvement");
        assertThat(current.defaultCadence()).isEqualTo(CheckInCadence.BIWEEKLY);
        assertThat(current.aiMode()).isEqualTo(AiMode.OFFLINE);
        assertThat(current.version()).isZero();
    }

    @Test
    void anHrAdminSavesEveryFieldAndTheChangeIsAudited() {
        Company c = tenants.create("saves");
        TenantSettings start = signedIn(as(c, c.hrAdmin()), settings::current);
        TenantSettings changed = new TenantSettings("Renamed AB", "sv", "Europe/Stockholm", 7, CheckInCadence.WEEKLY,
                List.of("Låg", "Mellan", "Hög"), 5, GoalSetters.LEADS, GoalSetters.LEADERSHIP, true, AiMode.OFF,
                start.version());

        TenantSettings saved = signedIn(as(c, c.hrAdmin()), () -> settings.update(changed));

        assertThat(saved).isEqualTo(new TenantSettings("Renamed AB", "sv", "Europe/Stockholm", 7,
                CheckInCadence.WEEKLY, List.of("Låg", "Mellan", "Hög"), 5, GoalSetters.LEADS, GoalSetters.LEADERSHIP,
                true, AiMode.OFF, start.version() + 1));
        assertThat(signedIn(as(c, c.employee()), settings::current)).isEqualTo(saved);
        assertThat(organisations.byId(c.id()).orElseThrow().name()).isEqualTo("Renamed AB");
        var entries = signedIn(as(c, c.hrAdmin()),
                () -> auditLog.search(new AuditQuery("settings.updated", null, null, null, null, null, null), 0, 10));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(c.hrAdmin().id());
            assertThat(entry.beforeState()).contains("Needs improvement");
            assertThat(entry.afterState()).contains("Renamed AB").contains("Mellan");
        });
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndLosesNothing() {
        Company c = tenants.create("concurrent");
        TenantSettings read = signedIn(as(c, c.hrAdmin()), settings::current);
        TenantSettings first = withThreshold(read, 4);
        TenantSettings second = withThreshold(read, 6);
        signedIn(as(c, c.hrAdmin()), () -> settings.update(first));

        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> settings.update(second)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(signedIn(as(c, c.hrAdmin()), settings::current).anonymityThreshold()).isEqualTo(4);

        // and again once a row exists
        TenantSettings reread = signedIn(as(c, c.hrAdmin()), settings::current);
        signedIn(as(c, c.hrAdmin()), () -> settings.update(withThreshold(reread, 7)));
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> settings.update(withThreshold(reread, 8))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(signedIn(as(c, c.hrAdmin()), settings::current).anonymityThreshold()).isEqualTo(7);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        Company c = tenants.create("invalid");
        TenantSettings read = signedIn(as(c, c.hrAdmin()), settings::current);
        TenantSettings bad = new TenantSettings(" ", "de", "Mars/Olympus", 13, CheckInCadence.MONTHLY,
                List.of("Only", "Two"), 2, GoalSetters.LEADS, GoalSetters.LEADS, false, AiMode.LLM, read.version());

        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> settings.update(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "settings.error.name.required")
                        .containsEntry("locale", "settings.error.locale")
                        .containsEntry("timeZone", "settings.error.timeZone")
                        .containsEntry("fiscalYearStartMonth", "settings.error.fiscalYearStartMonth")
                        .containsEntry("ratingLabels", "settings.error.ratingLabels.count")
                        .containsEntry("anonymityThreshold", "settings.error.anonymityThreshold.min")
                        // the test deployment is offline: the LLM mode is not on offer
                        .containsEntry("aiMode", "settings.error.aiMode.unavailable"));
        assertThat(signedIn(as(c, c.hrAdmin()), settings::current)).isEqualTo(read);
    }

    @Test
    void theDatabaseItselfNeverAcceptsAThresholdBelowThree() {
        Company c = tenants.create("floor");
        TenantSettings read = signedIn(as(c, c.hrAdmin()), settings::current);
        // past the service's validation, straight to the repository's table: the CHECK constraint holds
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> transaction.execute(
                status -> repository.save(withThreshold(read, 2), read.version()))))
                .rootCause().hasMessageContaining("anonymity_threshold");
    }

    @Test
    void onlyHrAdminsChangeSettings() {
        Company c = tenants.create("rights");
        TenantSettings read = signedIn(as(c, c.manager()), settings::current);
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> settings.update(withThreshold(read, 4))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> settings.update(withThreshold(read, 4))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static TenantSettings withThreshold(TenantSettings s, int threshold) {
        return new TenantSettings(s.name(), s.locale(), s.timeZone(), s.fiscalYearStartMonth(), s.defaultCadence(),
                s.ratingLabels(), threshold, s.departmentGoalSetters(), s.teamGoalSetters(),
                s.individualGoalsNeedApproval(), s.aiMode(), s.version());
    }
}
