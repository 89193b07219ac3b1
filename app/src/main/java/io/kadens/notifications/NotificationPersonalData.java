package io.kadens.notifications;

import static io.kadens.db.Tables.NOTIFICATION;
import static io.kadens.db.Tables.NOTIFICATION_DELIVERY;
import static io.kadens.db.Tables.SLACK_CONNECTION;
import static io.kadens.db.Tables.SLACK_PERSON;

import io.kadens.privacy.ErasureRule;
import io.kadens.privacy.PersonalDataEraser;
import io.kadens.privacy.PersonalDataExporter;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications in a person's data export: every notification made for them with its facts (what it
 * said, without wording) and how each delivery went, the Slack account their email was matched to, and the
 * Slack workspace they connected for the organisation.
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

    /** The Slack workspace the person connected for the organisation (never its token or signing secret). */
    record SlackConnected(String teamId, String teamName, OffsetDateTime connectedAt) {
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
        parts.put("notifications-slack-connected", db.selectFrom(SLACK_CONNECTION)
                .where(SLACK_CONNECTION.CONNECTED_BY.eq(personId))
                .fetch(row -> new SlackConnected(row.getTeamId(), row.getTeamName(), row.getConnectedAt())));
        return parts;
    }

    @Override
    public Set<String> exportedReferences() {
        return Set.of("notification.recipient_id", "slack_person.employee_id", "slack_person.slack_user_id",
                "slack_connection.connected_by");
    }

    @Override
    public Map<String, ErasureRule> erasureRules() {
        // The organisation's Slack connection stays working after the admin who connected it is erased.
        return Map.of("notification.recipient_id", ErasureRule.KEPT, "slack_person.employee_id", ErasureRule.DELETED,
                "slack_person.slack_user_id", ErasureRule.DELETED, "slack_connection.connected_by", ErasureRule.KEPT);
    }

    @Override
    public void erase(UUID personId, String pseudonym) {
        db.deleteFrom(SLACK_PERSON).where(SLACK_PERSON.EMPLOYEE_ID.eq(personId)).execute();
    }
}
