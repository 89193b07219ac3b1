package io.kadens.oneonones;

import io.kadens.tenants.TenantId;
import java.util.UUID;

/** Events the 1:1 module publishes after its transaction commits (listeners: reminders, Slack). */
public final class OneOnOneEvents {

    private OneOnOneEvents() {
    }

    /** Someone (signed in, or through Slack) added a talking point. */
    public record TalkingPointAdded(TenantId tenant, UUID meetingId, UUID itemId, UUID authorId) {
    }

    /** A meeting was completed; its uncovered points moved to {@code nextMeetingId}. */
    public record MeetingCompleted(TenantId tenant, UUID meetingId, UUID pairId, UUID nextMeetingId) {
    }

    /** A meeting moved to another time. */
    public record MeetingRescheduled(TenantId tenant, UUID meetingId, UUID pairId) {
    }

    /** A meeting was called off. */
    public record MeetingCancelled(TenantId tenant, UUID meetingId, UUID pairId) {
    }

    /** An action item was agreed. */
    public record ActionItemAdded(TenantId tenant, UUID actionItemId, UUID meetingId, UUID ownerId) {
    }

    /** A report submitted (or updated) their check-in. */
    public record CheckInSubmitted(TenantId tenant, UUID checkInId, UUID meetingId, UUID employeeId, UUID managerId) {
    }

    /** The manager replied to a check-in. */
    public record CheckInReplied(TenantId tenant, UUID checkInId, UUID employeeId, UUID managerId) {
    }
}
