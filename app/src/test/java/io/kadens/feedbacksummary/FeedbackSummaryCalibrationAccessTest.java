package io.kadens.feedbacksummary;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.feedback.Feedback;
import io.kadens.feedback.NewFeedback;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant setting that lets HR admins outside a person's manager chain read feedback summaries
 * (for calibration): off by default, and then HR admins get "not found" like anyone else outside the
 * chain; on, they read the summary. The person and their managers read it either way.
 */
@KadensSpringTest
class FeedbackSummaryCalibrationAccessTest {

    @Autowired
    FeedbackSummaryService summaries;
    @Autowired
    Feedback feedback;
    @Autowired
    TenantSettingsService settings;
    @Autowired
    TestTenants tenants;

    static void hrReadsSummaries(TenantSettingsService settings, Company company, boolean value) {
        signedIn(as(company, company.hrAdmin()), () -> {
            TenantSettings s = settings.current();
            return settings.update(new TenantSettings(s.name(), s.locale(), s.timeZone(), s.fiscalYearStartMonth(),
                    s.defaultCadence(), s.ratingLabels(), s.anonymityThreshold(), s.departmentGoalSetters(),
                    s.teamGoalSetters(), s.individualGoalsNeedApproval(), s.aiMode(), s.version(), value));
        });
    }

    @Test
    void hrAdminsOutsideTheChainReadSummariesOnlyWhenTheTenantAllowsIt() {
        Company c = tenants.create("sumcal");
        signedIn(as(c, c.manager()), () -> feedback.give(new NewFeedback(c.employee().id(),
                "Your customer presentations are clear and convincing.", null, null, null, false)));
        signedIn(as(c, c.teamLead()), () -> feedback.give(new NewFeedback(c.employee().id(),
                "Great customer presentation at the workshop.", null, null, null, false)));

        assertThat(signedIn(as(c, c.hrAdmin()), () -> settings.current().hrReadsFeedbackSummaries()))
                .as("off by default").isFalse();
        assertThat(signedIn(as(c, c.hrAdmin()), () -> summaries.mayView(c.employee().id()))).isFalse();
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> summaries.summarize(c.employee().id(), null, null)))
                .isInstanceOf(FeedbackSummaryNotFoundException.class);
        assertThat(signedIn(as(c, c.hrAdmin()), () -> summaries.personName(c.employee().id()))).isEmpty();
        // The chain reads it whatever the setting says.
        assertThat(signedIn(as(c, c.manager()), () -> summaries.summarize(c.employee().id(), null, null))
                .employeeId()).isEqualTo(c.employee().id());
        assertThat(signedIn(as(c, c.employee()), () -> summaries.mayView(c.employee().id()))).isTrue();

        hrReadsSummaries(settings, c, true);
        assertThat(signedIn(as(c, c.hrAdmin()), () -> settings.current().hrReadsFeedbackSummaries())).isTrue();
        assertThat(signedIn(as(c, c.hrAdmin()), () -> summaries.mayView(c.employee().id()))).isTrue();
        FeedbackSummaryReport report = signedIn(as(c, c.hrAdmin()), () -> summaries.summarize(c.employee().id(), null, null));
        assertThat(report.employeeId()).isEqualTo(c.employee().id());
        // The summary still rests only on what the feedback feature lets the HR admin see.
        assertThat(report.coverage().items()).isEqualTo(signedIn(as(c, c.hrAdmin()), () -> feedback.evidenceAbout(
                c.employee().id(), report.from(), report.to())).size());
        // Other employees outside the chain still get "not found".
        assertThatThrownBy(() -> signedIn(as(c, c.member()), () -> summaries.summarize(c.employee().id(), null, null)))
                .isInstanceOf(FeedbackSummaryNotFoundException.class);

        hrReadsSummaries(settings, c, false);
        assertThat(signedIn(as(c, c.hrAdmin()), () -> summaries.mayView(c.employee().id()))).isFalse();
    }
}
