package org.jiebang.platform.notify;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.platform.i18n.Wording;

/**
 * Tells users what concerns them (SPEC §12): one row per user in the transaction of the event,
 * so that nothing rolled back is announced. The notifications page lists them; {@link MailOutbox}
 * mails them from the same rows when mail is configured.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings mail;

    /** Notifies each of {@code userIds} once, in both languages as the bundles word it. */
    @Transactional(TxType.MANDATORY)
    public void notify(Collection<Long> userIds, String kind, Long subjectId, Wording text, String link) {
        for (Long userId : new LinkedHashSet<>(userIds)) {
            em.persist(new Notification(userId, kind, subjectId, text.zh(), text.en(), link, clock.instant(), mail.enabled()));
        }
    }

    /** The caller's notifications, newest first; any user may list only their own. */
    public List<Notification> page(long userId, int first, int size) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.userId = :user ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class)
                .setParameter("user", userId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(long userId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :user", Long.class)
                .setParameter("user", userId)
                .getSingleResult();
    }

    public long unread(long userId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :user AND n.readAt IS NULL",
                Long.class)
                .setParameter("user", userId)
                .getSingleResult();
    }

    /** Marks one of the caller's notifications read; another user's id changes nothing. */
    @Transactional
    public void markRead(long userId, long notificationId) {
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.id = :id AND n.userId = :user"
                + " AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("id", notificationId)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** Marks all of the caller's notifications read. */
    @Transactional
    public int markAllRead(long userId) {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.userId = :user AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("user", userId)
                .executeUpdate();
    }
}
