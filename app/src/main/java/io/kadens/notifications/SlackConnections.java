package io.kadens.notifications;

import io.kadens.audit.AuditLog;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's Slack workspace: HR admins connect it with a bot token (checked with auth.test,
 * stored encrypted, never shown again) and the app's signing secret, and disconnect it.
 * People are matched to Slack users by email, and the match is cached.
 */
@Service
public class SlackConnections {

    /** How long a match (or a "not in Slack") is trusted before Slack is asked again. */
    static final Duration MATCH_TTL = Duration.ofDays(7);
    static final Duration NO_MATCH_TTL = Duration.ofDays(1);

    private final SlackRepository repository;
    private final SlackWebApi slack;
    private final TokenCipher cipher;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String publicUrl;

    SlackConnections(SlackRepository repository, SlackWebApi slack, TokenCipher cipher, CurrentUser currentUser,
                     AuditLog auditLog, Clock clock, PlatformTransactionManager transactionManager,
                     @Value("${kadens.public-url}") String publicUrl) {
        this.repository = repository;
        this.slack = slack;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The connected workspace, for HR admins. */
    @Transactional(readOnly = true)
    public Optional<SlackStatus> status() {
        KadensUser admin = requireAdmin();
        return repository.connection().map(c -> new SlackStatus(c.teamId(), c.teamName(), c.connectedByName(),
                c.connectedAt(), commandUrl(admin.organisationSlug())));
    }

    /** The address the Slack app's slash command must post to, for this organisation. */
    public String commandUrl(String organisationSlug) {
        return publicUrl + SlackCommandController.PATH_PREFIX + organisationSlug;
    }

    /**
     * Checks the token with Slack (auth.test) and stores it with the signing secret, replacing any
     * earlier workspace. The network call happens before the transaction: no connection waits on Slack.
     *
     * @throws InvalidInputException token or secret missing or malformed, or Slack refused the token
     */
    public SlackStatus connect(String botToken, String signingSecret) {
        KadensUser admin = requireAdmin();
        String token = botToken == null ? "" : botToken.trim();
        String secret = signingSecret == null ? "" : signingSecret.trim();
        new InvalidInputException.Collector()
                .check(token.matches("xoxb-[A-Za-z0-9-]{10,250}"), "token", "notifications.slack.token.invalid")
                .check(secret.matches("[A-Za-z0-9]{16,128}"), "signingSecret", "notifications.slack.secret.invalid")
                .throwIfAny();
        SlackWebApi.Identity identity;
        try {
            identity = slack.authTest(token);
        } catch (SlackApiException e) {
            throw InvalidInputException.of("token", "notifications.slack.token.rejected");
        }
        if (!identity.teamId().matches("[A-Z0-9]{2,32}")) {
            throw InvalidInputException.of("token", "notifications.slack.token.rejected");
        }
        transactions.executeWithoutResult(status -> {
            repository.save(identity.teamId(), identity.teamName(), identity.botUserId(), cipher.encrypt(token),
                    cipher.encrypt(secret), admin.personId(), clock.instant());
            auditLog.record("slack.connected", "slack_workspace", identity.teamId(), null,
                    Map.of("team", identity.teamName()));
        });
        // status() directly would run outside the proxy, without a transaction binding the tenant.
        return transactions.execute(status -> repository.connection().map(c -> new SlackStatus(c.teamId(),
                c.teamName(), c.connectedByName(), c.connectedAt(), commandUrl(admin.organisationSlug()))))
                .orElseThrow();
    }

    /** Forgets the workspace, its token and every cached match. */
    @Transactional
    public void disconnect() {
        requireAdmin();
        repository.connection().ifPresent(connection -> {
            repository.delete();
            auditLog.record("slack.disconnected", "slack_workspace", connection.teamId(),
                    Map.of("team", connection.teamName()), null);
        });
    }

    /** Whether the bound tenant has a workspace connected (anyone may ask; it reveals no secret). */
    @Transactional(readOnly = true)
    public boolean connected() {
        return repository.connected();
    }

    /** The connection with its secrets decrypted, for delivery and the slash command only. */
    Optional<Secrets> secrets() {
        return transactions.execute(status -> repository.connection())
                .map(c -> new Secrets(c.teamId(), cipher.decrypt(c.tokenCiphertext()),
                        cipher.decrypt(c.signingSecretCiphertext())));
    }

    record Secrets(String teamId, String botToken, String signingSecret) {
        @Override
        public String toString() {
            return "Secrets[" + teamId + "]";
        }
    }

    /**
     * The Slack user of a person, from the cache or else users.lookupByEmail (cached either way).
     * Runs the network call outside any transaction.
     */
    Optional<String> slackUserOf(String botToken, UUID personId, String email) {
        Optional<SlackRepository.CachedMatch> cached = transactions.execute(status -> repository.cachedMatch(personId));
        if (cached.isPresent()) {
            Duration ttl = cached.get().slackUserId().isPresent() ? MATCH_TTL : NO_MATCH_TTL;
            if (cached.get().lookedUpAt().toInstant().plus(ttl).isAfter(clock.instant())) {
                return cached.get().slackUserId();
            }
        }
        Optional<String> found = slack.lookupUserByEmail(botToken, email);
        transactions.executeWithoutResult(status -> repository.cacheMatch(personId, found, clock.instant()));
        return found;
    }

    /** The person behind a Slack user: the cached match, else users.info's email matched to a person. */
    Optional<UUID> personOfSlackUser(String botToken, String slackUserId) {
        Optional<UUID> cached = transactions.execute(status -> repository.personBySlackUser(slackUserId));
        if (cached.isPresent()) {
            return cached;
        }
        Optional<String> email;
        try {
            email = slack.userEmail(botToken, slackUserId);
        } catch (SlackApiException e) {
            return Optional.empty();
        }
        return email.flatMap(address -> transactions.execute(status -> {
            Optional<UUID> person = repository.activePersonByEmail(address);
            person.ifPresent(id -> repository.cacheMatch(id, Optional.of(slackUserId), clock.instant()));
            return person;
        }));
    }

    private KadensUser requireAdmin() {
        KadensUser user = currentUser.require();
        if (!user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("HR admins only");
        }
        return user;
    }
}
