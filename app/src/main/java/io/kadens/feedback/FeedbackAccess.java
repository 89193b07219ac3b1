package io.kadens.feedback;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what of feedback, in one place: the services ask it, never the views. Reads happen inside
 * the callers' transactions.
 */
@Component
class FeedbackAccess {

    private final FeedbackRepository repository;
    private final CurrentUser currentUser;
    private final TenantSettingsService tenantSettings;
    private final Clock clock;

    FeedbackAccess(FeedbackRepository repository, CurrentUser currentUser, TenantSettingsService tenantSettings,
                   Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.tenantSettings = tenantSettings;
        this.clock = clock;
    }

    /** The signed-in person of a tenant; the operator has no feedback. */
    KadensUser me() {
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator has no feedback");
        }
        return user;
    }

    FeedbackSettings settings() {
        return repository.settings().orElse(FeedbackSettings.DEFAULTS);
    }

    int threshold() {
        return tenantSettings.current().anonymityThreshold();
    }

    ZoneId zone() {
        return tenantSettings.zone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The source feedback from {@code giver} to {@code receiver} has. */
    FeedbackSource source(UUID giver, UUID receiver) {
        if (giver.equals(receiver)) {
            return FeedbackSource.SELF;
        }
        if (repository.managerChain(receiver).contains(giver)) {
            return FeedbackSource.MANAGER;
        }
        if (repository.managerChain(giver).contains(receiver)) {
            return FeedbackSource.REPORT;
        }
        return FeedbackSource.PEER;
    }

    /** Whether the viewer is a manager of the receiver who reads their feedback under the tenant's setting. */
    boolean readsAsManager(UUID viewer, UUID receiver, FeedbackSettings settings) {
        return switch (settings.managerVisibility()) {
            case RECEIVER_ONLY -> false;
            case DIRECT_MANAGER -> repository.person(receiver).map(p -> viewer.equals(p.managerId())).orElse(false);
            case MANAGER_CHAIN -> repository.managerChain(receiver).contains(viewer);
        };
    }

    /**
     * Whether the viewer may open the feedback page of a person: themselves, or anyone above them in the
     * reporting line (what each manager then sees is decided per item).
     */
    boolean mayRead(UUID viewer, UUID employee) {
        return viewer.equals(employee) || repository.managerChain(employee).contains(viewer);
    }

    /**
     * Whether the viewer, on the receiver's side, sees an item: the receiver; managers as the tenant
     * configures, for items shared with managers; the requester of the request an item answers.
     * Authors see their own items through "given", not through this.
     */
    boolean seesOnReceiverSide(UUID viewer, FeedbackRepository.Row row, FeedbackSettings settings) {
        if (viewer.equals(row.receiverId())) {
            return true;
        }
        if (row.requestId() != null && repository.request(row.requestId())
                .map(request -> viewer.equals(request.requesterId())).orElse(false)) {
            return true;
        }
        return row.visibility() == FeedbackVisibility.RECEIVER_AND_MANAGERS
                && readsAsManager(viewer, row.receiverId(), settings);
    }

    static boolean same(UUID a, UUID b) {
        return Objects.equals(a, b);
    }

    static <T> List<T> none() {
        return List.of();
    }
}
