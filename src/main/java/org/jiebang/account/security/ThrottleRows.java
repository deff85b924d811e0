package org.jiebang.account.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.LoginThrottle;

/**
 * Makes sure a user name has its throttle row before a login locks it, in a transaction of its own:
 * without a row there is nothing to lock, and parallel first attempts would all slip past the count.
 */
@ApplicationScoped
public class ThrottleRows {

    @PersistenceContext
    EntityManager em;

    /** Creates the row if missing; a parallel creation of the same row fails here and is harmless. */
    @Transactional(TxType.REQUIRES_NEW)
    public void ensure(String username, Instant now) {
        if (em.find(LoginThrottle.class, username) == null) {
            em.persist(new LoginThrottle(username, now));
            em.flush();
        }
    }
}
