package io.kadens.notifications;

import io.kadens.audit.AuditLog;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as HR admins see it: every delivery with its state, a daily chart, and "retry now". */
@Service
public class NotificationAdministration {

    public static final int PAGE = 200;

    private final OutboxRepository outbox;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final AuditLog auditLog;
    private final Clock clock;

    NotificationAdministration(OutboxRepository outbox, CurrentUser currentUser, TenantSettingsService settings,
                               AuditLog auditLog, Clock clock) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The newest deliveries (at most {@link #PAGE}), optionally in one status. */
    @Transactional(readOnly = true)
    public List<DeliveryRow> deliveries(Optional<DeliveryStatus> status) {
        requireAdmin();
        return outbox.latest(PAGE, status);
    }

    @Transactional(readOnly = true)
    public Optional<DeliveryRow> delivery(UUID id) {
        requireAdmin();
        return outbox.delivery(id);
    }

    /** Deliveries per day (tenant time zone) and status over the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<DailyDeliveries> daily(int days) {
        requireAdmin();
        ZoneId zone = settings.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return outbox.daily(today.minusDays(days - 1L), zone).stream()
                .filter(day -> !day.day().isAfter(today)).toList();
    }

    /**
     * Makes a waiting or failed delivery due now; the worker sends it on its next round.
     *
     * @return false when there is no such delivery in this tenant or it was already sent
     */
    @Transactional
    public boolean retryNow(UUID deliveryId) {
        requireAdmin();
        boolean changed = outbox.retryNow(deliveryId, clock.instant());
        if (changed) {
            auditLog.record("notification.retry", "notification_delivery", deliveryId.toString(), null,
                    Map.of("requested", true));
        }
        return changed;
    }

    private void requireAdmin() {
        if (!currentUser.require().has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("HR admins only");
        }
    }
}
