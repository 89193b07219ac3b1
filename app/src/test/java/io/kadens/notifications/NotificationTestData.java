package io.kadens.notifications;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.FakeSlackServer;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test data for notifications: a queued delivery, a connected fake Slack workspace, signed slash commands. */
@Component
public class NotificationTestData {

    /** A connected workspace: its bot token, signing secret and team, and Slack user ids by person email. */
    public record Workspace(String token, String signingSecret, String teamId, Map<String, String> users) {
    }

    private final Notifications notifications;
    private final NotificationAdministration administration;
    private final SlackConnections connections;
    private final Clock clock;
    private final TransactionTemplate transactions;

    NotificationTestData(Notifications notifications, NotificationAdministration administration,
                         SlackConnections connections, Clock clock, PlatformTransactionManager transactionManager) {
        this.notifications = notifications;
        this.administration = administration;
        this.connections = connections;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Queues a feedback-requested notification for the company's employee; returns its email delivery's id. */
    public UUID seedDelivery(Company company) {
        TenantScope.run(company.id(), () -> transactions.executeWithoutResult(status -> notifications.enqueue(
                NotificationKind.FEEDBACK_REQUESTED, company.employee().id(), "seed-" + UUID.randomUUID(),
                new NotificationFacts(company.manager().givenName() + " " + company.manager().familyName(),
                        UUID.randomUUID(), null, LocalDate.of(2026, 12, 4), "How was " + company.slug() + "?",
                        List.of(), "feedback"))));
        return signedIn(as(company, company.hrAdmin()), () -> administration.deliveries(java.util.Optional.empty()))
                .getFirst().id();
    }

    /** Makes a fake workspace for the company (employee, manager and member are in it) and connects it. */
    public Workspace connectSlack(Company company) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        String token = "xoxb-" + suffix.toLowerCase(Locale.ROOT) + "-test-token";
        String secret = "secret" + suffix + "abcdef";
        String teamId = "T" + suffix;
        Map<String, String> users = Map.of(
                company.employee().email(), "UE" + suffix,
                company.manager().email(), "UM" + suffix,
                company.member().email(), "UB" + suffix);
        FakeSlackServer.shared().addWorkspace(token,
                new FakeSlackServer.Workspace(teamId, "Team " + suffix, "UBOT" + suffix, users));
        signedIn(as(company, company.hrAdmin()), () -> connections.connect(token, secret));
        return new Workspace(token, secret, teamId, users);
    }

    /** A slash command's form body as Slack sends it. */
    public static String commandBody(String teamId, String userId, String text) {
        return "token=deprecated&team_id=" + teamId + "&team_domain=kadens&channel_id=C1&channel_name=general"
                + "&user_id=" + userId + "&user_name=someone&command=%2Fkadens&text="
                + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A1&response_url=https%3A%2F%2Fhooks.example%2Fcommands%2F1&trigger_id=1.2.3";
    }

    /** Slack's v0 signature of a body at a timestamp. */
    public static String sign(String secret, long timestamp, String body) {
        return SlackSignature.sign(secret, String.valueOf(timestamp), body.getBytes(StandardCharsets.UTF_8));
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }
}
