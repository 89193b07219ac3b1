package io.kadens.notifications;

import static io.kadens.db.Tables.NOTIFICATION;
import static io.kadens.db.Tables.NOTIFICATION_DELIVERY;
import static io.kadens.db.Tables.SLACK_PERSON;

import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications in a person's data export: every notification made for them with its facts (what it
 * said, without wording) and how each delivery went, and the Slack account their email was matched to.
 * At erasure the Slack match goes (a Slack user id identifies the person outside Kadens). Notification
 * rows are append-only for the application; their facts stay with the pseudonymised recipient.
 */
@Component
class NotificationPersonalData implements PersonalDataExporter, PersonalDataEraser {

    record Delivery(String channel, String status, int attempts, OffsetDateTime sentAt) {
    }

    record Sent(UUID id, String kind, OffsetDateTime createdAt, NotificationFacts facts, List<Delivery> deliveries) {
    }

    record SlackMatch(String slackUserId, OffsetDateTime lookedUpAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    NotificationPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID personId) {
        List<Sent> sent = db.selectFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(personId))
                .orderBy(NOTIFICATION.CREATED_AT)
                .fetch(row -> new Sent(row.getId(), row.getKind(), row.getCreatedAt(),
                        JSON.readValue(row.getFacts().data(), NotificationFacts.class),
                        db.selectFrom(NOTIFICATION_DELIVERY).where(NOTIFICATION_DELIVERY.NOTIFICATION_ID.eq(row.getId()))
                                .orderBy(NOTIFICATION_DELIVERY.CHANNEL)
                                .fetch(d -> new Delivery(d.getChannel(), d.getStatus(), d.getAttempts(), d.getSentAt()))));
        List<SlackMatch> slack = db.selectFrom(SLACK_PERSON).where(SLACK_PERSON.EMPLOYEE_ID.eq(personId))
                .fetch(row -> new SlackMatch(row.getSlackUserId(), row.getLookedUpAt()));
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("notifications", sent);
        parts.put("notifications-slack-match", slack);
        return parts;
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(SLACK_PERSON).where(SLACK_PERSON.EMPLOYEE_ID.eq(personId)).execute();
    }
}
