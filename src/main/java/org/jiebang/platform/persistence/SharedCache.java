package org.jiebang.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jiebang.platform.change.OtherNodesChanged;

/**
 * JPA's shared (second-level) cache, kept for the few entities nearly every request reads: the
 * caller's account and organizations ({@code @Cacheable} with {@link #EXPIRY_MILLIS}), so that a
 * logged-in request does not read them again. A change made on this node updates the cache at
 * once; when the change log tells of other nodes' changes ({@link OtherNodesChanged}, within about
 * a quarter of a second) the whole cache is dropped before the cached pages are, so that neither a
 * request nor a re-rendered page sees an older account or organization than the database has.
 */
@ApplicationScoped
public class SharedCache {

    /**
     * How long a cached copy may be used before it is read again: the bound for what the change log
     * does not tell (a row changed by hand in the database, or read from a transaction that began
     * before another node's commit and put back into the cache after it was dropped). Who may log
     * in and with which roles is never taken from the cache ({@code AuthService}).
     */
    public static final int EXPIRY_MILLIS = 10_000;

    @PersistenceUnit
    EntityManagerFactory emf;

    void otherNodes(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) OtherNodesChanged change) {
        emf.getCache().evictAll();
    }
}
