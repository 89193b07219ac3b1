package io.kadens.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A notification in one person's language: email subject and bodies, and the Slack text and blocks. */
record RenderedMessage(Locale locale, String subject, String text, String html, String slackText,
                       List<Map<String, Object>> slackBlocks) {
}
