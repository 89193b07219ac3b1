package io.kadens.development;

import io.kadens.notifications.NotificationFacts;
import io.kadens.notifications.NotificationKind;
import io.kadens.notifications.Notifications;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What plans tell people through the notifications outbox, in the caller's transaction: the manager's prompt
 * to revisit an assessment when the person completed something, and the stale-plan reminder. A prompt never
 * changes a rating; the manager decides.
 */
@Component
class DevelopmentNotifications {

    private final Notifications notifications;
    private final OrgFacts org;

    DevelopmentNotifications(Notifications notifications, OrgFacts org) {
        this.notifications = notifications;
        this.org = org;
    }

    /** To the person's manager, once per plan and completed thing. */
    void promptAssessment(UUID personId, UUID planId, String what, Instant now) {
        org.person(personId).map(OrgPerson::managerId).filter(manager -> org.active(java.util.List.of(manager))
                .contains(manager)).ifPresent(manager -> notifications.enqueue(NotificationKind.DEVELOPMENT_ASSESSMENT_PROMPT,
                manager, "development-evidence:" + planId + ":" + Integer.toHexString(what.hashCode()),
                new NotificationFacts(org.names(java.util.List.of(personId)).get(personId), planId, null,
                        LocalDate.ofInstant(now, ZoneOffset.UTC), what, null, "development/" + personId)));
    }

    /** To the person and their manager; once per recipient and last touch, so a touched plan is reminded anew. */
    boolean remindStale(UUID personId, UUID planId, Instant lastTouched) {
        String name = org.names(java.util.List.of(personId)).get(personId);
        LocalDate since = LocalDate.ofInstant(lastTouched, ZoneOffset.UTC);
        boolean made = notifications.enqueue(NotificationKind.DEVELOPMENT_PLAN_STALE, personId,
                "development-stale:" + planId + ":" + lastTouched.toEpochMilli() + ":" + personId,
                new NotificationFacts(name, planId, null, since, null, null, "development")).isPresent();
        UUID manager = org.person(personId).map(OrgPerson::managerId).orElse(null);
        if (manager != null && org.active(java.util.List.of(manager)).contains(manager)) {
            made |= notifications.enqueue(NotificationKind.DEVELOPMENT_PLAN_STALE, manager,
                    "development-stale:" + planId + ":" + lastTouched.toEpochMilli() + ":" + manager,
                    new NotificationFacts(name, planId, null, since, null, null, "development/" + personId)).isPresent();
        }
        return made;
    }
}
