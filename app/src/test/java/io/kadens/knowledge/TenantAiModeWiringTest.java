package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.GroundedPrompt;
import io.kadens.ai.PersonalDataRedactor.People;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant's AI mode in its settings reaches the ai module through the port app implements. */
@KadensSpringTest
class TenantAiModeWiringTest {

    @Autowired
    AiAnswers answers;
    @Autowired
    TenantSettingsService settings;
    @Autowired
    TestTenants tenants;

    @Test
    void aTenantThatSwitchedAiOffGetsNoAnswerWhileOthersGetTheOfflineEngine() {
        Company off = tenants.create("aioff");
        Company on = tenants.create("aion");
        var hrAdmin = TestTenants.as(off, off.hrAdmin());
        TestTenants.signedIn(hrAdmin, () -> {
            TenantSettings current = settings.current();
            return settings.update(new TenantSettings(current.name(), current.locale(), current.timeZone(),
                    current.fiscalYearStartMonth(), current.defaultCadence(), current.ratingLabels(),
                    current.anonymityThreshold(), current.departmentGoalSetters(), current.teamGoalSetters(),
                    current.individualGoalsNeedApproval(), AiMode.OFF, current.version()));
        });
        GroundedPrompt prompt = new GroundedPrompt("wiring", "Say hello.", "", List.of());

        AiResult<String> switchedOff = TestTenants.signedIn(TestTenants.as(off, off.employee()),
                () -> answers.answer(prompt, String.class, () -> "offline hello", People.none()));
        AiResult<String> offline = TestTenants.signedIn(TestTenants.as(on, on.employee()),
                () -> answers.answer(prompt, String.class, () -> "offline hello", People.none()));

        assertThat(switchedOff.mode()).isEqualTo(AnswerMode.OFF);
        assertThat(switchedOff.value()).isNull();
        assertThat(offline.mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(offline.value()).isEqualTo("offline hello");
        // The deployment in tests is offline: a tenant asking for LLM is capped to offline.
        assertThat(TestTenants.signedIn(TestTenants.as(on, on.employee()), answers::effectiveMode))
                .isEqualTo(AiMode.OFFLINE);
    }
}
