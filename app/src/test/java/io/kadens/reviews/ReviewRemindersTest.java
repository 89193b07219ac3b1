package io.kadens.reviews;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestClock;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Day-before reminders of reviews go through the outbox once per review and deadline, never for paused cycles. */
@KadensSpringTest
class ReviewRemindersTest {

    @Autowired
    ReviewReminders reminders;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestClock clock;

    @Test
    void theWritersOfUnsubmittedReviewsDueTomorrowAreRemindedOnce() {
        Company c = tenants.create("rvremind");
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))).plusDays(1);
        ReviewCycle cycle = signedIn(TestTenants.as(c, c.hrAdmin()), () -> {
            ReviewTemplate template = templates.create(ReviewTemplates.starter());
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), tomorrow.minusDays(1));
            Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(base.deadlines());
            deadlines.put(CyclePhase.SELF_REVIEW, tomorrow);
            ReviewCycle draft = cycles.create(new CycleDraft("Q4", base.kind(), base.templateId(), base.windowStart(),
                    base.windowEnd(), base.peerCap(), deadlines,
                    new ParticipantSelection(null, null, Set.of(c.employee().id(), c.member().id()))));
            return cycles.launch(draft.id(), draft.version());
        });
        // two self reviews are due tomorrow; the manager reviews are due later
        assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isEqualTo(2);
        assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isZero();

        // a paused cycle reminds nobody, and a deadline moved past tomorrow neither
        ReviewCycle paused = signedIn(TestTenants.as(c, c.hrAdmin()), () -> cycles.pause(cycle.id(), cycle.version()));
        assertThat(paused.status()).isEqualTo(CycleStatus.PAUSED);
        signedIn(TestTenants.as(c, c.hrAdmin()), () -> cycles.extendDeadline(cycle.id(), CyclePhase.SELF_REVIEW,
                tomorrow.plusDays(1), paused.version()));
        assertThat(TenantScope.call(c.id(), () -> reminders.remindInBoundTenant())).isZero();
    }
}
