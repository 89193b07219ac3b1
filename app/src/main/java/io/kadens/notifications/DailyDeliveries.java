package io.kadens.notifications;

import java.time.LocalDate;
import java.util.Map;

/** How many deliveries created on a day (tenant time zone) are in each status now. */
public record DailyDeliveries(LocalDate day, Map<DeliveryStatus, Integer> byStatus) {

    public int count(DeliveryStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
