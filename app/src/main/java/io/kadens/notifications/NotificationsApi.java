package io.kadens.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notification outbox over REST, for HR admins: deliveries with their state, and "retry now". */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The outbox of emails and Slack messages (HR admins)")
class NotificationsApi {

    private final NotificationAdministration administration;

    NotificationsApi(NotificationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/deliveries")
    @Operation(summary = "The newest deliveries (at most 200), optionally in one status")
    List<DeliveryRow> deliveries(@RequestParam(required = false) DeliveryStatus status) {
        return administration.deliveries(Optional.ofNullable(status));
    }

    @GetMapping("/deliveries/{id}")
    @Operation(summary = "One delivery")
    ResponseEntity<DeliveryRow> delivery(@PathVariable UUID id) {
        return ResponseEntity.of(administration.delivery(id));
    }

    @PostMapping("/deliveries/{id}/retry")
    @Operation(summary = "Makes a waiting or failed delivery due now; 404 when unknown or already sent")
    ResponseEntity<Void> retry(@PathVariable UUID id) {
        return administration.retryNow(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
