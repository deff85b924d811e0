package org.jiebang.platform.notify;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.jiebang.platform.notify.Mailer.Letter;

/**
 * Mails notifications (SPEC §12) every 5 seconds: each due row is claimed, sent outside any
 * transaction, then marked sent, or retried later when the mail server failed. Rows are written
 * in the transaction of their event, so nothing rolled back is ever mailed.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final int BATCH = 50;

    @Inject
    MailSettings settings;

    @Inject
    MailQueue queue;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void deliverDue() {
        if (!settings.enabled()) {
            return;
        }
        for (Long id : queue.due(clock.instant(), BATCH)) {
            queue.claim(id, clock.instant()).ifPresent(this::deliver);
        }
    }

    private void deliver(Letter letter) {
        try {
            mailer.send(letter);
            queue.sent(letter.notificationId(), clock.instant());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "mail for notification " + letter.notificationId() + " failed, will retry: " + e);
            queue.failed(letter.notificationId(), clock.instant(), String.valueOf(e.getMessage()));
        }
    }
}
