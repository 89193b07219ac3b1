package io.kadens.notifications;

import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantScope;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack's slash command ("/kadens your point"): Slack posts a form to
 * {@code /slack/commands/<organisation>}. No session: the request proves itself with Slack's
 * signature, made with the signing secret the organisation stored when it connected Slack; its
 * team must be the organisation's workspace. The answer is ephemeral (only the person sees it).
 */
@RestController
@Hidden
class SlackCommandController {

    static final String PATH_PREFIX = "slack/commands/";
    private static final Logger LOG = LoggerFactory.getLogger(SlackCommandController.class);
    private static final int MAX_BODY = 16 * 1024;
    /** A user mention as Slack escapes it in command text: <@U123|name> or <@U123>. */
    private static final Pattern MENTION = Pattern.compile("^<@([A-Z0-9]+)(?:\\|[^>]*)?>\\s*(.*)$", Pattern.DOTALL);

    private final Organisations organisations;
    private final SlackConnections connections;
    private final SlackTalkingPoints talkingPoints;
    private final OutboxRepository outbox;
    private final TenantSettingsService settings;
    private final I18NProvider translations;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SlackCommandController(Organisations organisations, SlackConnections connections, SlackTalkingPoints talkingPoints,
                           OutboxRepository outbox, TenantSettingsService settings, I18NProvider translations,
                           Clock clock, PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.connections = connections;
        this.talkingPoints = talkingPoints;
        this.outbox = outbox;
        this.settings = settings;
        this.translations = translations;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PostMapping(value = "/slack/commands/{organisation}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> command(@PathVariable String organisation, HttpServletRequest request)
            throws IOException {
        byte[] body = readBody(request);
        if (body == null) {
            return refuse(HttpStatus.PAYLOAD_TOO_LARGE, "too large");
        }
        Optional<Organisation> tenant = organisations.bySlug(organisation).filter(Organisation::isActive);
        if (tenant.isEmpty()) {
            return refuse(HttpStatus.UNAUTHORIZED, "unknown organisation or not connected");
        }
        String timestamp = request.getHeader("X-Slack-Request-Timestamp");
        String signature = request.getHeader("X-Slack-Signature");
        return TenantScope.call(tenant.get().id(), () -> handle(body, timestamp, signature));
    }

    private ResponseEntity<Map<String, Object>> handle(byte[] body, String timestamp, String signature) {
        Optional<SlackConnections.Secrets> secrets = connections.secrets();
        if (secrets.isEmpty()) {
            return refuse(HttpStatus.UNAUTHORIZED, "unknown organisation or not connected");
        }
        switch (SlackSignature.verify(secrets.get().signingSecret(), timestamp, body, signature, clock.instant())) {
            case STALE -> {
                return refuse(HttpStatus.UNAUTHORIZED, "stale request");
            }
            case BAD_SIGNATURE -> {
                return refuse(HttpStatus.UNAUTHORIZED, "bad signature");
            }
            case VALID -> {
                // go on
            }
        }
        Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
        if (!secrets.get().teamId().equals(form.get("team_id"))) {
            return refuse(HttpStatus.UNAUTHORIZED, "this workspace is not connected to the organisation");
        }
        String token = secrets.get().botToken();
        Optional<UUID> person = Optional.ofNullable(form.get("user_id"))
                .flatMap(user -> connections.personOfSlackUser(token, user));
        if (person.isEmpty()) {
            return ephemeral(t(tenantLocale(), "notifications.command.unknown-user"));
        }
        Locale locale = localeOf(person.get());
        String text = form.getOrDefault("text", "").strip();
        Optional<UUID> counterpart = Optional.empty();
        Matcher mention = MENTION.matcher(text);
        if (mention.matches()) {
            String mentioned = mention.group(1);
            counterpart = connections.personOfSlackUser(token, mentioned);
            if (counterpart.isEmpty()) {
                return ephemeral(t(locale, "notifications.command.unknown-user"));
            }
            text = mention.group(2).strip();
        }
        if (text.isEmpty()) {
            return ephemeral(t(locale, "notifications.command.help"));
        }
        SlackTalkingPoints.Outcome outcome;
        try {
            outcome = talkingPoints.add(person.get(), counterpart, text);
        } catch (RuntimeException e) {
            LOG.info("talking point from Slack refused: {}", e.toString());
            outcome = new SlackTalkingPoints.Refused(e.getMessage());
        }
        return switch (outcome) {
            case SlackTalkingPoints.AddedOutcome added -> ephemeral(t(locale, "notifications.command.added",
                    added.added().counterpartName(), when(added.added(), locale), text));
            case SlackTalkingPoints.NoMeeting none -> ephemeral(t(locale, "notifications.command.no-meeting"));
            case SlackTalkingPoints.Unavailable none -> ephemeral(t(locale, "notifications.command.unavailable"));
            case SlackTalkingPoints.Refused refused -> ephemeral(t(locale, "notifications.command.failed",
                    refused.reason() == null ? "" : translateIfKey(refused.reason(), locale)));
        };
    }

    private String when(SlackTalkingPoints.Added added, Locale locale) {
        ZoneId zone = transactions.execute(status -> settings.zone());
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(added.meetingAt().atZone(zone));
    }

    private String translateIfKey(String reason, Locale locale) {
        return reason.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? t(locale, reason) : reason;
    }

    private Locale tenantLocale() {
        return Locale.forLanguageTag(transactions.execute(status -> settings.current().locale()));
    }

    private Locale localeOf(UUID person) {
        return transactions.execute(status -> Locale.forLanguageTag(outbox.recipient(person)
                .flatMap(Recipient::preferredLocale).orElseGet(() -> settings.current().locale())));
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static ResponseEntity<Map<String, Object>> ephemeral(String text) {
        return ResponseEntity.ok(Map.of("response_type", "ephemeral", "text", text));
    }

    private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String reason) {
        return ResponseEntity.status(status).body(Map.of("error", reason));
    }

    /** The raw body exactly as sent (the signature covers these bytes), or null when too large. */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }
}
