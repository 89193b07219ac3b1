package io.kadens.notifications;

import io.kadens.mail.Mail;
import io.kadens.mail.MailDeliveryException;
import io.kadens.mail.Mailer;
import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Per tenant (in its {@link TenantScope}): claim a batch of due
 * deliveries and commit the claim, send each one with no database connection held, then record the
 * outcome in a transaction of its own. Two workers (two instances) never claim the same row: the
 * claim uses FOR UPDATE SKIP LOCKED and leaves a lease that the other worker's query skips.
 * A worker that dies mid-send leaves its claim to run out; the delivery is then tried again
 * (so a crash between sending and recording can send twice; it can never lose one).
 */
@Component
public class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 20;
    /** The last error of a delivery Slack answered with HTTP 429 (SlackWebApi): its Retry-After is honoured. */
    static final String RATE_LIMITED = "Slack: ratelimited";

    private final OutboxRepository outbox;
    private final NotificationRenderer renderer;
    private final Mailer mailer;
    private final SlackConnections slackConnections;
    private final SlackWebApi slack;
    private final TenantSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private volatile Backoff backoff = Backoff.DEFAULT;

    DeliveryWorker(OutboxRepository outbox, NotificationRenderer renderer, Mailer mailer,
                   SlackConnections slackConnections, SlackWebApi slack, TenantSettingsService settings, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.mailer = mailer;
        this.slackConnections = slackConnections;
        this.slack = slack;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One scheduled round (NotificationsConfiguration): a failure waits for the next round. */
    void scheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("notification delivery round failed; the next round tries again", e);
        }
    }

    /** One round over every active tenant; returns how many deliveries were attempted. */
    public int deliverDue() {
        List<TenantId> tenants = transactions.execute(status -> outbox.activeTenants());
        int attempted = 0;
        for (TenantId tenant : tenants) {
            attempted += TenantScope.call(tenant, this::deliverDueInBoundTenant);
        }
        return attempted;
    }

    /** Delivers what is due in the tenant of the current {@link TenantScope}. */
    public int deliverDueInBoundTenant() {
        int attempted = 0;
        Set<Channel> recovered = EnumSet.noneOf(Channel.class);
        while (true) {
            Instant now = clock.instant();
            List<ClaimedDelivery> claimed = transactions.execute(status -> outbox.claimDue(now, now.plus(LEASE), BATCH));
            if (claimed.isEmpty()) {
                return attempted;
            }
            for (ClaimedDelivery delivery : claimed) {
                boolean sent = deliver(delivery);
                attempted++;
                if (sent && delivery.attempts() > 1 && recovered.add(delivery.channel())) {
                    sendWaitingRetriesNow(delivery.channel());
                }
            }
        }
    }

    /**
     * A delivery that had failed went out: the channel is back (the mail server or Slack returned after an
     * outage), so the others still waiting for their retry on it need not sit out their backoff, which after an
     * hour-long outage is up to an hour more. They are made due now and go out in this same round. Done at most
     * once per channel and round, and only after a retried delivery succeeded, so that one recipient's lasting
     * failure (a full mailbox) is not retried every round just because others' mail goes out.
     */
    private void sendWaitingRetriesNow(Channel channel) {
        Instant now = clock.instant();
        int made = transactions.execute(status -> outbox.makeRetriesDueNow(channel, now));
        if (made > 0) {
            LOG.info("{} is back: {} waiting deliveries are retried now", channel, made);
        }
    }

    private record Prepared(Recipient recipient, RenderedMessage message) {
    }

    /** A failure that says whether trying again can help, and when Slack asked us to come back. */
    private record Failure(String error, boolean permanent, Optional<Duration> retryAfter) {
    }

    /** Sends one claimed delivery and records the outcome; true when it was sent. */
    private boolean deliver(ClaimedDelivery delivery) {
        Failure failure;
        try {
            Optional<Prepared> prepared = transactions.execute(status -> prepare(delivery));
            if (prepared.isEmpty()) {
                failure = new Failure("recipient no longer active", true, Optional.empty());
            } else {
                failure = send(delivery, prepared.get()).orElse(null);
            }
        } catch (RuntimeException e) {
            LOG.warn("notification delivery {} failed unexpectedly", delivery.id(), e);
            failure = new Failure(e.getClass().getSimpleName() + ": " + e.getMessage(), false, Optional.empty());
        }
        Instant now = clock.instant();
        if (failure == null) {
            transactions.executeWithoutResult(status -> outbox.markSent(delivery.id(), now));
            return true;
        }
        Failure result = failure;
        if (result.permanent() || backoff.exhausted(delivery.attempts())) {
            transactions.executeWithoutResult(status ->
                    outbox.markFailed(delivery.id(), DeliveryStatus.FAILED, now, result.error(), now));
        } else {
            Duration wait = backoff.delayAfter(delivery.attempts());
            if (result.retryAfter().isPresent() && result.retryAfter().get().compareTo(wait) > 0) {
                wait = result.retryAfter().get();
            }
            Instant next = now.plus(wait);
            transactions.executeWithoutResult(status ->
                    outbox.markFailed(delivery.id(), DeliveryStatus.RETRYING, next, result.error(), now));
        }
        return false;
    }

    private Optional<Prepared> prepare(ClaimedDelivery delivery) {
        Optional<Recipient> recipient = outbox.recipient(delivery.recipientId()).filter(Recipient::active);
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        TenantSettings tenant = settings.current();
        Locale locale = Locale.forLanguageTag(recipient.get().preferredLocale().orElse(tenant.locale()));
        RenderedMessage message = renderer.render(delivery.kind(), delivery.facts(), recipient.get().givenName(),
                locale, tenant.timeZone());
        return Optional.of(new Prepared(recipient.get(), message));
    }

    private Optional<Failure> send(ClaimedDelivery delivery, Prepared prepared) {
        RenderedMessage message = prepared.message();
        return switch (delivery.channel()) {
            case EMAIL -> {
                try {
                    mailer.send(new Mail(prepared.recipient().email(), message.subject(), message.text(),
                            message.html(), message.locale()));
                    yield Optional.empty();
                } catch (MailDeliveryException e) {
                    yield Optional.of(new Failure("SMTP: " + e.getMessage(), false, Optional.empty()));
                }
            }
            case SLACK -> {
                Optional<SlackConnections.Secrets> secrets = slackConnections.secrets();
                if (secrets.isEmpty()) {
                    yield Optional.of(new Failure("Slack is not connected", true, Optional.empty()));
                }
                try {
                    String token = secrets.get().botToken();
                    Optional<String> user = slackConnections.slackUserOf(token, prepared.recipient().id(),
                            prepared.recipient().email());
                    if (user.isEmpty()) {
                        yield Optional.of(new Failure("no Slack user with this person's email", true,
                                Optional.empty()));
                    }
                    String channel = slack.openDirectMessage(token, user.get());
                    slack.postMessage(token, channel, message.slackText(), message.slackBlocks());
                    yield Optional.empty();
                } catch (SlackApiException e) {
                    yield Optional.of(new Failure("Slack: " + e.getMessage(), false, e.retryAfter()));
                }
            }
        };
    }

    /** For tests: a backoff with short waits. */
    void useBackoff(Backoff backoff) {
        this.backoff = backoff;
    }
}
