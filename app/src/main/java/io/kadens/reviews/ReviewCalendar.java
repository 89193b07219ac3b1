package io.kadens.reviews;

import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What day it is for the bound tenant, and which phase-bound actions a cycle still allows. A phase is its deadline:
 * an action of a phase is open while the cycle runs and that deadline has not passed (phases may share a day, so
 * "the current phase" is not a window of its own).
 */
@Component
class ReviewCalendar {

    private final TenantSettingsService settings;
    private final Clock clock;

    ReviewCalendar(TenantSettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        ZoneId zone;
        try {
            zone = ZoneId.of(settings.current().timeZone());
        } catch (DateTimeException unknown) {
            zone = ZoneId.of("UTC");
        }
        return LocalDate.now(clock.withZone(zone));
    }

    /** Whether a running cycle still allows what must be done by the phase's deadline. */
    static boolean openUntil(CycleStatus status, Map<CyclePhase, LocalDate> deadlines, CyclePhase phase, LocalDate today) {
        LocalDate deadline = deadlines.get(phase);
        return status == CycleStatus.ACTIVE && deadline != null && !today.isAfter(deadline);
    }

    /**
     * Whether outcomes may be shared: the sign-off and sharing phases, that is after calibration's deadline in a running
     * cycle, or once the cycle is closed.
     */
    static boolean sharingOpen(CycleStatus status, Map<CyclePhase, LocalDate> deadlines, LocalDate today) {
        if (status == CycleStatus.CLOSED) {
            return true;
        }
        LocalDate calibration = deadlines.get(CyclePhase.CALIBRATION);
        return status == CycleStatus.ACTIVE && calibration != null && today.isAfter(calibration);
    }
}
