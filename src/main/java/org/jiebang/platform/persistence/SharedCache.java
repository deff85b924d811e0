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
 * caller's account and organizations ({@code @Cacheable} with {@link #EXPIRY_MILLIS}). A change
 * made on this node updates it at once; one made on another node is seen when the copy expires,
 * or sooner: when the change log tells of other nodes' changes ({@link OtherNodesChanged}) the
 * whole cache is dropped before the cached pages are, so a re-rendered page never shows an older
 * organization than the database has.
 */
@ApplicationScoped
public class SharedCache {

    /** How long a cached copy may be used before it is read again, so at most this stale across nodes. */
    public static final int EXPIRY_MILLIS = 1000;

    @PersistenceUnit
    EntityManagerFactory emf;

    void otherNodes(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) OtherNodesChanged change) {
        emf.getCache().evictAll();
    }
}
