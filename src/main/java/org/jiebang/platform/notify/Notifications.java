package org.jiebang.platform.notify;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Tells users what concerns them (SPEC §12): one row per user in the transaction of the event,
 * so that nothing rolled back is announced. Pages list them; e-mail goes out from the same rows.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Notifies each of {@code userIds} once. */
    @Transactional(TxType.MANDATORY)
    public void notify(Collection<Long> userIds, String kind, Long subjectId, String textZh, String textEn, String link) {
        for (Long userId : new LinkedHashSet<>(userIds)) {
            em.persist(new Notification(userId, kind, subjectId, textZh, textEn, link, clock.instant()));
        }
    }
}
