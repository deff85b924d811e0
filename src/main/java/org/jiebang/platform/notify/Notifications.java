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

    Notifications() {
    }

    /** Notifications written through {@code em}, for tests and tools. */
    public Notifications(EntityManager em, Clock clock, MailSettings mail) {
        this.em = em;
        this.clock = clock;
        this.mail = mail;
    }

    /** Notifies each of {@code userIds} once, in both languages as the bundles word it. */
    @Transactional(TxType.MANDATORY)
    public void notify(Collection<Long> userIds, String kind, Long subjectId, Wording text, String link) {
        List<Long> ids = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.size() == 1) {
            em.persist(new Notification(ids.get(0), kind, subjectId, text.zh(), text.en(), link, clock.instant(), mail.enabled()));
        } else if (!ids.isEmpty()) {
            // one statement for them all: a row each, the users' ids written in (numbers, never text); no
            // table is read, so no row but the users' is locked (as the foreign key checks each insert)
            insert(ids.stream().map(id -> "SELECT " + id + " AS id").collect(java.util.stream.Collectors.joining(" UNION ALL ")),
                    kind, subjectId, text, link);
        }
    }

    private void insert(String recipients, String kind, Long subjectId, Wording text, String link) {
        java.time.Instant now = clock.instant();
        boolean mailed = mail.enabled();
        em.flush(); // a recipient written in this transaction is in the table first
        em.createNativeQuery("INSERT INTO notification (user_id, kind, subject_id, text_zh, text_en, link, created_at,"
                + " mail_state, mail_attempts, mail_due_at) SELECT r.id, ?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8 FROM (" + recipients
                + ") r").setParameter(1, kind).setParameter(2, subjectId).setParameter(3, Notification.truncate(text.zh()))
                .setParameter(4, Notification.truncate(text.en())).setParameter(5, link)
                .setParameter(6, UTC.convertToDatabaseColumn(now))
                .setParameter(7, (mailed ? Notification.MailState.PENDING : Notification.MailState.NONE).name())
                .setParameter(8, mailed ? UTC.convertToDatabaseColumn(now) : null).executeUpdate();
    }

    private static final org.jiebang.platform.persistence.UtcInstantConverter UTC =
            new org.jiebang.platform.persistence.UtcInstantConverter();

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
