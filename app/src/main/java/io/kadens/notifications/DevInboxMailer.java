package io.kadens.notifications;

import io.kadens.mail.Mail;
import io.kadens.mail.Mailer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo deployments only: every mail the deployment's mailer sends successfully is also kept in the
 * sending tenant's development inbox (the tenant bound when it is sent), so a demo shows what went out
 * without a mail catcher. Recording never stops a mail: a failure to record is only logged.
 */
@Component
@Primary
@ConditionalOnProperty(name = "kadens.demo", havingValue = "true")
class DevInboxMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(DevInboxMailer.class);

    private final Mailer delivery;
    private final DSLContext db;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DevInboxMailer(@Qualifier("smtpMailer") Mailer delivery, DSLContext db, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.delivery = delivery;
        this.db = db;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void send(Mail mail) {
        delivery.send(mail);
        try {
            ownTransaction.executeWithoutResult(status -> record(mail));
        } catch (RuntimeException e) {
            LOG.info("could not record a sent mail in the development inbox: {}", e.toString());
        }
    }

    /**
     * Inserts for the bound tenant; with no tenant bound (operator mail) the insert selects nothing. The casts are
     * needed: a select list takes no type from the insert's columns, and the instant is bound as text.
     */
    private void record(Mail mail) {
        db.execute("""
                INSERT INTO dev_inbox_mail (tenant_id, id, recipient, subject, text_body, html_body, sent_at)
                SELECT t, ?::uuid, ?::text, ?::text, ?::text, ?::text, ?::timestamptz FROM (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid AS t) b
                WHERE t IS NOT NULL""",
                UUID.randomUUID(), mail.to(), mail.subject(), mail.text(), mail.html(),
                clock.instant().atOffset(ZoneOffset.UTC));
    }

}
