package io.kadens.notifications;

import java.time.OffsetDateTime;

/** The tenant's connected Slack workspace as the admin page shows it: never the token. */
public record SlackStatus(String teamId, String teamName, String connectedByName, OffsetDateTime connectedAt,
                          String commandUrl) {
}
