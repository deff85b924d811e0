package org.jiebang.platform.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jiebang.platform.notify.Mailer.Letter;
import org.jiebang.platform.notify.Notification.MailState;

/**
 * The notification rows as an outbox for e-mail. Every method is a short transaction of its own;
 * the sending itself happens outside any transaction (see {@link MailOutbox}). Nodes share the
 * work safely: a row is claimed by a conditional update that moves its due time past a lease, so
 * only one node sends it; a node that dies while sending leaves it to be sent again after the lease.
 */
@ApplicationScoped
public class MailQueue {

    /** Attempts before a notification's e-mail is given up. */
    public static final int MAX_ATTEMPTS = 5;
    /** How long a claimed row is left to the node that claimed it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    MailQueue() {
    }

    /** For tests outside the container: works in the caller's transactions on {@code em}. */
    public MailQueue(EntityManager em) {
        this.em = em;
    }

    /** Ids of rows whose e-mail is due, oldest first. */
    @Transactional
    public List<Long> due(Instant now, int max) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.mailState = :pending AND n.mailDueAt <= :now"
                + " ORDER BY n.mailDueAt, n.id", Long.class)
                .setParameter("pending", MailState.PENDING.name())
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims row {@code id} for sending if it is still due, and returns what to send; empty when
     * another node took it first, or when it cannot be mailed (then it is marked failed).
     */
    @Transactional
    public Optional<Letter> claim(long id, Instant now) {
        int claimed = em.createQuery("UPDATE Notification n SET n.mailDueAt = :lease, n.mailAttempts = n.mailAttempts + 1"
                + " WHERE n.id = :id AND n.mailState = :pending AND n.mailDueAt <= :now")
                .setParameter("lease", now.plus(LEASE))
                .setParameter("id", id)
                .setParameter("pending", MailState.PENDING.name())
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("SELECT n.id, u.email, u.displayName, u.enabled, n.textZh, n.textEn,"
                + " n.link, n.createdAt FROM Notification n, User u WHERE u.id = n.userId AND n.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        String email = (String) row[1];
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(row[3])) {
            finish(id, MailState.FAILED, now, "no address, or the account is disabled");
            return Optional.empty();
        }
        return Optional.of(new Letter((Long) row[0], email, (String) row[2], (String) row[4], (String) row[5],
                (String) row[6], (Instant) row[7]));
    }

    /** Records that row {@code id}'s e-mail went out. */
    @Transactional
    public void sent(long id, Instant now) {
        finish(id, MailState.SENT, now, null);
    }

    /**
     * Records a failed attempt: tried again later (1, 4, 16, 64 minutes after), given up after
     * {@link #MAX_ATTEMPTS}.
     */
    @Transactional
    public void failed(long id, Instant now, String error) {
        Notification n = em.find(Notification.class, id);
        if (n == null) {
            return;
        }
        em.refresh(n);
        if (n.getMailAttempts() >= MAX_ATTEMPTS) {
            finish(id, MailState.FAILED, null, error);
        } else {
            long minutes = 1L << (2 * (n.getMailAttempts() - 1));
            em.createQuery("UPDATE Notification n SET n.mailDueAt = :due, n.mailError = :error WHERE n.id = :id")
                    .setParameter("due", now.plus(Duration.ofMinutes(minutes)))
                    .setParameter("error", clip(error))
                    .setParameter("id", id)
                    .executeUpdate();
        }
    }

    private void finish(long id, MailState state, Instant mailedAt, String error) {
        em.createQuery("UPDATE Notification n SET n.mailState = :state, n.mailedAt = :at, n.mailDueAt = NULL,"
                + " n.mailError = :error WHERE n.id = :id")
                .setParameter("state", state.name())
                .setParameter("at", mailedAt)
                .setParameter("error", clip(error))
                .setParameter("id", id)
                .executeUpdate();
    }

    private static String clip(String error) {
        return error == null || error.length() <= 300 ? error : error.substring(0, 299) + "…";
    }
}
